import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordStore } from '@order75/store';
import { buildArchive } from '../../src/build/buildArchive';
import { collectArchive } from '../../src/build/collectArchive';
import { ArchiveBuildError, ArchiveImportError } from '../../src/build/errors';
import { importArchive } from '../../src/import/importArchive';
import { nodeSha256Hasher } from '../../src/node/nodeSha256Hasher';
import { verifyArchive } from '../../src/verify/verifyArchive';
import { editLines, entriesOf, rezip } from '../fixtures/rezip';
import { backends, ENTERPRISE, type History, SCAN, writeHistory } from '../fixtures/storeFixture';
import { renameEntry, zipOf } from '../zip/zipCraft';

const MAY = { enterprise: ENTERPRISE, from: '2024-05-01', to: '2024-05-31' };
const attachments = async (hash: string) => (hash === history.scanHash ? SCAN : undefined);
let history: History;

/** What a store holds, to prove an import changed nothing. */
async function snapshot(store: RecordStore) {
  const chain = await store.chainSegment(ENTERPRISE);
  return { lines: chain.lines.length, records: (await store.query({ allRevisions: true })).length };
}

describe.each(backends)('archive build and import on $name', (backend) => {
  let origin: Awaited<ReturnType<typeof backend.open>>;
  let archive: Uint8Array;
  beforeAll(async () => {
    origin = await backend.open();
    history = await writeHistory(origin.store);
    archive = await buildArchive(origin.store, { ...MAY, attachments });
  }, 120_000);
  afterAll(async () => {
    await origin?.dispose();
  });

  it('builds a May archive that verifies, with the contiguous segment of the May records and their anchor', async () => {
    const report = await verifyArchive(archive, { hasher: nodeSha256Hasher });
    expect(report.issues).toEqual([]);
    expect(report.counts).toEqual({ 'daily-check': 31, 'weekly-report': 1 });
    expect(report.records).toHaveLength(33);
    // The segment runs on to the correction and the weekly report written after the June checks: 34 officer
    // key signatures (May 1 – June 3) and the director's paper signature.
    expect(report.stats).toMatchObject({ signatures: 35, validSignatures: 35, attachments: 1, people: 0 });
    const full = await origin.store.chainSegment(ENTERPRISE);
    const firstMay = full.lines.findIndex((l) => l.includes(`"id":"${history.checks.get('2024-05-01')}"`));
    expect(report.chain?.fromSeq).toBe(firstMay + 1);
    expect(report.chain?.toSeq).toBe(full.lines.length);
    const before = await origin.store.chainSegment(ENTERPRISE, { fromSeq: firstMay + 1 });
    expect(report.chain?.anchorPrev).toBe(before.anchor.prev);
    expect(entriesOf(archive).has('people.jsonl')).toBe(false);
  });

  it('names the attachment the store could not supply, and adds people only on request', async () => {
    const without = await verifyArchive(await buildArchive(origin.store, MAY), { hasher: nodeSha256Hasher });
    expect(without.ok).toBe(true);
    expect(without.issues.map((i) => [i.code, i.hash])).toEqual([['attachment.not-included', history.scanHash]]);
    const withPeople = await buildArchive(origin.store, { ...MAY, attachments, includePeople: true });
    expect((await verifyArchive(withPeople)).ok).toBe(true);
    const people = new TextDecoder().decode(entriesOf(withPeople).get('people.jsonl')).trim().split('\n').map((l) => JSON.parse(l));
    expect(people).toEqual([
      { personId: 'P002', displayName: '李娜' },
      { personId: 'P003', displayName: '王磊', idNumber: '11010519491231002X', phone: '13800138000' },
    ]);
  });

  it('refuses an empty period, a bad USCC and an inverted period', async () => {
    await expect(buildArchive(origin.store, { ...MAY, from: '2025-01-01', to: '2025-01-31' })).rejects.toBeInstanceOf(ArchiveBuildError);
    await expect(buildArchive(origin.store, { ...MAY, enterprise: '91350100M000100Y44' })).rejects.toThrow(/USCC/);
    await expect(buildArchive(origin.store, { ...MAY, from: '2024-06-01' })).rejects.toThrow(/period/);
  });

  it('imports into another store in one go, then skips everything on a second import', async () => {
    const target = await backend.open();
    try {
      const result = await importArchive(archive, target.store);
      const segment = await collectArchive(origin.store, MAY);
      const revisions = segment.events.filter((e) => e.kind === 'revision').length;
      expect(result.imported).toHaveLength(revisions);
      expect(result.skipped).toEqual([]);
      expect(result.origin).toMatchObject({ enterprise: ENTERPRISE, head: { hash: segment.headHash } });
      expect(result.keys.map((k) => k.personId)).toEqual(['P003']);
      const id = history.checks.get('2024-05-02') as string;
      expect(await target.store.get(id, 2)).toEqual(await origin.store.get(id, 2));
      expect(await target.store.get(history.weeklyId)).toEqual(await origin.store.get(history.weeklyId));
      expect((await target.store.verifyChain()).ok).toBe(true);
      const events = (await target.store.chainSegment(ENTERPRISE)).lines.map((l) => JSON.parse(l) as { by: string });
      expect(new Set(events.map((e) => e.by))).toEqual(new Set([`import:${segment.headHash}`]));
      const before = await snapshot(target.store);
      const again = await importArchive(archive, target.store);
      expect(again.imported).toEqual([]);
      expect(again.skipped).toHaveLength(revisions);
      expect(await snapshot(target.store)).toEqual(before);
    } finally {
      await target.dispose();
    }
  });

  it('leaves the store unchanged when the archive is hostile, tampered, conflicting, or the write fails midway', async () => {
    const target = await backend.open();
    try {
      const empty = await snapshot(target.store);
      const hostile: Array<[string, Uint8Array]> = [
        ['traversal', renameEntry(zipOf({ 'manifest.json': '{}', 'xxxxxxxxxxxxx': 'x' }), 'xxxxxxxxxxxxx', '../../etc/pwd')],
        ['absolute path', renameEntry(zipOf({ 'manifest.json': '{}', 'xxxxxxxx': 'x' }), 'xxxxxxxx', '/etc/pwd')],
        ['backslash', renameEntry(zipOf({ 'manifest.json': '{}', 'xxxxxx': 'x' }), 'xxxxxx', 'a\\..\\b')],
        ['duplicate entry', rezip(archive, (f) => f.set('records.jsonX', f.get('records.jsonl') as Uint8Array)).map((b) => b)],
        ['zip bomb', rezip(archive, (f) => f.set('records.jsonl', new Uint8Array(8 * 1024 * 1024)))],
        ['malformed JSON', editLines(archive, (l) => { l[3] = `${l[3]}}`; })],
        ['tampered line', editLines(archive, (l) => {
          const at = l.findIndex((line) => line.includes('"site":"mawei"'));
          l[at] = (l[at] as string).replace('"site":"mawei"', '"site":"other"');
        })],
      ];
      hostile[3] = ['duplicate entry', renameEntry(hostile[3]?.[1] as Uint8Array, 'records.jsonX', 'records.jsonl')];
      for (const [what, bytes] of hostile) {
        const error = await importArchive(bytes, target.store).catch((e: unknown) => e);
        expect(error, what).toBeInstanceOf(ArchiveImportError);
        expect((error as ArchiveImportError).issues.length, what).toBeGreaterThan(0);
        expect(await snapshot(target.store), what).toEqual(empty);
      }
      const midway = await importArchive(archive, target.store, { onProgress: (done) => { if (done === 5) throw new Error('disk full'); } }).catch((e: unknown) => e);
      expect(midway).toBeInstanceOf(ArchiveImportError);
      expect(await snapshot(target.store)).toEqual(empty);

      const id = history.checks.get('2024-05-07') as string;
      const other = { ...(await origin.store.get(id, 1)), status: 'draft', remarks: '另一个版本' } as Record<string, unknown>;
      delete other.signatures;
      await target.store.put(other as never, { actor: 'P003', keepCreatedAt: true });
      const withConflict = await snapshot(target.store);
      const conflict = await importArchive(archive, target.store).catch((e: unknown) => e);
      expect(conflict).toBeInstanceOf(ArchiveImportError);
      expect((conflict as ArchiveImportError).issues.map((i) => [i.code, i.recordId])).toEqual([['import.conflict', id]]);
      expect(await snapshot(target.store)).toEqual(withConflict);
    } finally {
      await target.dispose();
    }
  });
});
