/**
 * String length in Unicode code points, as JSON Schema's `minLength`/`maxLength` count. Replaces ajv's
 * runtime helper (a JavaScript loop over every character) with one native scan for surrogate pairs.
 */
const PAIRS = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

export default function ucs2length(s: string): number {
  const pairs = s.match(PAIRS);
  return pairs === null ? s.length : s.length - pairs.length;
}
