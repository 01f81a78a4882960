/**
 * The conformance suite's {@link FaultControl} over a {@link SimulatedHost}, for an adapter's `test/harness.ts`:
 * the suite's faults mapped onto the host's (a timeout after the host applied the write is a `slow` answer, one
 * before is a `stall`, a network failure a `drop`), the platform's own answers for an HTTP error and for its
 * transient failure, write counting, and host-side rejection by record id. The platform parts are options.
 */
import type { Fault, FaultControl } from './faults';
import type { FaultKind, HostReply, HostRequest, SimulatedHost } from './simulatedHost';

/** Counts write requests and the most records one of them carried; pass `observe` to the server. */
export interface WriteCounter {
  readonly writes: number;
  readonly maxRecords: number;
  /** Sees every request on arrival (the server's `observe` option). */
  observe(request: HostRequest): void;
  reset(): void;
}

/**
 * A {@link WriteCounter} over the requests `isWrite` picks; `recordsIn` reads how many records one carries from its
 * parsed JSON body (an empty body is `{}`).
 */
export function writeCounter(isWrite: (request: HostRequest) => boolean, recordsIn: (body: Record<string, unknown>) => number): WriteCounter {
  let writes = 0;
  let maxRecords = 0;
  return {
    get writes() {
      return writes;
    },
    get maxRecords() {
      return maxRecords;
    },
    observe(request) {
      if (!isWrite(request)) return;
      writes += 1;
      const body = JSON.parse(request.body.toString('utf8') || '{}') as Record<string, unknown>;
      maxRecords = Math.max(maxRecords, recordsIn(body));
    },
    reset() {
      writes = 0;
      maxRecords = 0;
    },
  };
}

/** Options of {@link simulatedFaultControl}: the platform's parts. */
export interface SimulatedFaultControlOptions {
  host: SimulatedHost;
  /** Which requests are writes: injected faults hit only these. */
  isWrite: (request: HostRequest) => boolean;
  writes: WriteCounter;
  /** The platform's answer to an HTTP error status (its 429 body and headers, its 5xx page); `Retry-After` is added. */
  statusReply: (status: number) => HostReply;
  /** The platform's transient failure: a throttling code in a body, a write conflict, a lost session. */
  transientReply: HostReply;
  /** The ids the server refuses to store; `reject` fills it. */
  rejected: Set<string>;
  /** Record ids as the host holds them, one entry per stored record (so a duplicate shows twice). */
  hostRecordIds: () => string[];
}

/** What the host does for one of the suite's faults. */
export function hostFault(fault: Fault, options: Pick<SimulatedFaultControlOptions, 'statusReply' | 'transientReply'>): FaultKind | HostReply {
  switch (fault.kind) {
    case 'status': {
      const reply = options.statusReply(fault.status);
      return fault.retryAfter === undefined ? reply : { ...reply, headers: { ...reply.headers, 'retry-after': fault.retryAfter } };
    }
    case 'timeout':
      return fault.afterApply ? 'slow' : 'stall';
    case 'network':
      return 'drop';
    case 'transient':
      return options.transientReply;
  }
}

/** The suite's fault control over a simulated host; every capability is supported. */
export function simulatedFaultControl(options: SimulatedFaultControlOptions): FaultControl {
  const { host, isWrite, writes, rejected } = options;
  return {
    supports: ['status', 'timeout', 'network', 'transient', 'reject'],
    inject: (fault, times = 1) => host.failNext(hostFault(fault, options), times, isWrite),
    reject: (ids) => {
      rejected.clear();
      for (const id of ids) rejected.add(id);
    },
    writeRequests: () => writes.writes,
    maxRecordsPerWrite: () => writes.maxRecords,
    hostRecordIds: async () => options.hostRecordIds(),
    reset: () => {
      writes.reset();
      host.clearFaults();
    },
  };
}
