import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  contentHash,
  contentHashSync,
  eventTexts,
  sha256Hasher,
  signaturePayloadText,
  sm3,
  sm3Hasher,
  toHex,
} from '../../src/integrity/index';

const record = {
  id: '01890a5d-ac96-774b-bcce-b302099a8057',
  recordType: 'daily-check',
  schemaVersion: 1,
  revision: 1,
  status: 'draft',
  enterprise: '91350100M000100Y43',
  createdAt: '2026-05-06T01:02:03.456Z',
  date: '2026-05-06',
  items: [{ rowId: 'r1', result: 'ok' }],
};

describe('contentHash', () => {
  it('is SHA-256 over the canonical form without signatures, status and createdAt', async () => {
    const { status: _s, createdAt: _c, ...content } = record;
    const expected = createHash('sha256').update(canonicalJson(content)).digest('hex');
    expect(await contentHash(record, sha256Hasher)).toBe(`sha256:${expected}`);
  });

  it('does not change when signatures are added or the status changes', async () => {
    const base = await contentHash(record, sha256Hasher);
    const signed = {
      ...record,
      status: 'final',
      signatures: [{ slot: 0, role: 'officer', personId: 'E001', signedAt: '2026-05-06T09:00:00+08:00', contentHash: base, method: 'paper' }],
    };
    expect(await contentHash(signed, sha256Hasher)).toBe(base);
  });

  it('does not change with createdAt, which the store stamps after a form may have signed', async () => {
    const { createdAt: _c, ...unsaved } = record;
    const base = await contentHash(unsaved, sha256Hasher);
    expect(await contentHash(record, sha256Hasher)).toBe(base);
    expect(await contentHash({ ...record, createdAt: '2026-05-06T01:02:03.457Z' }, sha256Hasher)).toBe(base);
  });

  it.each([
    ['revision', { revision: 2 }],
    ['a nested value', { items: [{ rowId: 'r1', result: 'hazard' }] }],
    ['remarks', { remarks: 'x' }],
  ])('changes when %s changes', async (_what, change) => {
    expect(await contentHash({ ...record, ...change }, sha256Hasher)).not.toBe(await contentHash(record, sha256Hasher));
  });

  it('uses the hasher named in its prefix', async () => {
    const { status: _s, createdAt: _c, ...content } = record;
    const sm3Hex = toHex(sm3(new TextEncoder().encode(canonicalJson(content))));
    expect(await contentHash(record, sm3Hasher)).toBe(`sm3:${sm3Hex}`);
    expect(contentHashSync(record, sm3Hasher)).toBe(`sm3:${sm3Hex}`);
    expect(() => contentHashSync(record, sha256Hasher)).toThrowError(/digestSync/);
  });
});

describe('eventTexts', () => {
  it.each([
    ['first', { createdAt: 'T', z: 1 }],
    ['between', { a: 1, createdAt: 'T', z: 2 }],
    ['last', { a: 1, createdAt: 'T' }],
    ['alone', { createdAt: 'T' }],
    ['absent', { a: 1 }],
  ])('splits createdAt out of the event text when it stands %s', (_where, content) => {
    const { createdAt: _c, ...rest } = content as Record<string, unknown>;
    expect(eventTexts(content)).toEqual({ text: canonicalJson(content), hashed: canonicalJson(rest) });
  });
});

describe('signaturePayload', () => {
  it('is the canonical object of the five signed fields and a context, ignoring the rest', () => {
    const text = signaturePayloadText({
      signedAt: '2026-05-06T09:00:00+08:00',
      role: 'officer',
      revision: 1,
      id: record.id,
      contentHash: 'sha256:00',
      ...{ slot: 0, personId: 'E001', sig: 'AAAA' },
    } as Parameters<typeof signaturePayloadText>[0]);
    expect(text).toBe(
      `{"contentHash":"sha256:00","context":"order75/signature/v1","id":"${record.id}","revision":1,"role":"officer","signedAt":"2026-05-06T09:00:00+08:00"}`,
    );
  });
});

describe('contentHash: rejections', () => {
  it('names the offending field of the content, and ignores bad values in the excluded fields', async () => {
    await expect(contentHash({ ...record, remarks: undefined }, sha256Hasher)).rejects.toMatchObject({ path: '/remarks', reason: 'undefined' });
    await expect(contentHash({ ...record, status: () => 1, signatures: [undefined] }, sha256Hasher)).resolves.toMatch(/^sha256:/);
  });
});
