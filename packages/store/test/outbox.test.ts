import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordStore } from '../src/index';
import { backends, type Opened } from './helpers/backends';
import { appoint, dailyCheck, paperSignature } from './helpers/records';

const ctx = { actor: 'P001' };

describe.each(backends)('RecordStore on $name: outbox', (backend) => {
  let opened: Opened;
  let store: RecordStore;
  let clock = Date.parse('2026-05-06T00:00:00Z');
  beforeEach(async () => {
    opened = await backend.open({ now: () => new Date(clock) });
    store = opened.store;
  });
  afterEach(async () => {
    await opened.dispose();
  });

  it('delivers each revision under id#revision, per adapter, at least once', async () => {
    const a = dailyCheck();
    const b = dailyCheck();
    await store.putMany([a, b], ctx);
    const first = await store.outbox.claim('feishu', { limit: 10, leaseMs: 1000 });
    expect(first.items.map((i) => i.key)).toEqual([`${a.id}#1`, `${b.id}#1`]);
    expect(first.items[0]?.record).toMatchObject({ id: a.id, revision: 1 });
    // Leased items are not handed out again while the lease runs; another adapter has its own cursor.
    expect((await store.outbox.claim('feishu')).items).toEqual([]);
    expect((await store.outbox.claim('kingdee')).items).toHaveLength(2);
    // Only a is acked; after the lease, b comes back (at-least-once), a does not.
    await store.outbox.ack('feishu', [first.items[0]?.position as number]);
    expect(await store.outbox.cursor('feishu')).toBe(first.items[0]?.position);
    clock += 5000;
    const again = await store.outbox.claim('feishu');
    expect(again.items.map((i) => i.key)).toEqual([`${b.id}#1`]);
    await store.outbox.ack('feishu', again.items.map((i) => i.position));
    expect(await store.outbox.cursor('feishu')).toBe(again.items[0]?.position);
    expect((await store.outbox.claim('feishu')).items).toEqual([]);
  });

  it('hands a revision out again after a signature, status change or correction', async () => {
    await store.put(appoint('P003', '王磊', 'officer', '2026-01-01'), ctx);
    const r = dailyCheck();
    const put = await store.put(r, ctx);
    const drain = async () => {
      const c = await store.outbox.claim('sql');
      await store.outbox.ack('sql', c.items.map((i) => i.position));
      return c.items.map((i) => [i.key, i.record.status, i.record.signatures?.length ?? 0]);
    };
    expect(await drain()).toHaveLength(2);
    await store.finalize(r.id, 1, ctx);
    expect(await drain()).toEqual([[`${r.id}#1`, 'final', 0]]);
    await store.sign(r.id, 1, paperSignature(put.contentHash, 'P003', 'officer', '2026-05-06T18:00:00+08:00'), ctx);
    expect(await drain()).toEqual([[`${r.id}#1`, 'final', 1]]);
    await store.correct(r.id, { remarks: 'x' }, 'y', ctx);
    expect(await drain()).toEqual([[`${r.id}#2`, 'final', 0]]);
    expect(await drain()).toEqual([]);
  });

  it('writes nothing to the outbox when the write fails', async () => {
    await expect(store.put({ ...dailyCheck(), site: '' }, ctx)).rejects.toThrow();
    expect((await store.outbox.claim('x')).items).toEqual([]);
  });
});
