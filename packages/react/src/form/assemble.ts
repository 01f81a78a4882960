/** Putting a record together from the form's parts, without the empty values form inputs leave behind. */

/** A deep copy without `undefined`, empty strings, empty objects and empty arrays. */
export function pruneEmpty<T>(value: T): T | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.map((v) => pruneEmpty(v)).filter((v) => v !== undefined);
    return (items.length ? items : undefined) as T | undefined;
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const p = pruneEmpty(v);
      if (p !== undefined) out[k] = p;
    }
    return (Object.keys(out).length ? out : undefined) as T | undefined;
  }
  return value;
}

/** Keeps empty arrays of table rows (so a missing row list reports "at least one row", not a missing field). */
export function pruneRows<T>(rows: readonly T[]): T[] {
  return rows.map((r) => pruneEmpty(r) ?? ({} as T));
}
