/**
 * Idempotency keys. A record revision's key is `id#revision` (DESIGN.md § Identity), the same key the store's
 * outbox uses; a batch's key is derived from the keys it carries, so a retried batch sends the same key.
 */

/** `id#revision`: the key of one record revision. */
export function revisionKey(record: { id: string; revision: number }): string {
  return `${record.id}#${record.revision}`;
}

/** FNV-1a, 64-bit: cheap, stable, dependency-free; collisions only cost a host-side dedupe miss. */
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** A key for a batch of record revisions, independent of their order: `o75-<count>-<hash>`. */
export function batchKey(records: readonly { id: string; revision: number }[]): string {
  const keys = records.map(revisionKey).sort();
  return `o75-${keys.length}-${fnv1a64(keys.join('\n'))}`;
}

export { fnv1a64 as stableHash };
