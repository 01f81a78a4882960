/** Everything `pnpm gen` writes, as absolute path → content. */
import { join } from 'node:path';
import { bundleRecord, schemaIndex } from './bundle';
import { generateCatalogue } from './catalogue';
import { loadSchemas } from './load';
import { generateRecordsDoc } from './recordsDoc';
import { RECORD_TYPES } from '../../packages/schemas/src/recordTypes';
import { generateTypes } from './types';
import { generateValidators } from './validators';

export async function generateAll(root: string): Promise<Map<string, string>> {
  const sources = loadSchemas(join(root, 'schemas'));
  const index = schemaIndex(sources);
  const files = new Map<string, string>();
  const current: { recordType: string; schema: Record<string, unknown> }[] = [];
  for (const record of sources.records) {
    if (record.file.includes('/archive/')) continue;
    const bundled = bundleRecord(record.schema, index);
    current.push({ recordType: record.recordType, schema: bundled });
    files.set(join(root, 'schemas/bundled', `${record.recordType}.schema.json`), `${JSON.stringify(bundled, null, 2)}\n`);
  }
  const order: readonly string[] = RECORD_TYPES;
  current.sort((a, b) => order.indexOf(a.recordType) - order.indexOf(b.recordType));
  files.set(join(root, 'docs/records.md'), generateRecordsDoc(current));
  const generated = join(root, 'packages/schemas/src/generated');
  for (const [file, content] of await generateTypes(sources, index)) files.set(join(generated, 'types', file), content);
  files.set(join(generated, 'catalogue.gen.ts'), generateCatalogue(sources));
  files.set(join(generated, 'validators.gen.ts'), generateValidators(sources));
  return files;
}
