/** Everything `pnpm gen` writes, as absolute path → content. */
import { join } from 'node:path';
import { bundleRecord, schemaIndex } from './bundle';
import { generateCatalogue } from './catalogue';
import { loadSchemas } from './load';
import { generateTypes } from './types';
import { generateValidators } from './validators';

export async function generateAll(root: string): Promise<Map<string, string>> {
  const sources = loadSchemas(join(root, 'schemas'));
  const index = schemaIndex(sources);
  const files = new Map<string, string>();
  for (const record of sources.records) {
    if (record.file.includes('/archive/')) continue;
    const bundled = bundleRecord(record.schema, index);
    files.set(join(root, 'schemas/bundled', `${record.recordType}.schema.json`), `${JSON.stringify(bundled, null, 2)}\n`);
  }
  const generated = join(root, 'packages/schemas/src/generated');
  for (const [file, content] of await generateTypes(sources, index)) files.set(join(generated, 'types', file), content);
  files.set(join(generated, 'catalogue.gen.ts'), generateCatalogue(sources));
  files.set(join(generated, 'validators.gen.ts'), generateValidators(sources));
  return files;
}
