/**
 * The adapter contract of DESIGN.md § Adapters: every host platform (SQL staging tables, Jiandaoyun,
 * Feishu Bitable, Kingdee, …) is a `RecordAdapter` made by a factory `createXxxAdapter(options)`.
 */
import type { AnyRecord, Message, RecordType } from '@order75/schemas';

/** What an adapter can do, for planning a sync and for the conformance suite. */
export interface AdapterDescription {
  /** Stable adapter name, e.g. `jiandaoyun`, `feishu-bitable`, `kingdee`, `sql-postgres`. */
  name: string;
  /** Human name in both languages. */
  title: Message;
  /** Record types this adapter can carry (normally all 17). */
  recordTypes: readonly RecordType[];
  /** Largest number of records one write request may carry (Jiandaoyun 100, Feishu 500, …). */
  batchCap: number;
  /** Requests per second the host allows for writes, if it publishes a limit. */
  rateLimitPerSecond?: number;
  /** Whether the host has a native upsert; without one, the adapter serialises writers per host. */
  nativeUpsert: boolean;
  /** Which parts of provisioning go through the host's API; the rest are manual steps in the plan. */
  provisioning: 'automatic' | 'partial' | 'manual';
  /** Whether `pull` is supported. */
  pull: boolean;
}

/** One step of a provisioning plan: done through the API, or for a person to do by hand. */
export type ProvisioningStep =
  | {
      kind: 'api';
      /** What the step creates or changes, e.g. `create table order75_daily_check`. */
      action: Message;
      /** Whether running it changed anything (false when it was already in place). */
      changed: boolean;
    }
  | {
      kind: 'manual';
      action: Message;
      /** Field-by-field instructions (name, alias, type, required) for a person building the form. */
      fields: ProvisioningField[];
      /** An importable template the host accepts (file name and contents), where it offers one. */
      template?: { fileName: string; mediaType: string; content: string };
    };

/** A host field a record type needs. */
export interface ProvisioningField {
  /** The host-side name or alias, e.g. `o75_record_id`. */
  name: string;
  /** Label shown in the host, zh-CN first. */
  label: Message;
  /** Host-side type as the host calls it, e.g. `text`, `datetime`, `subform`, `NVARCHAR(64)`. */
  hostType: string;
  required: boolean;
  /** The JSON path in the canonical record it maps from, e.g. `/items/*\/hazardId`. */
  source: string;
}

export interface ProvisioningPlan {
  adapter: string;
  /** Per record type, the host object (table, form, bill) and the steps. */
  objects: { recordType: RecordType; hostObject: string; steps: ProvisioningStep[] }[];
  /** Steps not tied to one record type (a schema, a change counter, an app); running twice changes none. */
  common?: ProvisioningStep[];
}

/** A difference between what the schemas need and what the host has. */
export interface ProvisioningDifference {
  recordType: RecordType;
  hostObject: string;
  field?: string;
  problem: 'missing-object' | 'missing-field' | 'wrong-type' | 'extra-field';
  message: Message;
}

/** The outcome of pushing one record revision. */
export type PushOutcome =
  | { id: string; revision: number; status: 'created' | 'updated' | 'unchanged'; hostId?: string }
  | { id: string; revision: number; status: 'failed'; retryable: boolean; error: Message };

export interface PushResult {
  outcomes: PushOutcome[];
  /** HTTP requests (or SQL round trips) made, for the batching bench. */
  requests: number;
}

/** A host-side change read back for reconciliation. */
export interface PulledRecord {
  /** The canonical record, parsed from the host's raw JSON field. */
  record: AnyRecord;
  /** Host-side record id and modification stamp, as the host reports them. */
  hostId: string;
  modifiedAt?: string;
}

export interface PullResult {
  records: PulledRecord[];
  /** Pass back as `since` to continue from here. */
  cursor?: string;
}

/** Progress and log events; adapters never put secrets or protected personal data in them. */
export interface AdapterEvents {
  onRequest?: (info: { method: string; url: string; attempt: number }) => void;
  onRetry?: (info: { reason: string; delayMs: number; attempt: number }) => void;
  onProgress?: (info: { done: number; total: number }) => void;
  /** Log lines an adapter writes (already redacted by the adapter; the conformance suite checks). */
  onLog?: (entry: { level: 'debug' | 'info' | 'warn' | 'error'; message: string; data?: unknown }) => void;
}

/** The contract every host adapter implements. Running `provision` or `push` twice changes nothing. */
export interface RecordAdapter {
  describe(): AdapterDescription;
  /** Creates what the API allows, returns manual steps for the rest. */
  provision(recordTypes?: readonly RecordType[]): Promise<ProvisioningPlan>;
  /** Reads the host's objects and fields and reports what differs from the schemas. */
  verifyProvisioning(recordTypes?: readonly RecordType[]): Promise<ProvisioningDifference[]>;
  /** Idempotent upsert by `id` (keeping `revision`), in batches within the host's cap, with retries. */
  push(records: readonly AnyRecord[], events?: AdapterEvents): Promise<PushResult>;
  /** Host-side records changed since the cursor (or all, without one). */
  pull(since?: string, recordTypes?: readonly RecordType[]): Promise<PullResult>;
  /** Releases connections and timers. */
  close?(): Promise<void>;
}
