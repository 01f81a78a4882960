/**
 * A small JSON Schema interpreter for rjsf's `isValid` (it decides `if` branches and `oneOf` options while
 * rendering). It covers the keywords those decisions use in the Order 75 schemas — type, const, enum,
 * required, properties, items, minimum/maximum, minLength/maxLength, allOf/anyOf/oneOf/not — and never
 * generates code, so a strict Content-Security-Policy (no `unsafe-eval`) holds.
 */
type Node = Record<string, unknown>;

function typeOk(type: unknown, data: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => {
    switch (t) {
      case 'null':
        return data === null;
      case 'array':
        return Array.isArray(data);
      case 'object':
        return data !== null && typeof data === 'object' && !Array.isArray(data);
      case 'integer':
        return typeof data === 'number' && Number.isInteger(data);
      case 'number':
        return typeof data === 'number' && Number.isFinite(data);
      default:
        return typeof data === t;
    }
  });
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether `data` satisfies `schema` for the keywords listed above; unknown keywords are ignored. */
export function matchesSchema(schema: unknown, data: unknown): boolean {
  if (schema === true || schema === undefined) return true;
  if (schema === false || schema === null || typeof schema !== 'object') return false;
  const s = schema as Node;
  if (s.type !== undefined && !typeOk(s.type, data)) return false;
  if ('const' in s && !same(s.const, data)) return false;
  if (Array.isArray(s.enum) && !s.enum.some((v) => same(v, data))) return false;
  if (typeof data === 'number') {
    if (typeof s.minimum === 'number' && data < s.minimum) return false;
    if (typeof s.maximum === 'number' && data > s.maximum) return false;
  }
  if (typeof data === 'string') {
    if (typeof s.minLength === 'number' && [...data].length < s.minLength) return false;
    if (typeof s.maxLength === 'number' && [...data].length > s.maxLength) return false;
  }
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const obj = data as Node;
    if (Array.isArray(s.required) && !s.required.every((k) => obj[k as string] !== undefined)) return false;
    if (s.properties && typeof s.properties === 'object') {
      for (const [k, sub] of Object.entries(s.properties as Node)) {
        if (obj[k] !== undefined && !matchesSchema(sub, obj[k])) return false;
      }
    }
  }
  if (Array.isArray(data) && s.items && typeof s.items === 'object') {
    if (!data.every((item) => matchesSchema(s.items, item))) return false;
  }
  if (Array.isArray(s.allOf) && !s.allOf.every((sub) => matchesSchema(sub, data))) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((sub) => matchesSchema(sub, data))) return false;
  if (Array.isArray(s.oneOf) && s.oneOf.filter((sub) => matchesSchema(sub, data)).length !== 1) return false;
  if (s.not !== undefined && matchesSchema(s.not, data)) return false;
  if (s.if !== undefined) {
    const branch = matchesSchema(s.if, data) ? s.then : s.else;
    if (branch !== undefined && !matchesSchema(branch, data)) return false;
  }
  return true;
}
