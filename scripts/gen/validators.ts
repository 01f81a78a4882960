/**
 * Precompiled (standalone) ajv validators for every record schema and version, as one ESM module. The code
 * imports the project's own formats module (`code.formats`) instead of ajv-formats, and ajv's tiny runtime
 * helpers by their `.js` paths so Node's ESM loader and bundlers both resolve them.
 */
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createGeneratorAjv } from './ajv';
import type { SchemaSources } from './load';
import { pascal } from './load';
import { BANNER } from './types';

export function exportName(recordType: string, version: number): string {
  return `validate${pascal(recordType)}V${version}`;
}

export function generateValidators(sources: SchemaSources): string {
  const ajv = createGeneratorAjv();
  for (const { schema } of [...sources.common, ...sources.records]) ajv.addSchema(schema);
  const map: Record<string, string> = {};
  for (const r of sources.records) map[exportName(r.recordType, r.version)] = r.schema.$id as string;
  let code = standaloneCode(ajv, map);
  const requires = new Map<string, string>();
  code = code.replace(/require\("([^"]+)"\)(\.default)?/g, (_m, spec: string) => {
    // The project's code-point length replaces ajv's loop-based helper (same result, one native scan).
    const file = spec === 'ajv/dist/runtime/ucs2length' ? '../formats/ucs2length' : spec.endsWith('.js') ? spec : `${spec}.js`;
    if (!requires.has(file)) requires.set(file, `__runtime${requires.size}`);
    return `__cjsDefault(${requires.get(file)})`;
  });
  // ajv checks `unevaluatedProperties` with `props[key]` on a plain object, so a key named like an
  // Object.prototype member (`__proto__`, `constructor`, `toString`) counts as evaluated and slips through.
  // Own-property lookups close that hole.
  code = code.replace(/!(props\d+)\[(key\d+)\]/g, '!Object.prototype.hasOwnProperty.call($1, $2)');
  const imports = [...requires].map(([file, id]) => `import * as ${id} from '${file}';`).join('\n');
  const table = sources.records
    .map((r) => `  '${r.recordType}@${r.version}': ${exportName(r.recordType, r.version)},`)
    .join('\n');
  return [
    BANNER,
    '// @ts-nocheck',
    "import { formats as __formats } from '../formats/index';",
    imports,
    // ajv's runtime helpers are CommonJS with `exports.default`. Node (and esbuild in Node mode) hands over
    // `module.exports` as the default export; Vite and vitest unwrap `__esModule` themselves. Accept both.
    'const __cjsDefault = (ns) => (ns.default && ns.default.__esModule ? ns.default.default : ns.default);',
    code.replace(/^"use strict";/, ''),
    '',
    '/** Every precompiled validator, by `recordType@schemaVersion`. */',
    `export const validators = {\n${table}\n};`,
    '',
  ].join('\n');
}
