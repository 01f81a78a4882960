import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  chainEvent,
  contentHash,
  revisionContent,
  sha256Hasher,
  sm3Hasher,
  verifyChainSegment,
  type Hasher,
  type UnchainedEvent,
} from '../../src/integrity/index';

const enterprise = '91350100M000100Y43';

async function buildChain(n: number, hasher: Hasher = sha256Hasher): Promise<{ lines: string[]; hashes: string[] }> {
  const lines: string[] = [];
  const hashes: string[] = [];
  let prev: string | null = null;
  for (let i = 1; i <= n; i++) {
    const id = `0190000${i}-0000-7000-8000-000000000000`;
    const record = { id, recordType: 'daily-check', schemaVersion: 1, revision: 1, status: 'draft', enterprise, note: `n${i}` };
    const content = await revisionContent(record, hasher);
    const base = { at: `2026-05-0${(i % 9) + 1}T00:00:00.000Z`, enterprise, by: 'E001', id, revision: 1 };
    const event: UnchainedEvent =
      i % 3 === 0
        ? { ...base, kind: 'status', from: 'draft', status: 'final' }
        : { ...base, kind: 'revision', recordType: 'daily-check', status: 'draft', contentHash: content.contentHash, record: content.content };
    const made = await chainEvent(event, i, prev, hasher, i % 2 ? content : undefined);
    expect(made.line).toBe(canonicalJson(made.event));
    if (made.event.kind === 'revision') expect(made.event.contentHash).toBe(await contentHash(record, hasher));
    lines.push(made.line);
    hashes.push(made.hash);
    prev = made.hash;
  }
  return { lines, hashes };
}

describe('verifyChainSegment', () => {
  it('accepts an intact chain, with SHA-256 and with SM3', async () => {
    for (const hasher of [sha256Hasher, sm3Hasher]) {
      const { lines, hashes } = await buildChain(7, hasher);
      const result = await verifyChainSegment(lines, { hasher, anchor: { seq: 1, prev: null }, head: hashes[6] });
      expect(result.issues).toEqual([]);
      expect(result.head).toEqual({ seq: 7, hash: hashes[6] });
    }
  });

  it('accepts a middle segment given its anchor, and rejects it against a wrong anchor', async () => {
    const { lines, hashes } = await buildChain(7);
    const ok = await verifyChainSegment(lines.slice(3), { hasher: sha256Hasher, anchor: { seq: 4, prev: hashes[2] as string } });
    expect(ok.ok).toBe(true);
    const bad = await verifyChainSegment(lines.slice(3), { hasher: sha256Hasher, anchor: { seq: 4, prev: hashes[1] as string } });
    expect(bad.issues.map((i) => [i.kind, i.line])).toEqual([['prev-mismatch', 1]]);
  });

  it('pinpoints a changed line: its own content hash, and the link of the next', async () => {
    const { lines } = await buildChain(7);
    lines[3] = (lines[3] as string).replace('"note":"n4"', '"note":"n9"');
    const result = await verifyChainSegment(lines, { hasher: sha256Hasher, anchor: { seq: 1, prev: null } });
    expect(result.issues.map((i) => [i.kind, i.line, i.seq])).toEqual([
      ['content-hash-mismatch', 4, 4],
      ['prev-mismatch', 5, 5],
    ]);
  });

  it('pinpoints a removed line and an inserted line', async () => {
    const { lines } = await buildChain(7);
    const removed = [...lines.slice(0, 2), ...lines.slice(3)];
    const r1 = await verifyChainSegment(removed, { hasher: sha256Hasher, anchor: { seq: 1, prev: null } });
    expect(r1.issues.map((i) => [i.kind, i.line])).toEqual([['seq-mismatch', 3], ['prev-mismatch', 3]]);
    const inserted = [...lines.slice(0, 2), lines[5] as string, ...lines.slice(2)];
    const r2 = await verifyChainSegment(inserted, { hasher: sha256Hasher, anchor: { seq: 1, prev: null } });
    expect(r2.issues[0]).toMatchObject({ kind: 'seq-mismatch', line: 3, seq: 6 });
    expect(r2.ok).toBe(false);
  });

  it('detects a removed last line only against a known head', async () => {
    const { lines, hashes } = await buildChain(5);
    const cut = lines.slice(0, 4);
    expect((await verifyChainSegment(cut, { hasher: sha256Hasher })).ok).toBe(true);
    const r = await verifyChainSegment(cut, { hasher: sha256Hasher, head: hashes[4] as string });
    expect(r.issues.map((i) => i.kind)).toEqual(['head-mismatch']);
  });

  it('reports non-canonical, non-JSON and malformed lines without throwing', async () => {
    const { lines } = await buildChain(4);
    const spaced = [...lines];
    spaced[1] = JSON.stringify(JSON.parse(lines[1] as string), null, 1).replace(/\n/g, '');
    const r1 = await verifyChainSegment(spaced, { hasher: sha256Hasher });
    expect(r1.issues.map((i) => [i.kind, i.line])).toEqual([['not-canonical', 2], ['prev-mismatch', 3]]);
    const r2 = await verifyChainSegment([lines[0] as string, '{oops', '{"v":1}'], { hasher: sha256Hasher });
    expect(r2.issues.map((i) => [i.kind, i.line])).toEqual([['not-json', 2], ['malformed', 3]]);
  });

  it('checks a signature against the content hash of its revision in the segment', async () => {
    const { lines, hashes } = await buildChain(1);
    const record = JSON.parse(lines[0] as string);
    const sig = await chainEvent(
      {
        kind: 'signature', at: '2026-05-06T00:00:00.000Z', enterprise, by: 'E001', id: record.id, revision: 1,
        signature: { slot: 0, role: 'officer', personId: 'E001', signedAt: '2026-05-06T08:00:00+08:00', contentHash: `sha256:${'0'.repeat(64)}`, method: 'paper' },
      },
      2, hashes[0] as string, sha256Hasher,
    );
    const r = await verifyChainSegment([lines[0] as string, sig.line], { hasher: sha256Hasher });
    expect(r.issues.map((i) => i.kind)).toEqual(['signature-hash-mismatch']);
  });
});
