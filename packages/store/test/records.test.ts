import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, sha256Hasher } from '@order75/core';
import { ConcurrencyError, RecordRejectedError, type RecordStore } from '../src/index';
import { backends, type Opened } from './helpers/backends';
import { appoint, dailyCheck, ENTERPRISE } from './helpers/records';

const ctx = { actor: 'P003' };
const T0 = new Date('2026-05-06T01:00:00.000Z');

describe.each(backends)('RecordStore on $name: revisions', (backend) => {
  let opened: Opened;
  let store: RecordStore;
  let clock = T0.getTime();
  beforeEach(async () => {
    clock = T0.getTime();
    opened = await backend.open({
      now: () => {
        clock += 1000;
        return new Date(clock);
      },
    });
    store = opened.store;
  });
  afterEach(async () => {
    await opened.dispose();
  });

  it('puts a new record as revision 1 with a server-side createdAt and reads it back', async () => {
    const record = { ...dailyCheck(), createdAt: '1999-01-01T00:00:00Z' };
    const put = await store.put(record, ctx);
    expect(put.revision).toBe(1);
    expect(put.createdAt).toBe('2026-05-06T01:00:01.000Z');
    const got = await store.get(record.id);
    expect(got).toEqual({ ...record, createdAt: put.createdAt });
    expect(put.contentHash).toBe(await contentHash(got as object, sha256Hasher));
    expect(record.createdAt).toBe('1999-01-01T00:00:00Z');
  });

  it('rejects an invalid record with its issues and writes nothing', async () => {
    const bad = { ...dailyCheck(), date: '2026-13-45' };
    const error = await store.put(bad, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordRejectedError);
    expect((error as RecordRejectedError).issues.map((i) => i.instancePath)).toContain('/date');
    expect(await store.get(bad.id)).toBeUndefined();
    expect((await store.verifyChain()).chains).toEqual([]);
    expect(await opened.raw('SELECT * FROM o75_events')).toEqual([]);
  });

  it('requires revision n+1 with supersedes, and corrects into a new revision', async () => {
    const r1 = dailyCheck();
    await store.put(r1, ctx);
    const skip = await store.put({ ...r1, revision: 3, supersedes: { revision: 2, reason: 'x' } }, ctx).catch((e: unknown) => e);
    expect(skip).toBeInstanceOf(RecordRejectedError);
    const noSupersedes = await store.put({ ...r1, revision: 2 }, ctx).catch((e: unknown) => e);
    expect((noSupersedes as RecordRejectedError).issues.some((i) => i.instancePath === '' || i.instancePath.includes('supersedes'))).toBe(true);

    const corrected = await store.correct(r1.id, { site: 'changle' }, '厂区填错', ctx);
    expect(corrected.revision).toBe(2);
    const latest = await store.get(r1.id);
    expect(latest).toMatchObject({ revision: 2, site: 'changle', supersedes: { revision: 1, reason: '厂区填错' } });
    expect(await store.get(r1.id, 1)).toMatchObject({ revision: 1, site: 'mawei' });
    expect((await store.history(r1.id)).map((r) => r.revision)).toEqual([1, 2]);
    const audit = await store.audit(r1.id);
    expect(audit.map((a) => [a.action, a.revision, a.actor])).toEqual([['create', 1, 'P003'], ['correct', 2, 'P003']]);
    expect(audit[1]?.reason).toBe('厂区填错');
    expect(audit[1]?.changes).toEqual([{ path: '/site', from: 'mawei', to: 'changle' }]);
  });

  it('never lets two writers silently overwrite each other', async () => {
    const r1 = dailyCheck();
    await store.put(r1, ctx);
    const other = await opened.reopen();
    const results = await Promise.allSettled([
      store.correct(r1.id, { site: 'a1' }, 'writer A', { actor: 'A', expectedRevision: 1 }),
      other.correct(r1.id, { site: 'b1' }, 'writer B', { actor: 'B', expectedRevision: 1 }),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.reason).toBeInstanceOf(ConcurrencyError);
    expect((await store.history(r1.id)).map((r) => r.revision)).toEqual([1, 2]);
    // A stale writer (saw revision 1, latest is 2) is refused too.
    await expect(store.put({ ...r1, revision: 2, supersedes: { revision: 1, reason: 'stale' } }, ctx)).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(store.correct(r1.id, { site: 'c' }, 'stale', { actor: 'C', expectedRevision: 1 })).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await store.verifyChain()).ok).toBe(true);
  });

  it('queries latest revisions by type, record date, site, author and status', async () => {
    const a = dailyCheck({ date: '2026-05-01', site: 'mawei' });
    const b = dailyCheck({ date: '2026-05-10', site: 'changle', createdBy: { personId: 'P009', name: '李' } });
    const c = dailyCheck({ date: '2026-06-01', site: 'mawei' });
    const p = appoint('P003', '王磊', 'officer', '2026-01-01');
    for (const r of [a, b, c, p]) await store.put(r, ctx);
    await store.correct(a.id, { site: 'mawei', remarks: '补充' }, '补充备注', ctx);
    await store.finalize(c.id, 1, ctx);
    const ids = (rs: { id: string }[]) => rs.map((r) => r.id).sort();
    expect(ids(await store.query({ type: 'daily-check', from: '2026-05-01', to: '2026-05-31' }))).toEqual([a.id, b.id].sort());
    expect(ids(await store.query({ type: 'daily-check', site: 'mawei' }))).toEqual([a.id, c.id].sort());
    expect(ids(await store.query({ author: 'P009' }))).toEqual([b.id]);
    expect(ids(await store.query({ type: 'daily-check', status: 'final' }))).toEqual([c.id]);
    expect((await store.query({ type: 'daily-check', from: '2026-05-01', to: '2026-05-01' }))[0]).toMatchObject({ revision: 2, remarks: '补充' });
    expect(await store.query({ type: 'daily-check', allRevisions: true, from: '2026-05-01', to: '2026-05-01' })).toHaveLength(2);
    expect(ids(await store.query({ enterprise: ENTERPRISE, type: ['personnel-change'] }))).toEqual([p.id]);
    // personnel-change is dated by createdAt (an instant), taken as the China local date.
    expect(ids(await store.query({ type: 'personnel-change', from: '2026-05-06', to: '2026-05-06' }))).toEqual([p.id]);
  });

  it('keeps the content hash across finalize, and finalize is a status event', async () => {
    const r = dailyCheck();
    const put = await store.put(r, ctx);
    await store.finalize(r.id, 1, { actor: 'P003' });
    const got = await store.get(r.id);
    expect(got?.status).toBe('final');
    expect(await contentHash(got as object, sha256Hasher)).toBe(put.contentHash);
    await expect(store.finalize(r.id, 1, ctx)).rejects.toThrow(/already final/);
    const segment = await store.chainSegment(ENTERPRISE);
    expect(segment.lines.map((l) => JSON.parse(l).kind)).toEqual(['revision', 'status']);
  });

  it('bulk puts in one transaction: one bad record writes none', async () => {
    const good = [dailyCheck(), dailyCheck(), dailyCheck()];
    const bad = { ...dailyCheck(), site: '' };
    await expect(store.putMany([...good, bad], ctx)).rejects.toBeInstanceOf(RecordRejectedError);
    expect(await store.query()).toEqual([]);
    const progress: number[] = [];
    const results = await store.putMany(good, { ...ctx, onProgress: (done) => progress.push(done) });
    expect(results.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(progress).toEqual([1, 2, 3]);
  });

  it('keeps an imported createdAt when asked', async () => {
    const r = { ...dailyCheck(), createdAt: '2026-05-06T10:00:00+08:00' };
    const put = await store.put(r, { ...ctx, keepCreatedAt: true });
    expect(put.createdAt).toBe('2026-05-06T10:00:00+08:00');
  });
});
