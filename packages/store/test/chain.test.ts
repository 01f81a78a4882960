import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hasher, verifyChainSegment } from '@order75/core';
import type { RecordStore } from '../src/index';
import { backends, type Opened } from './helpers/backends';
import { appoint, dailyCheck, ENTERPRISE, paperSignature } from './helpers/records';

const ctx = { actor: 'P001' };

describe.each(backends)('RecordStore on $name: hash chain', (backend) => {
  let opened: Opened;
  let store: RecordStore;
  let ids: string[];
  beforeEach(async () => {
    opened = await backend.open();
    store = opened.store;
    // seq 1 appointment, 2..4 daily checks, 5 finalize, 6 signature, 7 correction
    const checks = [dailyCheck({ date: '2026-05-04' }), dailyCheck({ date: '2026-05-05' }), dailyCheck({ date: '2026-05-06' })];
    ids = checks.map((c) => c.id);
    await store.put(appoint('P003', '王磊', 'officer', '2026-01-01'), ctx);
    const puts = await store.putMany(checks, ctx);
    await store.finalize(ids[0] as string, 1, ctx);
    await store.sign(ids[0] as string, 1, paperSignature(puts[0]?.contentHash as string, 'P003', 'officer', '2026-05-04T18:00:00+08:00'), ctx);
    await store.correct(ids[1] as string, { remarks: '更正' }, '补充备注', ctx);
  });
  afterEach(async () => {
    await opened.dispose();
  });

  it('verifies an untouched store and exports a segment that verifies without the store', async () => {
    const v = await store.verifyChain();
    expect(v.issues).toEqual([]);
    expect(v.chains).toEqual([{ enterprise: ENTERPRISE, count: 7, head: expect.objectContaining({ seq: 7 }) }]);
    const seg = await store.chainSegment(ENTERPRISE, { fromSeq: 3, toSeq: 6 });
    expect(seg.anchor.seq).toBe(3);
    expect(seg.lines.map((l) => JSON.parse(l).kind)).toEqual(['revision', 'revision', 'status', 'signature']);
    const alone = await verifyChainSegment(seg.lines, { hasher: sha256Hasher, anchor: seg.anchor, ...(seg.head ? { head: seg.head.hash } : {}) });
    expect(alone.issues).toEqual([]);
  });

  it('pinpoints an event line changed in the database', async () => {
    await opened.raw("UPDATE o75_events SET line = REPLACE(line, '第 1 项正常', '第 1 项异常') WHERE seq = 3");
    const v = await store.verifyChain();
    expect(v.ok).toBe(false);
    expect(v.issues).toEqual(expect.arrayContaining([
      expect.objectContaining({ table: 'o75_events', kind: 'hash-column-mismatch', seq: 3 }),
      expect.objectContaining({ table: 'o75_events', kind: 'content-hash-mismatch', seq: 3 }),
      expect.objectContaining({ table: 'o75_events', kind: 'prev-mismatch', seq: 4 }),
      expect.objectContaining({ table: 'o75_records', kind: 'row-changed', key: `${ids[1]}#1` }),
    ]));
  });

  it('pinpoints a change that also rewrote the stored hash, through the next link', async () => {
    const [row] = await opened.raw('SELECT line FROM o75_events WHERE seq = 7');
    const line = String(row?.line).replace('"by":"P001"', '"by":"P666"');
    const { createHash } = await import('node:crypto');
    const hash = `sha256:${createHash('sha256').update(line).digest('hex')}`;
    await opened.raw('UPDATE o75_events SET line = ?, hash = ? WHERE seq = 7', [line, hash]);
    await opened.raw('UPDATE o75_chain_head SET hash = ?', [hash]);
    const mid = await opened.raw('SELECT line FROM o75_events WHERE seq = 2');
    const midLine = String(mid[0]?.line).replace('"by":"P001"', '"by":"P667"');
    await opened.raw('UPDATE o75_events SET line = ?, hash = ? WHERE seq = 2', [midLine, `sha256:${createHash('sha256').update(midLine).digest('hex')}`]);
    const v = await store.verifyChain();
    // The last event, rewritten with its hash and the head, is only caught by an anchor kept elsewhere.
    expect(v.issues).toEqual([expect.objectContaining({ table: 'o75_events', kind: 'prev-mismatch', seq: 3 })]);
  });

  it('pinpoints a deleted event and the record row it leaves behind', async () => {
    await opened.raw('DELETE FROM o75_events WHERE seq = 4');
    const v = await store.verifyChain();
    expect(v.issues).toEqual(expect.arrayContaining([
      expect.objectContaining({ table: 'o75_events', kind: 'seq-mismatch', seq: 5 }),
      expect.objectContaining({ table: 'o75_events', kind: 'prev-mismatch', seq: 5 }),
      expect.objectContaining({ table: 'o75_records', kind: 'row-inserted', key: `${ids[2]}#1` }),
    ]));
  });

  it('pinpoints an event appended behind the store’s back', async () => {
    const [row] = await opened.raw('SELECT line, hash FROM o75_events WHERE seq = 7');
    const forged = String(row?.line).replace('"seq":7', '"seq":8').replace(/"prev":"[^"]+"/, `"prev":"${String(row?.hash)}"`);
    await opened.raw("INSERT INTO o75_events (enterprise, seq, kind, id, revision, at, hash, line) VALUES (?, 8, 'revision', 'x', 1, 'x', 'x', ?)", [ENTERPRISE, forged]);
    const v = await store.verifyChain();
    expect(v.issues).toEqual(expect.arrayContaining([
      expect.objectContaining({ table: 'o75_events', kind: 'head-mismatch' }),
      expect.objectContaining({ table: 'o75_events', kind: 'hash-column-mismatch', seq: 8 }),
    ]));
  });

  it.each([
    ['a record body', "UPDATE o75_records SET body = REPLACE(body, 'mawei', 'changle') WHERE revision = 1 AND record_type = 'daily-check' AND record_date = '2026-05-06'", 'o75_records', 'row-changed'],
    ['a record status', "UPDATE o75_records SET status = 'final' WHERE record_date = '2026-05-06'", 'o75_records', 'row-changed'],
    ['a deleted record row', "DELETE FROM o75_records WHERE record_date = '2026-05-06'", 'o75_records', 'row-missing'],
    ['a deleted signature', 'DELETE FROM o75_signatures', 'o75_signatures', 'row-missing'],
    ['a changed signature', "UPDATE o75_signatures SET body = REPLACE(body, 'P003', 'P001')", 'o75_signatures', 'row-changed'],
  ])('pinpoints %s changed directly in the tables', async (_what, sql, table, kind) => {
    await opened.raw(sql);
    const v = await store.verifyChain();
    expect(v.ok).toBe(false);
    expect(v.issues).toEqual([expect.objectContaining({ table, kind })]);
  });

  it('pinpoints a record row inserted without an event', async () => {
    await opened.raw(
      `INSERT INTO o75_records (id, revision, enterprise, record_type, record_date, site, author, status, content_hash, created_at, is_latest, event_seq, body)
       SELECT id, 9, enterprise, record_type, record_date, site, author, status, content_hash, created_at, 0, event_seq, body FROM o75_records WHERE record_date = '2026-05-06'`,
    );
    const v = await store.verifyChain();
    expect(v.issues).toEqual([expect.objectContaining({ table: 'o75_records', kind: 'row-inserted', key: `${ids[2]}#9` })]);
  });
});
