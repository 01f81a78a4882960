import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, sha256Hasher } from '@order75/core';
import { generateSigningKey, signWithKeystore, SignatureRejectedError, type Keystore, type RecordStore } from '../src/index';
import { backends, type Opened } from './helpers/backends';
import { appoint, dailyCheck, paperSignature } from './helpers/records';

const ctx = { actor: 'P001' };
let keystore: Keystore;

describe.each(backends)('RecordStore on $name: signatures', (backend) => {
  let opened: Opened;
  let store: RecordStore;
  beforeEach(async () => {
    opened = await backend.open();
    store = opened.store;
    // P003 is officer from 2026-03-01 until removed on 2026-06-01; P001 principal from 2026-01-01.
    await store.putMany(
      [
        appoint('P001', '张伟', 'principal', '2026-01-01'),
        appoint('P003', '王磊', 'officer', '2026-03-01'),
        appoint('P003', '王磊', 'officer', '2026-06-01', 'remove'),
        { ...appoint('P004', '赵六', 'officer', '2026-01-01'), status: 'draft' as const },
        { ...appoint('P005', '钱七', 'officer', '2026-01-01'), sites: ['changle'] },
      ],
      ctx,
    );
  });
  afterEach(async () => {
    await opened.dispose();
  });

  it('accepts a signature from a holder of the slot role and never changes the content hash', async () => {
    const r = dailyCheck({ date: '2026-05-06' });
    const put = await store.put(r, ctx);
    await store.sign(r.id, 1, paperSignature(put.contentHash, 'P003', 'officer', '2026-05-06T18:00:00+08:00'), { actor: 'P003' });
    const got = await store.get(r.id);
    expect(got?.signatures).toHaveLength(1);
    expect(await contentHash(got as object, sha256Hasher)).toBe(put.contentHash);
    expect((await store.audit(r.id)).map((a) => a.action)).toEqual(['create', 'sign']);
    // The officer appointed for changle signs a changle check.
    const c = dailyCheck({ site: 'changle' });
    const putC = await store.put(c, ctx);
    await store.sign(c.id, 1, paperSignature(putC.contentHash, 'P005', 'officer', '2026-05-06T18:00:00+08:00'), ctx);
    expect((await store.verifyChain()).ok).toBe(true);
  });

  it.each([
    ['a person who does not hold the role', 'P009', 'officer', '2026-05-06T18:00:00+08:00', 'holder'],
    ['a holder after removal', 'P003', 'officer', '2026-06-02T09:00:00+08:00', 'holder'],
    ['a holder before appointment', 'P003', 'officer', '2026-02-28T09:00:00+08:00', 'holder'],
    ['an appointment still in draft', 'P004', 'officer', '2026-05-06T18:00:00+08:00', 'holder'],
    ['a role the slot does not list', 'P001', 'principal', '2026-05-06T18:00:00+08:00', 'role'],
    ['an officer appointed for another site', 'P005', 'officer', '2026-05-06T18:00:00+08:00', 'holder'],
  ])('refuses %s', async (_what, personId, role, signedAt, reason) => {
    const r = dailyCheck();
    const put = await store.put(r, ctx);
    const error = await store
      .sign(r.id, 1, paperSignature(put.contentHash, personId, role as 'officer', signedAt), ctx)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignatureRejectedError);
    expect((error as SignatureRejectedError).reason).toBe(reason);
    expect((await store.get(r.id))?.signatures).toBeUndefined();
  });

  it('refuses a signature over other content, a second signature in a filled slot, and an unknown slot', async () => {
    const r = dailyCheck();
    const put = await store.put(r, ctx);
    const at = '2026-05-06T18:00:00+08:00';
    await expect(store.sign(r.id, 1, paperSignature(`sha256:${'0'.repeat(64)}`, 'P003', 'officer', at), ctx)).rejects.toMatchObject({ reason: 'content-hash' });
    await store.sign(r.id, 1, paperSignature(put.contentHash, 'P003', 'officer', at), ctx);
    await expect(store.sign(r.id, 1, paperSignature(put.contentHash, 'P003', 'officer', at), ctx)).rejects.toMatchObject({ reason: 'duplicate' });
    await expect(store.sign(r.id, 1, paperSignature(put.contentHash, 'P003', 'officer', at, 1), ctx)).rejects.toMatchObject({ reason: 'slot' });
  });

  it('does not carry signatures to a correction, and refuses signing the superseded revision', async () => {
    const r = dailyCheck();
    const put = await store.put(r, ctx);
    const at = '2026-05-06T18:00:00+08:00';
    await store.sign(r.id, 1, paperSignature(put.contentHash, 'P003', 'officer', at), ctx);
    const c = await store.correct(r.id, { remarks: '补记' }, '补记说明', ctx);
    expect((await store.get(r.id))?.signatures).toBeUndefined();
    expect((await store.get(r.id, 1))?.signatures).toHaveLength(1);
    await expect(store.sign(r.id, 1, paperSignature(put.contentHash, 'P003', 'officer', at, 0), ctx)).rejects.toMatchObject({ reason: 'superseded' });
    await store.sign(r.id, 2, paperSignature(c.contentHash, 'P003', 'officer', at), ctx);
  });

  it('verifies Ed25519 key signatures against the signer’s registered key', async () => {
    keystore ??= await generateSigningKey('correct horse battery');
    await store.people.upsert({ personId: 'P003', displayName: '王磊' });
    await store.people.addKey('P003', keystore.publicKey);
    const r = dailyCheck();
    const put = await store.put(r, ctx);
    const fields = { id: r.id, revision: 1, contentHash: put.contentHash, role: 'officer', signedAt: '2026-05-06T18:00:00+08:00' };
    const keyed = await signWithKeystore(keystore, 'correct horse battery', fields);
    const base = { slot: 0, role: 'officer' as const, personId: 'P003', signedAt: fields.signedAt, contentHash: put.contentHash };
    // A signature made for another signing time does not verify.
    const other = await signWithKeystore(keystore, 'correct horse battery', { ...fields, signedAt: '2026-05-06T19:00:00+08:00' });
    await expect(store.sign(r.id, 1, { ...base, ...other }, ctx)).rejects.toMatchObject({ reason: 'key' });
    await expect(store.sign(r.id, 1, { ...base, ...keyed, personId: 'P001', role: 'officer' }, ctx)).rejects.toBeInstanceOf(SignatureRejectedError);
    // An Ed25519 signature labelled SM2 does not verify.
    await expect(store.sign(r.id, 1, { ...base, ...keyed, alg: 'sm2' }, ctx)).rejects.toMatchObject({ reason: 'key' });
    await store.sign(r.id, 1, { ...base, ...keyed }, ctx);
    expect((await store.get(r.id))?.signatures?.[0]).toMatchObject({ method: 'key', alg: 'ed25519', keyId: keystore.keyId });
  });

  it('verifies SM2 key signatures (GB/T 32918) against the signer’s registered SM2 key', async () => {
    const sm2 = await generateSigningKey('correct horse battery', { alg: 'sm2' });
    await store.people.upsert({ personId: 'P003', displayName: '王磊' });
    expect(await store.people.addKey('P003', sm2.publicKey, 'sm2')).toBe(sm2.keyId);
    const r = dailyCheck();
    const put = await store.put(r, ctx);
    const fields = { id: r.id, revision: 1, contentHash: put.contentHash, role: 'officer', signedAt: '2026-05-06T18:00:00+08:00' };
    const keyed = await signWithKeystore(sm2, 'correct horse battery', fields);
    expect(keyed.alg).toBe('sm2');
    const base = { slot: 0, role: 'officer' as const, personId: 'P003', signedAt: fields.signedAt, contentHash: put.contentHash };
    const bent = Buffer.from(keyed.sig, 'base64');
    bent[0] = (bent[0] as number) ^ 1;
    await expect(store.sign(r.id, 1, { ...base, ...keyed, sig: bent.toString('base64') }, ctx)).rejects.toMatchObject({ reason: 'key' });
    await expect(store.sign(r.id, 1, { ...base, ...keyed, alg: 'ed25519' }, ctx)).rejects.toMatchObject({ reason: 'key' });
    await store.sign(r.id, 1, { ...base, ...keyed }, ctx);
    expect((await store.get(r.id))?.signatures?.[0]).toMatchObject({ method: 'key', alg: 'sm2', keyId: sm2.keyId });
  });

  it('accepts signatures inside an imported record only when trusted, and always checks their content hash', async () => {
    const r = dailyCheck();
    const hash = await contentHash({ ...r, createdAt: '2026-05-06T10:00:00+08:00' }, sha256Hasher);
    const sig = paperSignature(hash, 'P777', 'officer', '2026-05-06T18:00:00+08:00');
    const imported = { ...r, createdAt: '2026-05-06T10:00:00+08:00', signatures: [sig] };
    await expect(store.put(imported, { ...ctx, keepCreatedAt: true })).rejects.toMatchObject({ reason: 'holder' });
    await expect(store.put({ ...imported, signatures: [{ ...sig, contentHash: `sha256:${'1'.repeat(64)}` }] }, { ...ctx, keepCreatedAt: true, trustSignatures: true }))
      .rejects.toMatchObject({ reason: 'content-hash' });
    await store.put(imported, { ...ctx, keepCreatedAt: true, trustSignatures: true });
    expect((await store.get(r.id))?.signatures).toEqual([sig]);
    expect((await store.verifyChain()).ok).toBe(true);
  });
});
