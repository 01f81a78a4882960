/** What every route needs: the record store, accounts, attachment files, the enterprise and the clock. */
import type { AnyRecord, RecordType } from '@order75/schemas';
import type { RecordStore } from '@order75/store';
import type { AttachmentStore } from './attachments';
import type { AccountStore } from './auth/accounts';

export interface Workstation {
  store: RecordStore;
  accounts: AccountStore;
  attachments: AttachmentStore;
  /** USCC of the enterprise whose records this workstation keeps. */
  enterprise: string;
  now: () => Date;
  /** Every latest revision of the enterprise (drafts included; the engine drops them). Cached until a write. */
  records(): Promise<AnyRecord[]>;
  /** Latest revisions of one type, newest record date first. */
  recordsOf<T extends RecordType>(type: T): Promise<Extract<AnyRecord, { recordType: T }>[]>;
  /** Creation instant of revision 1 per record id (for the engine's lateness of corrected checks). */
  firstCreatedAt(): Promise<Record<string, string>>;
  /** Drops the cache; every write route calls it. */
  changed(): void;
}

/** Builds the shared context with a small cache over `store.query`. */
export function workstationContext(deps: Omit<Workstation, 'records' | 'recordsOf' | 'firstCreatedAt' | 'changed'>): Workstation {
  let all: Promise<AnyRecord[]> | undefined;
  let first: Promise<Record<string, string>> | undefined;
  const ws: Workstation = {
    ...deps,
    records: () => (all ??= deps.store.query({ enterprise: deps.enterprise })),
    async recordsOf(type) {
      return (await ws.records()).filter((r) => r.recordType === type) as never;
    },
    firstCreatedAt: () =>
      (first ??= deps.store.query({ enterprise: deps.enterprise, type: 'daily-check', allRevisions: true }).then((rs) => {
        const out: Record<string, string> = {};
        for (const r of rs) if (r.revision === 1 && typeof r.createdAt === 'string') out[r.id] = r.createdAt;
        return out;
      })),
    changed() {
      all = undefined;
      first = undefined;
    },
  };
  return ws;
}
