/**
 * What a test host exposes to the conformance suite: fault injection and request counting. Each adapter's test
 * server (an HTTP server speaking the platform's wire contract, or a real database) implements it. Methods may
 * return promises (a database host installs triggers); the suite awaits them.
 */

/** A failure the host produces for the next write request(s). */
export type Fault =
  /** An HTTP error status; `retryAfter` is sent as the `Retry-After` header (use `'0'` to keep tests quick). */
  | { kind: 'status'; status: 429 | 500 | 502 | 503 | 504; retryAfter?: string }
  /** No answer within the adapter's timeout; with `afterApply` the host applies the write and only the reply is lost. */
  | { kind: 'timeout'; afterApply?: boolean }
  /** The connection drops before any reply. */
  | { kind: 'network' }
  /** A host-specific transient failure: a throttling code in a 200 body, a SQL serialization failure or deadlock. */
  | { kind: 'transient' };

/** What a host can simulate: the fault kinds, plus `reject` for per-record rejection. */
export type FaultCapability = Fault['kind'] | 'reject';

export interface FaultControl {
  readonly supports: readonly FaultCapability[];
  /** The next `times` (default 1) write requests fail with `fault`. */
  inject(fault: Fault, times?: number): void | Promise<void>;
  /** From now on the host rejects writes of these record ids, as a host-side validation would; `[]` clears. */
  reject(ids: readonly string[]): void | Promise<void>;
  /** Write requests (or write transactions) the host received since the last reset, failed ones included. */
  writeRequests(): number;
  /** The most records one write request carried since the last reset. */
  maxRecordsPerWrite(): number;
  /** Record ids as the host holds them, one entry per host-side record, so a duplicate shows twice. */
  hostRecordIds(): Promise<string[]>;
  /** Clears counters and pending faults. */
  reset(): void | Promise<void>;
}
