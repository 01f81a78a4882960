/**
 * The base of every platform test server (`JiandaoyunServer`, `FeishuServer`, `KingdeeServer`): a
 * {@link SimulatedHost} answering through the platform's `handle`, a server clock tests can move forward (token,
 * session and transaction expiry), and `start`/`close`. A platform server adds its wire contract and its state.
 */
import { SimulatedHost, type HostReply, type HostRequest, type SimulatedHostOptions } from './simulatedHost';

/** Options every platform server takes. */
export interface SimulatedPlatformOptions {
  /** Simulated round trip, ms. Default 20. */
  latencyMs?: number;
  /** Server clock, ms since the epoch. Default `Date.now`. */
  now?: () => number;
  /** Sees every request on arrival (for counting writes and their sizes). */
  observe?: (request: HostRequest) => void;
}

export abstract class SimulatedPlatform {
  /** The HTTP side: URL, request counts, fault injection. */
  readonly host: SimulatedHost;
  private readonly clock: () => number;
  private clockOffset = 0;

  /** `faultReply` is the platform's own shape of a 5xx and a 429 answer. */
  protected constructor(options: SimulatedPlatformOptions, faultReply: SimulatedHostOptions['faultReply']) {
    this.clock = options.now ?? Date.now;
    this.host = new SimulatedHost({ latencyMs: options.latencyMs, observe: options.observe, faultReply, handler: (r) => this.handle(r) });
  }

  /** Makes a server of the calling class and starts listening. */
  static async start<T extends SimulatedPlatform, O>(this: new (options?: O) => T, options?: O): Promise<T> {
    const server = new this(options);
    await server.host.start();
    return server;
  }

  /** Answers one request by the platform's wire contract. */
  protected abstract handle(request: HostRequest): HostReply | Promise<HostReply>;

  close(): Promise<void> {
    return this.host.close();
  }

  /** The server clock, ms since the epoch. */
  now(): number {
    return this.clock() + this.clockOffset;
  }

  /** Moves the server clock forward (expiry of tokens, sessions, transactions). */
  advanceClock(ms: number): void {
    this.clockOffset += ms;
  }
}
