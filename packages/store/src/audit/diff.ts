/**
 * What changed between two revisions, as JSON Pointers with old and new values, for the audit trail
 * (21 CFR 11.10(e): changes must not obscure prior values). Arrays compare by index.
 */

export interface Change {
  path: string;
  from?: unknown;
  to?: unknown;
}

/** Envelope fields that change with every revision by construction; left out of the diff. */
const BOOKKEEPING = new Set(['revision', 'supersedes', 'createdAt', 'status', 'signatures']);

/** A key as a JSON Pointer reference token (RFC 6901: `~` → `~0`, `/` → `~1`). */
function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function walk(a: unknown, b: unknown, path: string, out: Change[]): void {
  if (a === b) return;
  const aObj = a !== null && typeof a === 'object';
  const bObj = b !== null && typeof b === 'object';
  if (aObj && bObj && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && Array.isArray(b)) {
      const n = Math.max(a.length, b.length);
      for (let i = 0; i < n; i++) {
        if (i >= a.length) out.push({ path: `${path}/${i}`, to: b[i] });
        else if (i >= b.length) out.push({ path: `${path}/${i}`, from: a[i] });
        else walk(a[i], b[i], `${path}/${i}`, out);
      }
      return;
    }
    const ao = a as Record<string, unknown>;
    const bo = b as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(ao), ...Object.keys(bo)])].sort();
    for (const k of keys) {
      if (path === '' && BOOKKEEPING.has(k)) continue;
      const p = `${path}/${pointerToken(k)}`;
      if (!Object.hasOwn(ao, k)) out.push({ path: p, to: bo[k] });
      else if (!Object.hasOwn(bo, k)) out.push({ path: p, from: ao[k] });
      else walk(ao[k], bo[k], p, out);
    }
    return;
  }
  out.push({ path, from: a, to: b });
}

/** Changes from `before` to `after` (both records), bookkeeping fields left out. */
export function diffRecords(before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  walk(before, after, '', out);
  return out;
}
