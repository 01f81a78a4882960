/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): the one byte form that content hashes, signatures and the
 * hash chain are computed over. Keys are sorted by UTF-16 code units, numbers use the ECMAScript
 * serialisation, strings the ES2019 `JSON.stringify` escaping, and there is no whitespace.
 *
 * Speed matters (archive build hashes every event): sorted key orders and the quoted `"key":` heads are
 * cached per object shape (found by the first key, then compared key by key), strings that need no escaping
 * are written between their object's heads with as few concatenations as possible, and the reason for a
 * rejection is looked up by a second, slow walk only when one occurs.
 */
import { CanonicalJsonError, findNonCanonical, type CanonicalJsonProblem } from './canonicalJsonError';

export { CanonicalJsonError, type CanonicalJsonProblem };

/** Deeper nesting than this is rejected (records nest a handful of levels; a cycle never ends). */
export const MAX_CANONICAL_DEPTH = 512;

/** Characters `JSON.stringify` would escape, plus surrogates (checked for pairing on the slow path). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000-U+001F are exactly the code points RFC 8785 / JSON.stringify must escape; matching them is the point.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** An object shape: its keys in `Object.keys` order, those keys in canonical order and their quoted heads. */
interface Shape {
  readonly keys: readonly string[];
  /** Keys in canonical order. */
  readonly sorted: readonly string[];
  /** `{"a":`, `,"b":`, … for the sorted keys. */
  readonly heads: readonly string[];
  /** The heads followed by the opening quote of a string value: `{"a":"`, `,"b":"`, … */
  readonly headsQ: readonly string[];
  /** `heads` and `headsQ` after a string value, whose closing quote they carry: `","b":`, `","b":"`, … */
  readonly qHeads: readonly string[];
  readonly qHeadsQ: readonly string[];
  /** The first head (and with the opening quote) after `[` or `,`, for objects in arrays. */
  readonly bHead0: string;
  readonly bHeadQ0: string;
  readonly cHead0: string;
  readonly cHeadQ0: string;
}

/** Cap on cached shapes, so objects used as maps with unbounded keys cannot grow the cache without limit. */
const MAX_SHAPES = 20_000;
let shapeCount = 0;
/** Shapes by their first key (an object's keys are mostly the same strings in the same order as its siblings'). */
const shapes = new Map<string, Shape[]>();

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

function sortedShape(keys: string[]): Shape {
  const sorted = keys.slice().sort(compareCodeUnits);
  const heads = sorted.map((k, i) => `${i === 0 ? '{' : ','}${quote(k)}:`);
  const qHeads = heads.map((h) => `"${h}`);
  const h0 = heads[0] as string;
  return {
    keys,
    sorted,
    heads,
    headsQ: heads.map((h) => `${h}"`),
    qHeads,
    qHeadsQ: qHeads.map((h) => `${h}"`),
    bHead0: `[${h0}`,
    bHeadQ0: `[${h0}"`,
    cHead0: `,${h0}`,
    cHeadQ0: `,${h0}"`,
  };
}

function shapeOf(keys: string[]): Shape {
  const first = keys[0] as string;
  const n = keys.length;
  const list = shapes.get(first);
  if (list !== undefined) {
    for (let j = 0; j < list.length; j++) {
      const known = (list[j] as Shape).keys;
      if (known.length !== n) continue;
      let i = 1;
      while (i < n && known[i] === keys[i]) i++;
      if (i === n) return list[j] as Shape;
    }
  }
  const made = sortedShape(keys);
  if (shapeCount < MAX_SHAPES) {
    if (list === undefined) shapes.set(first, [made]);
    else list.push(made);
    shapeCount++;
  }
  return made;
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
        let out = element(value[0], depth + 1, LEAD_BRACKET);
        for (let i = 1; i < n; i++) out += element(value[i], depth + 1, LEAD_COMMA);
        return `${out}]`;
      }
      if (!isPlainObject(value)) throw REJECT;
      const keys = Object.keys(value);
      if (keys.length === 0) return '{}';
      return members(value as Record<string, unknown>, shapeOf(keys), depth + 1);
    }
    default:
      // undefined, function, symbol, bigint
      throw REJECT;
  }
}

/** `{…}` of an object's members in canonical order (`shape` is the object's shape; the closing brace included). */
/** What goes before an array element: nothing (a lone value), `[` (the first element) or `,`. */
const LEAD_NONE = 0;
const LEAD_BRACKET = 1;
const LEAD_COMMA = 2;

/** An array element with its lead; a plain object takes the lead into its first head (one concatenation fewer). */
function element(value: unknown, depth: number, lead: number): string {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && isPlainObject(value)) {
    if (depth >= MAX_CANONICAL_DEPTH) throw REJECT;
    const keys = Object.keys(value);
    if (keys.length > 0) return members(value as Record<string, unknown>, shapeOf(keys), depth + 1, lead);
  }
  return (lead === LEAD_BRACKET ? '[' : ',') + serialize(value, depth);
}

function members(obj: Record<string, unknown>, shape: Shape, depth: number, lead: number = LEAD_NONE): string {
  const { sorted, heads, headsQ, qHeads, qHeadsQ } = shape;
  let out = '';
  // A string needing no escape is written as its head (with the opening quote) and the string: its closing quote
  // goes out with the next head. Two concatenations per string member instead of four, and a shorter rope to flatten.
  let open = false;
  for (let i = 0; i < sorted.length; i++) {
    const v = obj[sorted[i] as string];
    const first = i === 0 && lead !== LEAD_NONE;
    if (typeof v === 'string' && !NEEDS_ESCAPE.test(v)) {
      out += (first ? (lead === LEAD_BRACKET ? shape.bHeadQ0 : shape.cHeadQ0) : open ? (qHeadsQ[i] as string) : (headsQ[i] as string)) + v;
      open = true;
    } else {
      out += (first ? (lead === LEAD_BRACKET ? shape.bHead0 : shape.cHead0) : open ? (qHeads[i] as string) : (heads[i] as string)) + serialize(v, depth);
      open = false;
    }
  }
  return open ? `${out}"}` : `${out}}`;
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
    const problem = findNonCanonical(value, MAX_CANONICAL_DEPTH);
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
    const shape = shapeWithout(value, omit);
    return shape === EMPTY ? '{}' : members(value, shape, 1);
  } catch (error) {
    if (error !== REJECT && !(error instanceof RangeError)) throw error;
    const copy: Record<string, unknown> = {};
    if (value !== null && typeof value === 'object') for (const k of Object.keys(value)) if (!omit.has(k)) copy[k] = value[k];
    const problem = findNonCanonical(value !== null && typeof value === 'object' && !Array.isArray(value) ? copy : value, MAX_CANONICAL_DEPTH);
    throw new CanonicalJsonError(problem ?? { path: '', reason: 'too-deep' });
  }
}

/** The shape of no keys (an object whose keys are all left out). */
const EMPTY: Shape = sortedShape(['']);
/** Per set of left-out keys: the shape of an object's other keys, by the object's own shape (computed once per shape). */
const shapesWithout = new WeakMap<ReadonlySet<string>, WeakMap<Shape, Shape>>();

/** The shape of `value`'s keys other than `omit` (in `Object.keys` order), or `EMPTY`. */
function shapeWithout(value: object, omit: ReadonlySet<string>): Shape {
  const keys = Object.keys(value);
  if (keys.length === 0) return EMPTY;
  const full = shapeOf(keys);
  let byShape = shapesWithout.get(omit);
  if (byShape === undefined) {
    byShape = new WeakMap();
    shapesWithout.set(omit, byShape);
  }
  let shape = byShape.get(full);
  if (shape === undefined) {
    const kept = keys.filter((k) => !omit.has(k));
    shape = kept.length === 0 ? EMPTY : shapeOf(kept);
    byShape.set(full, shape);
  }
  return shape;
}

/** `value`'s own keys other than `omit`, in `Object.keys` order (an array shared between objects of one shape: do not change it). */
export function keysWithout(value: object, omit: ReadonlySet<string>): readonly string[] {
  try {
    const shape = shapeWithout(value, omit);
    return shape === EMPTY ? [] : shape.keys;
  } catch (error) {
    // A key that cannot be canonical (a lone surrogate) has no shape; canonicalJson reports it where it matters.
    if (error !== REJECT) throw error;
    return Object.keys(value).filter((k) => !omit.has(k));
  }
}

/**
 * `canonicalJson` of a plain object as the text before and after the value of one top-level key, which is left out:
 * `head + canonicalJson(value[key]) + tail === canonicalJson(value)`. The chain splices a record's canonical text,
 * already made for its content hash, between the two (module-internal, not exported from the package).
 */
export function canonicalJsonAround(value: Record<string, unknown>, key: string): [head: string, tail: string] {
  try {
    if (!Object.hasOwn(value, key)) throw new TypeError(`canonicalJsonAround: no key ${JSON.stringify(key)}`);
    if (!isPlainObject(value) || Array.isArray(value)) throw REJECT;
    const { sorted, heads, headsQ, qHeads, qHeadsQ } = shapeOf(Object.keys(value));
    let head = '';
    let out = '';
    let open = false;
    for (let i = 0; i < sorted.length; i++) {
      const k = sorted[i] as string;
      if (k === key) {
        head = out + (open ? (qHeads[i] as string) : (heads[i] as string));
        out = '';
        open = false;
        continue;
      }
      // As in `members`: a plain string's closing quote goes out with the next head.
      const v = value[k];
      if (typeof v === 'string' && !NEEDS_ESCAPE.test(v)) {
        out += (open ? (qHeadsQ[i] as string) : (headsQ[i] as string)) + v;
        open = true;
      } else {
        out += (open ? (qHeads[i] as string) : (heads[i] as string)) + serialize(v, 1);
        open = false;
      }
    }
    return [head, open ? `${out}"}` : `${out}}`];
  } catch (error) {
    if (error !== REJECT && !(error instanceof RangeError)) throw error;
    const problem = findNonCanonical(value, MAX_CANONICAL_DEPTH);
    throw new CanonicalJsonError(problem ?? { path: '', reason: 'too-deep' });
  }
}

/** `canonicalJson` as UTF-8 bytes, the input of every hash in this project. */
export function canonicalBytes(value: unknown): Uint8Array {
  return utf8.encode(canonicalJson(value));
}

const utf8 = new TextEncoder();
