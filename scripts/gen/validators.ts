/**
 * Precompiled (standalone) ajv validators for every record schema and version, as one ESM module. The code
 * imports the project's own formats module (`code.formats`) instead of ajv-formats, and ajv's tiny runtime
 * helpers by their `.js` paths so Node's ESM loader and bundlers both resolve them.
 *
 * Each exported validator runs in two phases: a fast check (ajv with `allErrors: false` and no messages) that
 * stops at the first failure — valid records, the common case, never build an error — and only when it fails,
 * the full check (`allErrors: true`) that collects every issue for `validateRecord`. Both are generated from the
 * same schemas and formats, so they accept exactly the same records. The code of both is then tightened by
 * rewrites that keep every result (see `tighten`).
 */
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createGeneratorAjv } from './ajv';
import type { SchemaSources } from './load';
import { pascal } from './load';
import { BANNER } from './types';

export function exportName(recordType: string, version: number): string {
  return `validate${pascal(recordType)}V${version}`;
}

/** Standalone code for all record schemas with ajv options on top of the project's configuration. */
function standalone(sources: SchemaSources, options: { allErrors: boolean; messages: boolean }, requires: Map<string, string>): string {
  const ajv = createGeneratorAjv(options);
  for (const { schema } of [...sources.common, ...sources.records]) ajv.addSchema(schema);
  const map: Record<string, string> = {};
  for (const r of sources.records) map[exportName(r.recordType, r.version)] = r.schema.$id as string;
  let code = standaloneCode(ajv, map);
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
  // ajv hoists schemas, patterns, formats and helpers to module-level constants that every validator reads; as `var`
  // they need no check that they are initialised on each read (a module-level `const` read from a function does).
  return tighten(code.replace(/^"use strict";/, ''), requires).replace(/\bconst ((?:schema|pattern|formats|func|root)\d+) = /g, 'var $1 = ');
}

export function generateValidators(sources: SchemaSources): string {
  const requires = new Map<string, string>();
  const full = standalone(sources, { allErrors: true, messages: true }, requires);
  const fast = standalone(sources, { allErrors: false, messages: false }, requires);
  const names = sources.records.map((r) => exportName(r.recordType, r.version));
  // The full set keeps ajv's `export const validateX = validateN;` lines under a private name; the fast set runs in its
  // own scope (its helper and schema constants reuse the same names) and hands its entry points out.
  const fullCode = full.replace(/export const (validate\w+) = (validate\d+);/g, 'const __all_$1 = $2;');
  const fastCode = countOnly(fast.replace(/export const (validate\w+) = (validate\d+);/g, ''));
  const entry = (name: string) => fast.match(new RegExp(`export const ${name} = (validate\\d+);`))?.[1];
  // `__root` below stands for the defaults of the validators' context; nothing may write into it.
  if (/dynamicAnchors\[|dynamicAnchors\.\w+ =/.test(fast)) throw new Error('a fast validator writes dynamicAnchors');
  for (const name of names) if (!entry(name)) throw new Error(`no fast validator for ${name}`);
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
    fullCode,
    `const __fast = (() => {${fastCode}\nreturn { ${names.map((n) => `${n}: ${entry(n)}`).join(', ')} };\n})();`,
    // The fast phase gets its (read-only) root context from one object instead of building defaults on every call.
    'const __root = Object.freeze({ instancePath: "", parentData: undefined, parentDataProperty: undefined, rootData: undefined, dynamicAnchors: Object.freeze({}) });',
    '/** A validator that checks fast and stops at the first failure; only a failing record is checked again for every issue. */',
    'function __twoPhase(fast, full) {',
    '  const validate = (data) => {',
    '    if (fast(data, __root)) {',
    '      validate.errors = null;',
    '      return true;',
    '    }',
    '    const valid = full(data);',
    '    validate.errors = full.errors;',
    '    return valid;',
    '  };',
    '  validate.errors = null;',
    '  return validate;',
    '}',
    ...names.map((n) => `export const ${n} = __twoPhase(__fast.${n}, __all_${n});`),
    '',
    '/** Every precompiled validator, by `recordType@schemaVersion`. */',
    `export const validators = {\n${table}\n};`,
    '',
  ].join('\n');
}

/**
 * Rewrites of ajv's code that keep every result and error but do less work on valid data:
 *
 * - `additionalProperties` over more than 8 properties: ajv asks `Object.prototype.hasOwnProperty.call(schema…
 *   .properties, key)` for every key; a chain of comparisons with the (internalised) property names answers the
 *   same question without a call, as ajv itself writes it for 8 or fewer.
 * - `maxLength`/`minLength` count code points with a helper; a string's code points are at most its length and at
 *   least half of it, so the count is skipped whenever the length alone decides.
 * - Patterns of the form `^[class]…[class]{m,n}$` (ASCII classes, fixed counts but the last) and `^\S{m,n}$` are
 *   checked by a loop over character codes instead of a regular expression, with the same answer for every string
 *   (including astral code points and lone surrogates under the `u` flag).
 */
export function tighten(code: string, requires: ReadonlyMap<string, string>): string {
  let out = code;
  const hasOwn = out.match(/const (func\d+) = Object\.prototype\.hasOwnProperty;/)?.[1];
  if (hasOwn) {
    const call = new RegExp(`${hasOwn}\\.call\\((schema\\d+)((?:\\.[A-Za-z_$][\\w$]*|\\[\\d+\\])*), (key\\d+)\\)`, 'g');
    out = out.replace(call, (whole, schema: string, path: string, key: string) => {
      const props = walk(schemaConstant(code, schema), path);
      if (!props || typeof props !== 'object' || Array.isArray(props)) return whole;
      const names = Object.keys(props);
      return names.length === 0 ? 'false' : `(${names.map((n) => `${key} === ${JSON.stringify(n)}`).join(' || ')})`;
    });
  }
  const ucs2 = requires.get('../formats/ucs2length');
  const length = ucs2 && out.match(new RegExp(`const (func\\d+) = __cjsDefault\\(${ucs2}\\);`))?.[1];
  if (length) {
    out = out.replace(new RegExp(`${length}\\((data\\d+)\\) > (\\d+)`, 'g'), (_m, d: string, n: string) => `(${d}.length > ${n} && ${length}(${d}) > ${n})`);
    out = out.replace(new RegExp(`${length}\\((data\\d+)\\) < (\\d+)`, 'g'), (_m, d: string, n: string) => `(${d}.length < ${2 * Number(n)} && ${length}(${d}) < ${n})`);
  }
  out = out.replace(/const (pattern\d+) = new RegExp\(("(?:[^"\\]|\\.)*"), "u"\);/g, (whole, name: string, source: string) => {
    const test = patternTest(JSON.parse(source) as string);
    return test ? `const ${name} = { test: ${test} };` : whole;
  });
  return out;
}

/**
 * The fast phase only answers valid or not, so it keeps a count of errors instead of the errors themselves. ajv's code
 * keeps `vErrors.length === errors` throughout and reads the list only for its length, so each statement that grows,
 * cuts or reports the list becomes the same arithmetic on `errors` (a sub-validator reports an array-like of its
 * count); an error object per failed `if` — one per checklist row that is not a hazard — is no longer made. Throws
 * when any other use of the list is left, rather than guess.
 */
export function countOnly(code: string): string {
  let out = '';
  let at = 0;
  // `const errN = {…};if(vErrors === null){vErrors = [errN];}else {vErrors.push(errN);}errors++;` → `errors++;`
  for (let start = code.indexOf('const err', at); start >= 0; start = code.indexOf('const err', at)) {
    const head = /^const (err\d+) = /.exec(code.slice(start, start + 20));
    const end = head ? objectEnd(code, start + head[0].length) : -1;
    const tail = head ? `;if(vErrors === null){vErrors = [${head[1]}];}else {vErrors.push(${head[1]});}errors++;` : '';
    if (end < 0 || !code.startsWith(tail, end)) {
      out += code.slice(at, start + 9);
      at = start + 9;
      continue;
    }
    out += `${code.slice(at, start)}errors++;`;
    at = end + tail.length;
  }
  out += code.slice(at);
  out = out.replace(/vErrors = vErrors === null \? ([\w.$]+)\.errors : vErrors\.concat\(\1\.errors\);errors = vErrors\.length;/g, 'errors += $1.errors.length;');
  out = out.replace(/if\(vErrors !== null\)\{if\((_errs\d+)\)\{vErrors\.length = \1;\}else \{vErrors = null;\}\}/g, '');
  out = out.replace(/(validate\d+)\.errors = vErrors;/g, '$1.errors = errors === 0 ? null : { length: errors };');
  const left = out.replace(/let vErrors = null;/g, '').match(/.{0,80}vErrors.{0,80}/);
  if (left) throw new Error(`countOnly: a use of vErrors left: ${left[0]}`);
  return out.replace(/let vErrors = null;/g, '');
}

/** Index just past the object literal starting at `from` (`{` … `}`, strings skipped), or -1. */
function objectEnd(code: string, from: number): number {
  if (code[from] !== '{') return -1;
  let depth = 0;
  let quote = '';
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The JSON value of `const <name> = {…};` in ajv's code. */
function schemaConstant(code: string, name: string): unknown {
  const start = code.indexOf(`const ${name} = `);
  if (start < 0) return undefined;
  let i = start + `const ${name} = `.length;
  const from = i;
  let depth = 0;
  let inString = false;
  for (; i < code.length; i++) {
    const c = code[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return JSON.parse(code.slice(from, i + 1));
    }
  }
  return undefined;
}

/** `value` followed along `.name` / `[index]` segments. */
function walk(value: unknown, path: string): unknown {
  let at = value;
  for (const m of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]/g)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[m[1] ?? (m[2] as string)];
  }
  return at;
}

/** JavaScript's `\s` under the `u` flag (WhiteSpace and LineTerminator code points). */
const WHITESPACE = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

/**
 * A `(s) => boolean` source equal to `new RegExp(source, 'u').test(s)` for the simple patterns above, or undefined.
 */
export function patternTest(source: string): string | undefined {
  const whole = /^\^\\S\{(\d+),(\d+)\}\$$/.exec(source);
  if (whole) {
    const [min, max] = [Number(whole[1]), Number(whole[2])];
    const space = `c === ${WHITESPACE.join(' || c === ')} || (c >= 0x2000 && c <= 0x200a)`;
    // One code point per step: a surrogate pair is one (non-space) code point, a lone surrogate too.
    return `(s) => { let n = 0; for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (${space}) return false; if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { const d = s.charCodeAt(i + 1); if (d >= 0xdc00 && d <= 0xdfff) i++; } if (++n > ${max}) return false; } return n >= ${min}; }`;
  }
  if (!source.startsWith('^') || !source.endsWith('$')) return undefined;
  const atoms: { test: string; min: number; max: number }[] = [];
  const body = source.slice(1, -1);
  const atom = /\[([^\]\\^[]+)\](?:\{(\d+)(?:,(\d+))?\})?/y;
  for (let at = 0; at < body.length; ) {
    atom.lastIndex = at;
    const m = atom.exec(body);
    if (!m) return undefined;
    const test = classTest(m[1] as string);
    if (!test) return undefined;
    const min = m[2] === undefined ? 1 : Number(m[2]);
    const max = m[2] === undefined ? 1 : m[3] === undefined ? min : Number(m[3]);
    atoms.push({ test, min, max });
    at = atom.lastIndex;
  }
  // Only the last atom may vary in length, so the match is deterministic (no backtracking to emulate).
  if (atoms.length === 0 || atoms.slice(0, -1).some((a) => a.min !== a.max)) return undefined;
  const fixed = atoms.slice(0, -1).reduce((n, a) => n + a.min, 0);
  const last = atoms[atoms.length - 1] as { test: string; min: number; max: number };
  const lines = [`if (s.length < ${fixed + last.min} || s.length > ${fixed + last.max}) return false;`, 'let i = 0;', 'let c = 0;'];
  for (const a of atoms.slice(0, -1)) lines.push(`for (let k = 0; k < ${a.min}; k++, i++) { c = s.charCodeAt(i); if (!(${a.test})) return false; }`);
  lines.push(`for (; i < s.length; i++) { c = s.charCodeAt(i); if (!(${last.test})) return false; }`, 'return true;');
  return `(s) => { ${lines.join(' ')} }`;
}

/** A test of `c` (a UTF-16 code unit) for a class of printable ASCII characters and ranges, or undefined. */
function classTest(members: string): string | undefined {
  const parts: string[] = [];
  for (let i = 0; i < members.length; i++) {
    const lo = members.charCodeAt(i);
    if (lo < 0x21 || lo > 0x7e) return undefined;
    if (members[i + 1] === '-' && i + 2 < members.length) {
      const hi = members.charCodeAt(i + 2);
      if (hi < lo || hi > 0x7e) return undefined;
      parts.push(`(c >= ${lo} && c <= ${hi})`);
      i += 2;
    } else parts.push(`c === ${lo}`);
  }
  return parts.join(' || ');
}

