/**
 * Deciding what a push does with each record against what the host already holds for its id: create it, update
 * it (a newer revision, or the same revision with other content, such as a signature added), or leave it.
 */
import type { AnyRecord } from '@order75/schemas';
import { rawJsonHash } from '../mapping/rawJson';
import type { OutcomeMap, PushItem } from './items';

/** What the host holds for a record id: its revision, its content check value and the host's own id. */
export interface StoredRevision {
  revision: number;
  hash: string;
  hostId: string;
}

/** Whether `record` (whose content check value is `hash`) should overwrite what the host holds. */
export function supersedes(record: Pick<AnyRecord, 'revision'>, hash: string, stored: Pick<StoredRevision, 'revision' | 'hash'>): boolean {
  return record.revision > stored.revision || (record.revision === stored.revision && hash !== stored.hash);
}

/**
 * Sorts items against the host's stored revisions (by record id): new ones to create, superseding ones to update
 * with what the host holds; the rest get an `unchanged` outcome here. Check values are {@link rawJsonHash}.
 */
export function sortAgainstHost<S extends StoredRevision>(items: readonly PushItem[], stored: ReadonlyMap<string, S>, outcomes: OutcomeMap): { creates: PushItem[]; updates: [PushItem, S][] } {
  const creates: PushItem[] = [];
  const updates: [PushItem, S][] = [];
  for (const item of items) {
    const [i, r] = item;
    const s = stored.get(r.id);
    if (!s) creates.push(item);
    else if (supersedes(r, rawJsonHash(r), s)) updates.push([item, s]);
    else outcomes.set(i, { id: r.id, revision: r.revision, status: 'unchanged', hostId: s.hostId });
  }
  return { creates, updates };
}
