import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dailyCheckFor } from '../fixtures';
import { type Session, type TestWorkstation, testWorkstation } from '../harness';

let t: TestWorkstation;
let officer: Session;
let director: Session;
let principal: Session;
let viewer: Session;

beforeAll(async () => {
  t = await testWorkstation();
  officer = await t.login('officer-mawei');
  director = await t.login('director');
  principal = await t.login('principal');
  viewer = await t.login('viewer');
});
afterAll(() => t.close());

async function newCheck() {
  const record = await dailyCheckFor(t, officer, 'S01');
  expect((await t.app.inject({ method: 'POST', url: '/api/records', headers: officer.headers, payload: record })).statusCode).toBe(201);
  return record;
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

describe('POST /api/attachments and GET /api/attachments/:hash', () => {
  it('stores bytes by SHA-256 and serves them back inert', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/attachments', headers: { ...officer.headers, 'content-type': 'image/png' }, payload: PNG });
    expect(res.statusCode).toBe(201);
    const { hash, size, mediaType } = res.json();
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect({ size, mediaType }).toEqual({ size: PNG.byteLength, mediaType: 'image/png' });
    const back = await t.app.inject({ url: `/api/attachments/${hash}`, headers: viewer.headers });
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.equals(PNG)).toBe(true);
    expect(back.headers['content-security-policy']).toContain('sandbox');
    expect(back.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses other media types, empty bodies and viewers; 404 for an unknown hash', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/attachments', headers: { ...officer.headers, 'content-type': 'application/octet-stream' }, payload: PNG })).statusCode).toBe(415);
    expect((await t.app.inject({ method: 'POST', url: '/api/attachments', headers: { ...officer.headers, 'content-type': 'image/png' }, payload: Buffer.alloc(0) })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/api/attachments', headers: { ...viewer.headers, 'content-type': 'image/png' }, payload: PNG })).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/attachments/sha256:${'0'.repeat(64)}`, headers: viewer.headers })).statusCode).toBe(404);
  });
});

describe('POST /api/records/:id/signatures', () => {
  it('signs with the officer’s key; the signature carries the revision’s content hash', async () => {
    const record = await newCheck();
    const { contentHash } = (await t.app.inject({ url: `/api/records/${record.id}`, headers: officer.headers })).json();
    const res = await t.app.inject({ method: 'POST', url: `/api/records/${record.id}/signatures`, headers: officer.headers, payload: { revision: 1, slot: 0, method: 'key', passphrase: 'demo-mawei' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().signature).toMatchObject({ slot: 0, role: 'officer', personId: 'E0003', method: 'key', alg: 'ed25519', contentHash });
    const stored = await t.opened.store.get(record.id);
    expect(stored?.signatures).toHaveLength(1);
    const again = await t.app.inject({ method: 'POST', url: `/api/records/${record.id}/signatures`, headers: officer.headers, payload: { revision: 1, slot: 0, method: 'key', passphrase: 'demo-mawei' } });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a wrong passphrase without storing anything', async () => {
    const record = await newCheck();
    const res = await t.app.inject({ method: 'POST', url: `/api/records/${record.id}/signatures`, headers: officer.headers, payload: { revision: 1, slot: 0, method: 'key', passphrase: 'wrong-one' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message.zh).toContain('口令');
    expect((await t.opened.store.get(record.id))?.signatures ?? []).toHaveLength(0);
  });

  it('answers 403 with a bilingual message when the role may not fill the slot (director on an officer slot)', async () => {
    const record = await newCheck();
    const res = await t.app.inject({ method: 'POST', url: `/api/records/${record.id}/signatures`, headers: director.headers, payload: { revision: 1, slot: 0, method: 'key', passphrase: 'demo-director' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({
      code: 'wrong-role',
      message: { zh: expect.stringContaining('质量安全员'), en: expect.stringContaining('quality-safety officer') },
    });
    expect((await t.opened.store.get(record.id))?.signatures ?? []).toHaveLength(0);
    const byViewer = await t.app.inject({ method: 'POST', url: `/api/records/${record.id}/signatures`, headers: viewer.headers, payload: { revision: 1, slot: 0, method: 'drawn' } });
    expect(byViewer.statusCode).toBe(403);
  });

  it('signs drawn with an uploaded image, and attaches a paper-signed scan as a paper signature by hash', async () => {
    // Fresh revisions (old signatures do not carry over), then the director's drawn and the principal's paper signature.
    const revise = async (type: string, s: Session) => {
      const [r] = (await t.app.inject({ url: `/api/records?type=${type}&limit=1`, headers: s.headers })).json().records;
      const { signatures: _s, createdAt: _c, ...rest } = r;
      const next = { ...rest, revision: r.revision + 1, supersedes: { revision: r.revision, reason: '补充内容' }, remarks: '补充' };
      expect((await t.app.inject({ method: 'POST', url: `/api/records/${r.id}/corrections`, headers: s.headers, payload: next })).statusCode).toBe(201);
      return next as { id: string; revision: number };
    };
    const weekly = await revise('weekly-report', director);
    const img = (await t.app.inject({ method: 'POST', url: '/api/attachments', headers: { ...director.headers, 'content-type': 'image/png' }, payload: PNG })).json();
    const drawn = await t.app.inject({ method: 'POST', url: `/api/records/${weekly.id}/signatures`, headers: director.headers, payload: { revision: weekly.revision, slot: 0, method: 'drawn', attachment: { hash: img.hash } } });
    expect(drawn.statusCode).toBe(201);
    const w = (await t.app.inject({ url: `/api/records/${weekly.id}`, headers: director.headers })).json().record;
    expect(w.signatures[0]).toMatchObject({ method: 'drawn', role: 'director', attachment: { hash: img.hash, mediaType: 'image/png' } });

    const monthly = await revise('monthly-meeting', principal);
    const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('scan of the wet-signed page')]);
    const up = (await t.app.inject({ method: 'POST', url: '/api/attachments', headers: { ...principal.headers, 'content-type': 'application/pdf' }, payload: scan })).json();
    const paper = await t.app.inject({ method: 'POST', url: `/api/records/${monthly.id}/signatures`, headers: principal.headers, payload: { revision: monthly.revision, slot: 0, method: 'paper', attachment: { hash: up.hash, name: '会议纪要签字页.pdf' } } });
    expect(paper.statusCode).toBe(201);
    const m = (await t.app.inject({ url: `/api/records/${monthly.id}`, headers: principal.headers })).json().record;
    expect(m.signatures[0]).toMatchObject({ method: 'paper', role: 'principal', attachment: { hash: up.hash, mediaType: 'application/pdf', name: '会议纪要签字页.pdf', size: scan.byteLength } });
  });

  it('needs an uploaded file for drawn and paper signatures, and an existing revision', async () => {
    const record = await newCheck();
    const missing = await t.app.inject({ method: 'POST', url: `/api/records/${record.id}/signatures`, headers: officer.headers, payload: { revision: 1, slot: 0, method: 'paper', attachment: { hash: `sha256:${'1'.repeat(64)}` } } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('no-attachment');
    const noRev = await t.app.inject({ method: 'POST', url: `/api/records/${record.id}/signatures`, headers: officer.headers, payload: { revision: 5, slot: 0, method: 'drawn' } });
    expect(noRev.statusCode).toBe(404);
    const noSlot = await t.app.inject({ method: 'POST', url: `/api/records/${record.id}/signatures`, headers: officer.headers, payload: { revision: 1, slot: 3, method: 'drawn' } });
    expect(noSlot.statusCode).toBe(400);
  });
});

describe('signatures made in the form before submitting', () => {
  it('accepts the account’s own drawn signature inline; refuses one in another person’s name (403)', async () => {
    const record = await dailyCheckFor(t, officer, 'S01');
    const { contentHash } = await import('@order75/core');
    const { nodeSha256Hasher } = await import('@order75/store');
    const hash = await contentHash(record, nodeSha256Hasher);
    const img = (await t.app.inject({ method: 'POST', url: '/api/attachments', headers: { ...officer.headers, 'content-type': 'image/png' }, payload: PNG })).json();
    const own = { slot: 0, role: 'officer', personId: 'E0003', signedAt: '2026-11-25T10:00:00+08:00', contentHash: hash, method: 'drawn', attachment: { hash: img.hash, mediaType: 'image/png' } };
    const forged = { ...own, personId: 'E0004' };
    const bad = await t.app.inject({ method: 'POST', url: '/api/records', headers: officer.headers, payload: { ...record, signatures: [forged] } });
    expect(bad.statusCode).toBe(403);
    expect(bad.json().error.message.en).toContain('nobody may sign for someone else');
    const ok = await t.app.inject({ method: 'POST', url: '/api/records', headers: officer.headers, payload: { ...record, signatures: [own] } });
    expect(ok.statusCode).toBe(201);
    // Kept as made: the stored revision has the same content hash (createdAt is not part of it).
    expect(ok.json().record.signatures[0]).toMatchObject({ method: 'drawn', personId: 'E0003', contentHash: ok.json().contentHash, signedAt: own.signedAt });
    expect(ok.json().unsignedSlots).toEqual([]);
  });

  it('POST /api/sign-key signs the payload fields with the account’s key', async () => {
    const record = await dailyCheckFor(t, officer, 'S01');
    const { contentHash } = await import('@order75/core');
    const { nodeSha256Hasher } = await import('@order75/store');
    const hash = await contentHash(record, nodeSha256Hasher);
    const fields = { id: record.id, revision: 1, contentHash: hash, signedAt: '2026-11-25T10:00:00+08:00' };
    const wrong = await t.app.inject({ method: 'POST', url: '/api/sign-key', headers: officer.headers, payload: { ...fields, passphrase: 'nope-nope' } });
    expect(wrong.statusCode).toBe(400);
    const res = await t.app.inject({ method: 'POST', url: '/api/sign-key', headers: officer.headers, payload: { ...fields, passphrase: 'demo-mawei' } });
    expect(res.statusCode).toBe(200);
    const key = res.json();
    expect(key).toMatchObject({ method: 'key', alg: 'ed25519', role: 'officer', personId: 'E0003', keyId: expect.stringMatching(/^ed25519:/) });
    const signature = { slot: 0, role: 'officer', personId: 'E0003', signedAt: fields.signedAt, contentHash: hash, method: 'key', alg: 'ed25519', keyId: key.keyId, sig: key.sig };
    // Made over the unsaved form, the key signature fits the stored revision (createdAt is not hashed).
    const saved = await t.app.inject({ method: 'POST', url: '/api/records', headers: officer.headers, payload: { ...record, signatures: [signature] } });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().unsignedSlots).toEqual([]);
    expect(saved.json().record.signatures[0]).toMatchObject({ method: 'key', sig: key.sig, contentHash: saved.json().contentHash });
    // One made over other content is refused with the store's reason, the record is kept, the client signs again.
    const other = await dailyCheckFor(t, officer, 'S01');
    const stale = { ...signature, contentHash: `sha256:${'0'.repeat(64)}` };
    const kept = await t.app.inject({ method: 'POST', url: '/api/records', headers: officer.headers, payload: { ...other, signatures: [stale] } });
    expect(kept.statusCode).toBe(201);
    expect(kept.json().unsignedSlots).toEqual([0]);
    expect(kept.json().signatureIssues[0].message.zh.length).toBeGreaterThan(0);
    expect(kept.json().record.signatures ?? []).toEqual([]);
    const again = await t.app.inject({ method: 'POST', url: `/api/records/${other.id}/signatures`, headers: officer.headers, payload: { revision: 1, slot: 0, method: 'key', passphrase: 'demo-mawei' } });
    expect(again.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: '/api/sign-key', headers: viewer.headers, payload: { ...fields, passphrase: 'x' } })).statusCode).toBe(403);
  });
});
