/** The catalogue module: every schema file imported once, keyed for lookups by `$id` and `recordType@version`. */
import type { SchemaSources } from './load';
import { pascal } from './load';
import { BANNER } from './types';

export function generateCatalogue(sources: SchemaSources): string {
  const lines: string[] = [BANNER, ''];
  const common = sources.common.map((c) => ({ id: `common${pascal(c.file.replace(/^common\/|\.schema\.json$/g, ''))}`, c }));
  for (const { id, c } of common) lines.push(`import ${id} from '../../../../schemas/${c.file}';`);
  const records = sources.records.map((r) => ({ id: `${r.recordType.replace(/-(.)/g, (_, x: string) => x.toUpperCase())}V${r.version}`, r }));
  for (const { id, r } of records) lines.push(`import ${id} from '../../../../schemas/${r.file}';`);
  const bundled = sources.records.filter((r) => !r.file.includes('/archive/'));
  for (const r of bundled) lines.push(`import bundled${pascal(r.recordType)} from '../../../../schemas/bundled/${r.recordType}.schema.json';`);
  lines.push(
    '',
    "import type { JsonSchema } from '../catalogue-types';",
    '',
    '/** The common schemas (envelope, person reference, signature, attachment, period, identifiers, hazard update). */',
    `export const commonSchemas: readonly JsonSchema[] = [${common.map((c) => c.id).join(', ')}];`,
    '',
    '/** Every record schema, current and archived, by `recordType@schemaVersion`. */',
    'export const recordSchemas: Readonly<Record<string, JsonSchema>> = {',
    ...records.map(({ id, r }) => `  '${r.recordType}@${r.version}': ${id},`),
    '};',
    '',
    '/** The current schema version of each record type. */',
    'export const currentVersions = {',
    ...bundled.map((r) => `  '${r.recordType}': ${r.version},`),
    '} as const;',
    '',
    '/** Single-file bundled schemas (every `$ref` inlined, envelope merged) for form renderers, by record type. */',
    'export const bundledSchemas: Readonly<Record<keyof typeof currentVersions, JsonSchema>> = {',
    ...bundled.map((r) => `  '${r.recordType}': bundled${pascal(r.recordType)},`),
    '};',
    '',
  );
  return lines.join('\n');
}
