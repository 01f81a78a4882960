/** Loads the schema sources under `schemas/`: common parts, current record schemas, and archived versions. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export type JsonSchema = Record<string, unknown> & { $id?: string };

export interface RecordSchemaSource {
  recordType: string;
  version: number;
  /** Path relative to the `schemas/` folder, e.g. `records/daily-check.schema.json`. */
  file: string;
  schema: JsonSchema;
}

export interface SchemaSources {
  root: string;
  common: { file: string; schema: JsonSchema }[];
  records: RecordSchemaSource[];
}

function readJson(path: string): JsonSchema {
  return JSON.parse(readFileSync(path, 'utf8')) as JsonSchema;
}

function listSchemas(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort() : [];
}

function versionOf(schema: JsonSchema, file: string): number {
  const props = schema.properties as Record<string, { const?: unknown }> | undefined;
  const version = props?.schemaVersion?.const;
  if (typeof version !== 'number') throw new Error(`${file}: properties.schemaVersion.const must be a number`);
  return version;
}

/** Reads every schema; `records/archive/` holds superseded versions, which keep validating old records. */
export function loadSchemas(root: string): SchemaSources {
  const common = listSchemas(join(root, 'common')).map((f) => ({
    file: `common/${f}`,
    schema: readJson(join(root, 'common', f)),
  }));
  const records: RecordSchemaSource[] = [];
  for (const sub of ['records', 'records/archive']) {
    for (const f of listSchemas(join(root, sub))) {
      const schema = readJson(join(root, sub, f));
      const recordType = f.replace(/(\.v\d+)?\.schema\.json$/, '');
      records.push({ recordType, version: versionOf(schema, `${sub}/${f}`), file: `${sub}/${f}`, schema });
    }
  }
  return { root, common, records };
}

/** `daily-check` → `DailyCheck`. */
export function pascal(name: string): string {
  return name.replace(/(^|[-_.\s])([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}
