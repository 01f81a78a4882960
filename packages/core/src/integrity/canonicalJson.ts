/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): the one byte form that content hashes, signatures and the
 * hash chain are computed over. Keys are sorted by UTF-16 code units, numbers use the ECMAScript
 * serialisation, strings the ES2019 `JSON.stringify` escaping, and there is no whitespace.
 *
 * Speed matters (archive build hashes every event): sorted key orders and the quoted `"key":` heads are
 * cached per object shape in a trie walked by `Object.keys`, strings that need no escaping are quoted by
 * concatenation, and the reason for a rejection is looked up by a second, slow walk only when one occurs.
 */
import { CanonicalJsonError, findNonCanonical, type CanonicalJsonProblem } from './canonicalJsonError';

export { CanonicalJsonError, type CanonicalJsonProblem };

/** Deeper nesting than this is rejected (records nest a handful of levels; a cycle never ends). */
export const MAX_CANONICAL_DEPTH = 512;

/** Characters `JSON.stringify` would escape, plus surrogates (checked for pairing on the slow path). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A trie node: the key sequence from the root to here, and (once seen as a whole object) its sorted form. */
interface Shape {
  next: Map<string, Shape> | undefined;
  /** Keys in canonical order. */
  sorted: string[] | undefined;
  /** `{"a":`, `,"b":`, … for the sorted keys. */
  heads: string[] | undefined;
}

/** Cap on trie nodes, so objects used as maps with unbounded keys cannot grow the cache without limit. */
const MAX_SHAPE_NODES = 20_000;
let shapeNodes = 0;
const root: Shape = { next: undefined, sorted: undefined, heads: undefined };

/**
 * Already-canonical JSON text to embed verbatim (module-internal: the chain embeds a record's canonical
 * content text in its event line instead of serialising the record twice). Not exported from the package.
 */
export class CanonicalText {
  constructor(readonly text: string) {}
}

/** Thrown internally on the fast path; the public error is built by the slow walk. */
const REJECT = Symbol('reject');

function quote(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  if (LONE_SURROGATE.test(s)) throw REJECT;
  return JSON.stringify(s);
}

function compareCodeUnits(a: string, b: string): number {
  // The default string comparison of JavaScript is by UTF-16 code units, which is what RFC 8785 §3.2.3 asks.
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedShape(keys: string[]): { sorted: string[]; heads: string[] } {
  const sorted = keys.slice().sort(compareCodeUnits);
  const heads = sorted.map((k, i) => `${i === 0 ? '{' : ','}${quote(k)}:`);
  return { sorted, heads };
}

function shapeOf(keys: string[]): { sorted: string[]; heads: string[] } {
  let node = root;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    let child = node.next?.get(key);
    if (child === undefined) {
      if (shapeNodes >= MAX_SHAPE_NODES) return sortedShape(keys);
      child = { next: undefined, sorted: undefined, heads: undefined };
      (node.next ??= new Map()).set(key, child);
      shapeNodes++;
    }
    node = child;
  }
  if (node.sorted === undefined) {
    const made = sortedShape(keys);
    node.sorted = made.sorted;
    node.heads = made.heads;
  }
  return node as { sorted: string[]; heads: string[] };
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  // Object.prototype of this realm, a null-prototype object, or Object.prototype of another realm.
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

function serialize(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      if (!Number.isFinite(value)) throw REJECT;
      // ECMAScript Number::toString is exactly RFC 8785 §3.2.2.3; -0 becomes "0".
      return `${value}`;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (depth >= MAX_CANONICAL_DEPTH) throw REJECT;
      if (Array.isArray(value)) {
        const n = value.length;
        if (n === 0) return '[]';
        let out = `[${serialize(value[0], depth + 1)}`;
        for (let i = 1; i < n; i++) out += `,${serialize(value[i], depth + 1)}`;
        return `${out}]`;
      }
      if (!isPlainObject(value)) {
        if (value instanceof CanonicalText) return value.text;
        throw REJECT;
      }
      const keys = Object.keys(value);
      if (keys.length === 0) return '{}';
      const { sorted, heads } = shapeOf(keys);
      const obj = value as Record<string, unknown>;
      let out = '';
      for (let i = 0; i < sorted.length; i++) {
        out += (heads[i] as string) + serialize(obj[sorted[i] as string], depth + 1);
      }
      return `${out}}`;
    }
    default:
      // undefined, function, symbol, bigint
      throw REJECT;
  }
}

/**
 * Serialises JSON data to its RFC 8785 canonical form.
 *
 * Accepts `null`, booleans, finite numbers, strings (well-formed UTF-16), arrays and plain objects.
 * Throws {@link CanonicalJsonError} (naming the JSON Pointer of the first offending value, never the value)
 * for `undefined`, functions, symbols, bigints, non-finite numbers, lone surrogates, class instances
 * (including `Date`, `Map`), array holes and nesting deeper than {@link MAX_CANONICAL_DEPTH}.
 * An own `__proto__` key (as `JSON.parse` makes) is an ordinary key.
 *
 * @example canonicalJson({ b: 1, a: [true, null, 1e21] }) // '{"a":[true,null,1e+21],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  try {
    return serialize(value, 0);
  } catch (error) {
    if (error !== REJECT && !(error instanceof RangeError)) throw error;
    const problem = findNonCanonical(value, MAX_CANONICAL_DEPTH, (v) => v instanceof CanonicalText);
    throw new CanonicalJsonError(problem ?? { path: '', reason: 'too-deep' });
  }
}

/**
 * `canonicalJson` of a plain object without some of its top-level keys, without copying the object
 * (content hashes leave out `signatures` and `status`).
 */
export function canonicalJsonWithout(value: Record<string, unknown>, omit: ReadonlySet<string>): string {
  try {
    if (!isPlainObject(value) || Array.isArray(value)) throw REJECT;
    const all = Object.keys(value);
    const keys = all.filter((k) => !omit.has(k));
    if (keys.length === 0) return '{}';
    const { sorted, heads } = shapeOf(keys);
    let out = '';
    for (let i = 0; i < sorted.length; i++) out += (heads[i] as string) + serialize(value[sorted[i] as string], 1);
    return `${out}}`;
  } catch (error) {
    if (error !== REJECT && !(error instanceof RangeError)) throw error;
    const copy: Record<string, unknown> = {};
    if (value !== null && typeof value === 'object') for (const k of Object.keys(value)) if (!omit.has(k)) copy[k] = value[k];
    const problem = findNonCanonical(value !== null && typeof value === 'object' && !Array.isArray(value) ? copy : value, MAX_CANONICAL_DEPTH, (v) => v instanceof CanonicalText);
    throw new CanonicalJsonError(problem ?? { path: '', reason: 'too-deep' });
  }
}

/** `canonicalJson` as UTF-8 bytes, the input of every hash in this project. */
export function canonicalBytes(value: unknown): Uint8Array {
  return utf8.encode(canonicalJson(value));
}

const utf8 = new TextEncoder();
