import { afterEach, describe, expect, it } from 'vitest';
import { hostFault, SimulatedHost, simulatedFaultControl, writeCounter, type HostRequest } from '../../src/testing/index';

const platform = {
  statusReply: (status: number) => (status === 429 ? { status, headers: { 'x-limit': '5' }, body: { code: 429 } } : { status, body: 'down' }),
  transientReply: { status: 200, body: { code: 'busy' } },
};

describe('hostFault', () => {
  it('maps each of the suite’s faults onto the host’s, adding Retry-After to the platform’s own answer', () => {
    expect(hostFault({ kind: 'status', status: 429, retryAfter: '0' }, platform)).toEqual({ status: 429, headers: { 'x-limit': '5', 'retry-after': '0' }, body: { code: 429 } });
    expect(hostFault({ kind: 'status', status: 503 }, platform)).toEqual({ status: 503, body: 'down' });
    expect(hostFault({ kind: 'timeout', afterApply: true }, platform)).toBe('slow');
    expect(hostFault({ kind: 'timeout' }, platform)).toBe('stall');
    expect(hostFault({ kind: 'network' }, platform)).toBe('drop');
    expect(hostFault({ kind: 'transient' }, platform)).toEqual(platform.transientReply);
  });
});

describe('simulatedFaultControl', () => {
  let host: SimulatedHost | undefined;
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  it('counts writes and their sizes, aims injected faults at writes only, fills the rejected set and resets', async () => {
    const isWrite = (r: HostRequest) => r.path === '/write';
    const writes = writeCounter(isWrite, (body) => (body.rows as unknown[] | undefined)?.length ?? 1);
    const stored = ['a', 'b'];
    host = await new SimulatedHost({ latencyMs: 0, handler: () => ({ status: 200, body: { ok: true } }), faultReply: () => ({ status: 500 }), observe: writes.observe }).start();
    const rejected = new Set<string>(['old']);
    const control = simulatedFaultControl({ host, isWrite, writes, ...platform, rejected, hostRecordIds: () => stored });
    const post = (path: string, body: unknown) => fetch(`${host!.url}${path}`, { method: 'POST', body: JSON.stringify(body) });

    await control.inject({ kind: 'transient' }, 2);
    expect((await (await post('/read', {})).json())).toEqual({ ok: true });
    expect(await (await post('/write', { rows: [1, 2, 3] })).json()).toEqual({ code: 'busy' });
    expect(await (await post('/write', {})).json()).toEqual({ code: 'busy' });
    expect(await (await post('/write', { rows: [1] })).json()).toEqual({ ok: true });
    expect([control.writeRequests(), control.maxRecordsPerWrite()]).toEqual([3, 3]);

    await control.reject(['x', 'y']);
    expect([...rejected]).toEqual(['x', 'y']);
    expect(await control.hostRecordIds()).toEqual(['a', 'b']);

    await control.inject({ kind: 'status', status: 503 });
    await control.reset();
    expect([control.writeRequests(), control.maxRecordsPerWrite()]).toEqual([0, 0]);
    expect((await post('/write', {})).status).toBe(200);
  });
});
