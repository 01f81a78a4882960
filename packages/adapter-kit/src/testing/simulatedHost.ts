/**
 * The transport half of every protocol-faithful test server (DESIGN.md § Adapters): a `node:http` server on
 * 127.0.0.1 with a random port that answers through a platform handler after a simulated round trip, counts
 * requests, and injects faults on demand — dropped connections (before or after the host committed), 5xx, 429
 * and slow answers. The platform half (paths, auth, bodies, limits) lives in each adapter's
 * `test/server/<platform>Server.ts`; this file knows nothing of any platform.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Faults a test can inject. `drop` closes the connection before the host does anything; `drop-after` lets the
 * host commit, then closes it (the client never learns the outcome); `server-error` answers 5xx without
 * committing; `error-after` commits, then answers 5xx (a gateway timing out on a slow backend); `throttle`
 * answers 429; `slow` commits and answers late, after `slowMs`; `stall` answers late without committing.
 */
export type FaultKind = 'drop' | 'drop-after' | 'server-error' | 'error-after' | 'throttle' | 'slow' | 'stall';

export const ALL_FAULTS: readonly FaultKind[] = ['drop', 'drop-after', 'server-error', 'error-after', 'throttle', 'slow', 'stall'];

/** A request as the platform handler sees it. */
export interface HostRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A platform answer. An object body is sent as JSON; a string or Buffer as is. */
export interface HostReply {
  status: number;
  headers?: Record<string, string | string[]>;
  body?: unknown;
}

export type HostHandler = (request: HostRequest) => Promise<HostReply> | HostReply;

/** Random faults: each request matching `match` fails with probability `rate`, with a kind drawn from `kinds`. */
export interface FaultOptions {
  rate: number;
  kinds?: readonly FaultKind[];
  /** Seed of the fault dice, so a failing run can be replayed. */
  seed?: number;
  /** Delay of a `slow` answer, ms. Default 1 500. */
  slowMs?: number;
  match?: (request: HostRequest) => boolean;
}

export interface SimulatedHostOptions {
  handler: HostHandler;
  /** Simulated round trip added to every request, ms. Default 20. */
  latencyMs?: number;
  /** The platform's own shape of a 5xx and a 429 answer. */
  faultReply: (kind: 'server-error' | 'throttle') => HostReply;
  /** Sees every request on arrival (for counting writes and their sizes). */
  observe?: (request: HostRequest) => void;
}

/** Deterministic dice (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A running simulated host. */
export class SimulatedHost {
  /** `http://127.0.0.1:<port>` once started. */
  url = '';
  /** Every request that reached the server, faulted or not. */
  requests = 0;
  readonly requestsByPath = new Map<string, number>();
  readonly faultsInjected = new Map<FaultKind, number>();
  latencyMs: number;
  private readonly server: Server;
  private faults: (FaultOptions & { random: () => number }) | undefined;
  private readonly queued: { fault: FaultKind | HostReply; match?: (r: HostRequest) => boolean }[] = [];
  /** Delay of `slow` and `stall` answers injected with {@link failNext}, ms. */
  slowMs = 1_500;

  constructor(private readonly options: SimulatedHostOptions) {
    this.latencyMs = options.latencyMs ?? 20;
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://host');
        const request: HostRequest = {
          method: req.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          body: Buffer.concat(chunks),
        };
        void this.serve(request, (reply) => {
          if (res.destroyed) return;
          const isJson = reply.body !== undefined && typeof reply.body === 'object' && !Buffer.isBuffer(reply.body);
          const payload = isJson ? JSON.stringify(reply.body) : (reply.body as string | Buffer | undefined) ?? '';
          res.writeHead(reply.status, { ...(isJson ? { 'content-type': 'application/json; charset=utf-8' } : {}), ...reply.headers });
          res.end(payload);
        }, () => req.socket.destroy());
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Random faults from now on (or none, with `undefined`). */
  setFaults(options: FaultOptions | undefined): void {
    this.faults = options ? { ...options, random: seededRandom(options.seed ?? 75) } : undefined;
  }

  /**
   * The next `count` requests matching `match` fail with `fault` — a fault kind, or a given answer sent instead
   * of processing the request — before any random fault.
   */
  failNext(fault: FaultKind | HostReply, count = 1, match?: (r: HostRequest) => boolean): void {
    for (let i = 0; i < count; i++) this.queued.push({ fault, match });
  }

  /** Drops pending {@link failNext} faults. */
  clearFaults(): void {
    this.queued.length = 0;
  }

  /** Requests whose path ends with `suffix`. */
  count(suffix: string): number {
    let n = 0;
    for (const [path, c] of this.requestsByPath) if (path.endsWith(suffix)) n += c;
    return n;
  }

  resetCounts(): void {
    this.requests = 0;
    this.requestsByPath.clear();
    this.faultsInjected.clear();
  }

  private pickFault(request: HostRequest): FaultKind | HostReply | undefined {
    const i = this.queued.findIndex((q) => !q.match || q.match(request));
    if (i >= 0) return this.queued.splice(i, 1)[0]!.fault;
    const f = this.faults;
    if (!f || (f.match && !f.match(request))) return undefined;
    if (f.random() >= f.rate) return undefined;
    const kinds = f.kinds ?? ALL_FAULTS;
    return kinds[Math.floor(f.random() * kinds.length)];
  }

  private async serve(request: HostRequest, send: (reply: HostReply) => void, drop: () => void): Promise<void> {
    this.requests += 1;
    this.requestsByPath.set(request.path, (this.requestsByPath.get(request.path) ?? 0) + 1);
    this.options.observe?.(request);
    const picked = this.pickFault(request);
    await sleep(this.latencyMs);
    if (picked !== undefined && typeof picked === 'object') return send(picked);
    const fault = picked;
    if (fault) this.faultsInjected.set(fault, (this.faultsInjected.get(fault) ?? 0) + 1);
    const slowMs = this.faults?.slowMs ?? this.slowMs;
    if (fault === 'stall') return sleep(slowMs).then(() => send(this.options.faultReply('server-error')));
    if (fault === 'drop') return drop();
    if (fault === 'server-error' || fault === 'throttle') return send(this.options.faultReply(fault));
    let reply: HostReply;
    try {
      reply = await this.options.handler(request);
    } catch (error) {
      reply = { status: 500, body: { error: String(error) } };
    }
    if (fault === 'drop-after') return drop();
    if (fault === 'error-after') return send(this.options.faultReply('server-error'));
    if (fault === 'slow') await sleep(slowMs);
    send(reply);
  }
}
