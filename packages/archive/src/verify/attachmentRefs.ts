/** Finds the attachments a record references: every object with a `hash` and a `mediaType`, at any depth. */

const HASH = /^(sha256|sm3):[0-9a-f]{64}$/;

/** Hashes of the attachments referenced anywhere in `value`, in document order, without repeats. */
export function attachmentRefs(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) attachmentRefs(item, found);
  } else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (typeof o.hash === 'string' && typeof o.mediaType === 'string' && HASH.test(o.hash)) found.add(o.hash);
    for (const key in o) {
      const child = o[key];
      if (typeof child === 'object' && child !== null) attachmentRefs(child, found);
    }
  }
  return found;
}
