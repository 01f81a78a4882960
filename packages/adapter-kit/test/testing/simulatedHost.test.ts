import { afterEach, describe, expect, it } from 'vitest';
import { seededRandom, SimulatedHost, SimulatedPlatform, SlidingWindow, type FaultKind, type HostRequest, type SimulatedPlatformOptions } from '../../src/testing/index';

let host: SimulatedHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

/** A host whose handler records what it committed and answers `{ n }`. */
async function start() {
  const committed: string[] = [];
  host = await new SimulatedHost({
    latencyMs: 0,
    handler: (r: HostRequest) => {
      committed.push(`${r.method} ${r.path} ${r.body.toString('utf8')}`);
      return { status: 200, body: { n: committed.length } };
    },
    faultReply: (kind) => (kind === 'throttle' ? { status: 429, headers: { 'retry-after': '1' }, body: { code: 'slow down' } } : { status: 502, body: '<html>502</html>' }),
  }).start();
  return { host, committed };
}

const post = (url: string, path: string, body = '{}') => fetch(`${url}${path}`, { method: 'POST', body });

describe('SimulatedHost', () => {
  it('answers through the handler, sends objects as JSON and counts requests by path', async () => {
    const { host, committed } = await start();
    const res = await post(host.url, '/api/write?x=1', '{"a":1}');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toEqual({ n: 1 });
    await post(host.url, '/api/read');
    expect(committed).toEqual(['POST /api/write {"a":1}', 'POST /api/read {}']);
    expect(host.requests).toBe(2);
    expect(host.count('/write')).toBe(1);
    host.resetCounts();
    expect(host.requests).toBe(0);
    expect(host.count('/write')).toBe(0);
  });

  it('fails the next matching requests with each fault kind, committing only where the kind says so', async () => {
    const { host, committed } = await start();
    host.slowMs = 50;
    const cases: [FaultKind, 'reply' | 'dropped', number | undefined, boolean][] = [
      ['drop', 'dropped', undefined, false],
      ['drop-after', 'dropped', undefined, true],
      ['server-error', 'reply', 502, false],
      ['error-after', 'reply', 502, true],
      ['throttle', 'reply', 429, false],
      ['slow', 'reply', 200, true],
      ['stall', 'reply', 502, false],
    ];
    for (const [kind, outcome, status, commits] of cases) {
      const before = committed.length;
      host.failNext(kind, 1, (r) => r.path === '/w');
      expect((await post(host.url, '/r')).status, `${kind}: an unmatched request passes`).toBe(200);
      const res = await post(host.url, '/w').catch(() => 'dropped' as const);
      if (outcome === 'dropped') expect(res, kind).toBe('dropped');
      else expect(res === 'dropped' ? 0 : res.status, kind).toBe(status);
      expect(committed.length - before, `${kind}: committed writes`).toBe(commits ? 2 : 1);
      expect(host.faultsInjected.get(kind), kind).toBe(1);
    }
  });

  it('sends a given reply instead of processing, and clearFaults drops what is pending', async () => {
    const { host, committed } = await start();
    host.failNext({ status: 400, body: { code: 8304 } }, 2);
    const res = await post(host.url, '/x');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 8304 });
    expect(committed).toEqual([]);
    host.clearFaults();
    expect((await post(host.url, '/x')).status).toBe(200);
  });

  it('draws random faults from seeded dice, so a run can be replayed', async () => {
    const run = async () => {
      const { host } = await start();
      host.setFaults({ rate: 0.5, seed: 7, kinds: ['server-error', 'throttle'] });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await post(host.url, '/x')).status);
      host.setFaults(undefined);
      expect((await post(host.url, '/x')).status).toBe(200);
      await host.close();
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first.filter((s) => s !== 200).length).toBeGreaterThan(3);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(3);
    expect(new Set(first.filter((s) => s !== 200))).toEqual(new Set([502, 429]));
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds, within [0, 1)', () => {
    const a = Array.from({ length: 5 }, seededRandom(75));
    expect(Array.from({ length: 5 }, seededRandom(75))).toEqual(a);
    expect(Array.from({ length: 5 }, seededRandom(76))).not.toEqual(a);
    for (const x of a) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('SlidingWindow', () => {
  it('lets `limit` hits through per key in any window and frees a slot once the oldest hit leaves it', () => {
    let t = 0;
    const w = new SlidingWindow(1_000, () => t);
    expect(w.hit('a', 2)).toBe(true);
    t = 500;
    expect([w.hit('a', 2), w.hit('a', 2), w.hit('b', 2)]).toEqual([true, false, true]);
    t = 999;
    expect(w.hit('a', 2)).toBe(false);
    t = 1_000;
    expect(w.hit('a', 2)).toBe(true);
    expect(w.hit('a', 2)).toBe(false);
  });
});

/** A platform whose wire contract is: answer the server clock. */
class ClockServer extends SimulatedPlatform {
  constructor(options: SimulatedPlatformOptions & { label?: string } = {}) {
    super(options, () => ({ status: 503 }));
  }

  protected handle(): { status: number; body: unknown } {
    return { status: 200, body: { now: this.now() } };
  }
}

describe('SimulatedPlatform', () => {
  it('starts a server of the calling class that answers through its handle, on a clock tests can move', async () => {
    const seen: string[] = [];
    const server = await ClockServer.start({ latencyMs: 0, now: () => 1_000, observe: (r) => void seen.push(r.path), label: 'x' });
    try {
      expect(server).toBeInstanceOf(ClockServer);
      expect(await (await fetch(`${server.host.url}/t`)).json()).toEqual({ now: 1_000 });
      server.advanceClock(500);
      expect(await (await fetch(`${server.host.url}/t`)).json()).toEqual({ now: 1_500 });
      server.host.failNext('throttle');
      expect((await fetch(`${server.host.url}/t`)).status).toBe(503);
      expect(seen).toEqual(['/t', '/t', '/t']);
    } finally {
      await server.close();
    }
  });
});
