import { canonicalJson, sm3Hasher } from '@order75/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeSha256Hasher } from '../../src/node/nodeSha256Hasher';
import type { VerifyReport } from '../../src/report/report';
import { verifyArchive } from '../../src/verify/verifyArchive';
import { chainFixture, type Fixture, USCC } from '../fixtures/chainFixture';
import { editLines, editManifest, rezip } from '../fixtures/rezip';

const verify = (bytes: Uint8Array) => verifyArchive(bytes, { hasher: nodeSha256Hasher });
const errors = (r: VerifyReport) => r.issues.filter((i) => i.severity === 'error');
const codes = (r: VerifyReport) => errors(r).map((i) => i.code);

let fx: Fixture;
let intact: Uint8Array;
beforeAll(async () => {
  fx = await chainFixture();
  intact = await fx.pack();
});

describe('verifyArchive on an intact archive', () => {
  it('says intact and lists the records of the period by type and date', async () => {
    const report = await verify(intact);
    expect(report.issues).toEqual([]);
    expect(report).toMatchObject({ ok: true, intact: true, enterprise: { uscc: USCC }, period: { from: '2024-05-01', to: '2024-05-31' }, hashAlgorithm: 'sha256' });
    expect(report.counts).toEqual({ 'daily-check': 4, 'weekly-report': 1 });
    expect(report.records.map((r) => [r.recordType, r.recordDate, r.revision, r.status])).toEqual([
      ['daily-check', '2024-05-01', 1, 'final'],
      ['daily-check', '2024-05-01', 2, 'final'],
      ['daily-check', '2024-05-02', 1, 'final'],
      ['daily-check', '2024-05-03', 1, 'final'],
      ['daily-check', '2024-05-04', 1, 'final'],
      ['weekly-report', '2024-05-03', 1, 'final'],
    ]);
    expect(report.stats).toMatchObject({ events: fx.lines.length, signatures: 8, validSignatures: 8, attachments: 1 });
    expect(report.chain).toEqual({ fromSeq: 1, toSeq: fx.lines.length, head: fx.hashes[fx.hashes.length - 1], anchorPrev: null });
  });

  it('verifies with WebCrypto SHA-256 (the browser path) exactly as with node:crypto', async () => {
    const report = await verifyArchive(intact);
    expect(report.ok).toBe(true);
  });

  it('verifies an SM3 chain, with people on request', async () => {
    const sm3 = await chainFixture({ hasher: sm3Hasher, withPeople: true });
    const report = await verifyArchive(await sm3.pack());
    expect(report.issues).toEqual([]);
    expect(report).toMatchObject({ ok: true, hashAlgorithm: 'sm3', stats: { people: 2 } });
  });

  it('accepts an attachment the store did not have, with a note, when the manifest declares it', async () => {
    const missing = await chainFixture({ photoMissing: true });
    const report = await verify(await missing.pack());
    expect(report.ok).toBe(true);
    expect(report.issues.map((i) => [i.severity, i.code, i.hash])).toEqual([['warning', 'attachment.not-included', missing.photo.hash]]);
  });
});

describe('verifyArchive names what failed', () => {
  it('a changed line: hash mismatch at that line, and the content hash of its record', async () => {
    const at = fx.events.findIndex((e, i) => i > 0 && e.kind === 'revision');
    const report = await verify(editLines(intact, (lines) => {
      lines[at] = (lines[at] as string).replace('"site":"S1"', '"site":"S2"');
    }));
    expect(report.ok).toBe(false);
    expect(report.intact).toBe(false);
    const found = errors(report).map((i) => [i.code, i.line, i.recordId]);
    expect(found).toEqual([
      ['chain.hash-mismatch', at + 1, fx.events[at]?.id],
      ['content.hash-mismatch', at + 1, fx.events[at]?.id],
    ]);
    const line = errors(report).find((i) => i.code === 'chain.hash-mismatch');
    expect(line?.message.zh).toMatch(new RegExp(`^records\\.jsonl 第 ${at + 1} 行 · 记录 \\S+ 修订版 1：哈希不符`));
    expect(line?.message.en).toMatch(new RegExp(`^records\\.jsonl line ${at + 1} · record \\S+ revision 1: hash mismatch`));
  });

  it('a removed, a duplicated and two swapped lines: sequence breaks', async () => {
    expect(codes(await verify(editLines(intact, (l) => l.splice(6, 1))))).toContain('chain.seq');
    expect(codes(await verify(editLines(intact, (l) => l.splice(6, 0, l[6] as string))))).toContain('chain.seq');
    const swapped = await verify(editLines(intact, (l) => l.splice(6, 2, l[7] as string, l[6] as string)));
    expect(errors(swapped).filter((i) => i.code === 'chain.seq').map((i) => i.line)).toEqual([7, 8]);
  });

  it('a line removed from the end or a new one appended: the head no longer matches', async () => {
    expect(codes(await verify(editLines(intact, (l) => l.pop())))).toEqual(['chain.head', 'manifest.events']);
    const appended = await verify(editLines(intact, (l) => {
      const last = JSON.parse(l[l.length - 1] as string);
      l.push(canonicalJson({ ...last, seq: last.seq + 1, prev: fx.hashes[fx.hashes.length - 1] }));
    }));
    expect(codes(appended)).toContain('chain.head');
  });

  it('a re-serialised line: not canonical', async () => {
    const report = await verify(editLines(intact, (l) => {
      l[0] = JSON.stringify(JSON.parse(l[0] as string), null, 1).replace(/\n/g, '');
    }));
    expect(codes(report)).toContain('line.not-canonical');
  });

  it('a forged signature: which record, which revision, whose signature', async () => {
    const at = fx.events.findIndex((e) => e.kind === 'signature');
    const report = await verify(editLines(intact, (l) => {
      const event = JSON.parse(l[at] as string);
      event.signature.signedAt = '2024-05-02T18:00:00+08:00';
      l[at] = canonicalJson(event);
    }));
    const bad = errors(report).find((i) => i.code === 'signature.invalid');
    expect(bad).toMatchObject({ line: at + 1, recordId: fx.events[at]?.id, revision: 1 });
    expect(bad?.message.en).toContain('signature by P001 is invalid');
    expect(bad?.message.zh).toContain('P001 的签名无效');
  });

  it('a signature whose key the archive does not carry', async () => {
    const report = await verify(editManifest(intact, (m) => {
      m.keys = m.keys.filter((k: { personId: string }) => k.personId !== 'P002');
    }));
    expect(errors(report).map((i) => [i.code, i.recordId])).toEqual([['signature.no-key', fx.events[fx.events.length - 1]?.id]]);
  });

  it('an attachment removed, or replaced by other bytes', async () => {
    const name = `attachments/${fx.photo.hash.replace(':', '-')}`;
    const removed = await verify(rezip(intact, (f) => f.delete(name)));
    expect(errors(removed).map((i) => [i.code, i.hash])).toContainEqual(['attachment.missing', fx.photo.hash]);
    expect(errors(removed).find((i) => i.code === 'attachment.missing')?.message.en).toBe(`attachment ${fx.photo.hash}: missing: the manifest lists it but the archive does not hold it`);
    const replaced = await verify(rezip(intact, (f) => f.set(name, new TextEncoder().encode('other bytes'))));
    expect(codes(replaced)).toContain('attachment.hash-mismatch');
  });

  it('a manifest that over- or under-states the records', async () => {
    expect(codes(await verify(editManifest(intact, (m) => { m.counts['daily-check'] = 5; })))).toEqual(['manifest.counts']);
    expect(codes(await verify(editManifest(intact, (m) => { m.records.pop(); delete m.counts['weekly-report']; delete m.schemaVersions['weekly-report']; })))).toContain('manifest.record-unlisted');
    expect(codes(await verify(editManifest(intact, (m) => { m.enterprise.uscc = '9144030071526726XG'; })))).toContain('chain.enterprise');
  });

  it('a missing manifest or records file, and entries that are not part of the format', async () => {
    expect(codes(await verify(rezip(intact, (f) => f.delete('manifest.json'))))).toContain('manifest.missing');
    expect(codes(await verify(rezip(intact, (f) => f.delete('records.jsonl'))))).toContain('lines.missing');
    expect(codes(await verify(rezip(intact, (f) => f.set('readme.txt', new Uint8Array([1])))))).toEqual(['zip.unexpected-entry']);
  });

  it('a records file without its final newline, or with CRLF line ends', async () => {
    const cut = await verify(rezip(intact, (f) => f.set('records.jsonl', (f.get('records.jsonl') as Uint8Array).slice(0, -1))));
    expect(codes(cut)).toEqual(['lines.no-final-newline']);
    const crlf = await verify(rezip(intact, (f) => f.set('records.jsonl', new TextEncoder().encode(new TextDecoder().decode(f.get('records.jsonl')).replace(/\n/g, '\r\n')))));
    expect(crlf.intact).toBe(false);
  });

  it('changed people: hash mismatch, without echoing the line', async () => {
    const withPeople = await (await chainFixture({ withPeople: true })).pack();
    const report = await verify(rezip(withPeople, (f) => f.set('people.jsonl', new TextEncoder().encode(new TextDecoder().decode(f.get('people.jsonl')).replace('13800000000', '13900000000')))));
    expect(codes(report)).toEqual(['people.hash-mismatch']);
    expect(JSON.stringify(report)).not.toContain('139000');
  });

  it('checkpoints known from elsewhere: agree, contradict (chain rewritten), or lie outside the segment', async () => {
    const head = { seq: fx.lines.length, hash: fx.hashes[fx.hashes.length - 1] as string };
    const middle = { seq: 10, hash: fx.hashes[9] as string };
    const agree = await verifyArchive(intact, { hasher: nodeSha256Hasher, checkpoints: [head, middle] });
    expect(agree.issues).toEqual([]);
    const rewritten = await verifyArchive(intact, { hasher: nodeSha256Hasher, checkpoints: [{ seq: 10, hash: fx.hashes[8] as string }] });
    expect(errors(rewritten).map((i) => [i.code, i.line])).toEqual([['chain.checkpoint', 10]]);
    const outside = await verifyArchive(intact, { hasher: nodeSha256Hasher, checkpoints: [{ seq: 999, hash: middle.hash }] });
    expect(outside.ok).toBe(true);
    expect(outside.issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'chain.checkpoint-outside']]);
  });

  it('lists the public keys it used, for comparison with those registered', async () => {
    const report = await verify(intact);
    expect(report.keys).toEqual([{ keyId: 'P001-k1', personId: 'P001', alg: 'ed25519' }, { keyId: 'P002-k1', personId: 'P002', alg: 'ed25519' }]);
  });

  it('garbage is reported, not thrown', async () => {
    const report = await verify(new TextEncoder().encode('hello'));
    expect(report).toMatchObject({ ok: false, intact: false });
    expect(codes(report)).toContain('zip.not-zip');
  });
});
