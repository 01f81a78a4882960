import { createDecipheriv, createHmac, getCiphers, getHashes, hkdfSync } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError, type RecordStore } from '../src/index';
import { backends, PERSON_KEY, type Opened } from './helpers/backends';

// Test numbers with a valid GB 11643 check character (not real people).
const ID = '11010519491231002X';
const ID2 = '440524188001010014';
const PHONE = '13812345678';
const SECRETS = [ID, ID.toLowerCase(), ID.slice(6, 14), ID2, ID2.slice(6, 14), PHONE, PHONE.slice(3)];

/** Everything an error could show: message, JSON, stack, and the same for each cause. */
function errorText(error: unknown): string {
  const parts: string[] = [];
  for (let e = error; e !== undefined && e !== null; e = (e as { cause?: unknown }).cause) {
    parts.push(String(e), JSON.stringify(e), (e as Error).stack ?? '');
  }
  return parts.join('\n');
}

function expectNoPersonalData(error: unknown): void {
  expect(error).toBeInstanceOf(StoreError);
  const text = errorText(error);
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

/** Flips one bit of the Base64 part `index` (1 IV, 2 ciphertext, 3 MAC) and re-encodes it canonically. */
function flip(sealed: string, index: number, byte = 0): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[index] as string, 'base64');
  bytes[byte] = (bytes[byte] as number) ^ 0x01;
  parts[index] = bytes.toString('base64');
  return parts.join('.');
}

// Values sealed by the registry before the SM4 option existed (AES-256-GCM, PERSON_KEY, person P003).
const LEGACY = {
  idNumber: 'v1.HLwjo+MVfDRa2oWe.1jsSs7tuF8YFHgRtpN8tRK6C.MuT5fut/A18FDCklmiK6yQ==',
  phone: 'v1.jglXceEn81TK6dzd.PbJiArKFlLUcxik=.oVGkSQ46q1unQR73UqKsMQ==',
  index: '6adb031f504ee0c1ae24fc41a0043d856f3d6f51e823aad3cc3a9aee99b25b98',
};

describe.each(backends)('RecordStore on $name: person registry with SM4-CBC + HMAC-SM3', (backend) => {
  let opened: Opened;
  let store: RecordStore;
  const enc = async (personId: string) =>
    (await opened.raw('SELECT id_number_enc, id_number_index, phone_enc FROM o75_people WHERE person_id = ?', [personId]))[0] as {
      id_number_enc: string;
      id_number_index: string;
      phone_enc: string;
    };
  beforeEach(async () => {
    opened = await backend.open({ personCipher: 'sm4-cbc-hmac-sm3' });
    store = opened.store;
  });
  afterEach(async () => {
    await opened.dispose();
  });

  it('round-trips ID numbers and phones, stored as sm4v1 values with an sm3 blind index', async () => {
    await store.people.upsert({ personId: 'P003', displayName: '王磊', idNumber: ID, phone: PHONE });
    expect(await store.people.get('P003')).toEqual({ personId: 'P003', displayName: '王磊', idNumberMasked: '1101**********002X', phoneMasked: '138****5678', keys: [] });
    expect(await store.people.reveal('P003')).toEqual({ idNumber: ID, phone: PHONE });
    const row = await enc('P003');
    expect(row.id_number_enc).toMatch(/^sm4v1\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/);
    expect(row.phone_enc).toMatch(/^sm4v1\./);
    expect(row.id_number_index).toMatch(/^sm3:[0-9a-f]{64}$/);
    const dump = JSON.stringify(await opened.raw('SELECT * FROM o75_people'));
    for (const secret of SECRETS.slice(0, 3).concat(PHONE)) expect(dump).not.toContain(secret);
    // A fresh IV each time: saving the same number again gives another ciphertext, the same index.
    await store.people.upsert({ personId: 'P003', displayName: '王磊', idNumber: ID });
    const again = await enc('P003');
    expect(again.id_number_enc).not.toBe(row.id_number_enc);
    expect(again.id_number_index).toBe(row.id_number_index);
  });

  it('finds a person by ID number through the blind index', async () => {
    await store.people.upsert({ personId: 'P003', displayName: '王磊', idNumber: ID });
    await store.people.upsert({ personId: 'P004', displayName: '赵六', idNumber: ID2 });
    expect((await store.people.findByIdNumber(ID.toLowerCase()))?.personId).toBe('P003');
    expect((await store.people.findByIdNumber(` ${ID2} `))?.personId).toBe('P004');
    expect(await store.people.findByIdNumber('110105198001010016')).toBeUndefined();
  });

  it.skipIf(!getCiphers().includes('sm4-cbc') || !getHashes().includes('sm3'))(
    'writes the documented format: OpenSSL (an independent SM4/SM3) derives the keys, checks the MAC and decrypts',
    async () => {
      await store.people.upsert({ personId: 'P003', displayName: '王磊', idNumber: ID });
      const row = await enc('P003');
      const master = Buffer.from(PERSON_KEY, 'base64');
      const key = (label: string, n: number) => Buffer.from(hkdfSync('sm3', master, Buffer.alloc(0), label, n));
      const [, iv, ct, mac] = row.id_number_enc.split('.').map((p, i) => (i === 0 ? Buffer.from(p) : Buffer.from(p, 'base64'))) as Buffer[];
      const length = Buffer.alloc(4);
      length.writeUInt32BE((ct as Buffer).length);
      const covered = Buffer.concat([Buffer.from('sm4v1'), iv as Buffer, length, ct as Buffer, Buffer.from('P003\u0000idNumber')]);
      expect(createHmac('sm3', key('order75/person/hmac-sm3', 32)).update(covered).digest('hex')).toBe((mac as Buffer).toString('hex'));
      const decipher = createDecipheriv('sm4-cbc', key('order75/person/sm4-cbc', 16), iv as Buffer);
      expect(Buffer.concat([decipher.update(ct as Buffer), decipher.final()]).toString()).toBe(ID);
      const index = createHmac('sm3', key('order75/person/blind-index-sm3', 32)).update(`idNumber\u0000${ID}`).digest('hex');
      expect(row.id_number_index).toBe(`sm3:${index}`);
    },
  );

  it.each([
    { what: 'an IV bit', change: (v: string) => flip(v, 1) },
    { what: 'a ciphertext bit (first block)', change: (v: string) => flip(v, 2) },
    { what: 'a ciphertext bit (last block, the padding)', change: (v: string) => flip(v, 2, 15) },
    { what: 'a MAC bit', change: (v: string) => flip(v, 3, 31) },
    { what: 'the MAC, truncated', change: (v: string) => v.slice(0, v.lastIndexOf('.') + 12) },
    { what: 'the ciphertext, a block dropped', change: (v: string) => v.replace(/\.([^.]+)\./, (_, ct: string) => `.${Buffer.from(ct, 'base64').subarray(16).toString('base64')}.`) },
    { what: 'the version tag, made AES', change: (v: string) => v.replace(/^sm4v1/, 'v1') },
    { what: 'the version tag, unknown', change: (v: string) => v.replace(/^sm4v1/, 'sm4v2') },
  ])('rejects a value with $what, naming person and field only', async ({ change }) => {
    await store.people.upsert({ personId: 'A', displayName: 'a', idNumber: ID });
    await opened.raw('UPDATE o75_people SET id_number_enc = ? WHERE person_id = ?', [change((await enc('A')).id_number_enc), 'A']);
    const error = await store.people.reveal('A').catch((e: unknown) => e);
    expect(String(error)).toMatch(/cannot decrypt idNumber of person A/);
    expect((error as StoreError).text.zh).toContain('人员 A 的加密字段 idNumber 无法解密');
    expectNoPersonalData(error);
    await expect(store.people.get('A')).rejects.toThrow(/cannot decrypt idNumber of person A/);
  });

  it('does not open a value moved to another person or another field', async () => {
    await store.people.upsert({ personId: 'A', displayName: 'a', idNumber: ID, phone: PHONE });
    await store.people.upsert({ personId: 'B', displayName: 'b', idNumber: ID2 });
    await opened.raw("UPDATE o75_people SET id_number_enc = (SELECT id_number_enc FROM o75_people WHERE person_id = 'A') WHERE person_id = 'B'");
    const moved = await store.people.reveal('B').catch((e: unknown) => e);
    expect(String(moved)).toMatch(/cannot decrypt idNumber of person B \(sm4-cbc-hmac-sm3: wrong key or altered data\)/);
    expectNoPersonalData(moved);
    await opened.raw("UPDATE o75_people SET phone_enc = id_number_enc WHERE person_id = 'A'");
    const swapped = await store.people.reveal('A').catch((e: unknown) => e);
    expect(String(swapped)).toMatch(/cannot decrypt phone of person A/);
    expectNoPersonalData(swapped);
  });

  it('reads a registry holding both AES and SM4 values, finds both, and moves a person over by re-saving', async () => {
    const aes = await opened.reopen({ personCipher: 'aes-256-gcm' });
    await aes.people.upsert({ personId: 'A', displayName: 'a', idNumber: ID, phone: PHONE });
    await store.people.upsert({ personId: 'B', displayName: 'b', idNumber: ID2 });
    expect((await enc('A')).id_number_enc).toMatch(/^v1\./);
    expect((await enc('A')).id_number_index).toMatch(/^[0-9a-f]{64}$/);
    expect((await enc('B')).id_number_enc).toMatch(/^sm4v1\./);
    for (const s of [store, aes]) {
      expect(await s.people.reveal('A')).toEqual({ idNumber: ID, phone: PHONE });
      expect(await s.people.reveal('B')).toEqual({ idNumber: ID2 });
      expect((await s.people.findByIdNumber(ID))?.personId).toBe('A');
      expect((await s.people.findByIdNumber(ID2))?.personId).toBe('B');
      expect((await s.people.list()).map((p) => p.idNumberMasked)).toEqual(['1101**********002X', '4405**********0014']);
    }
    const revealed = await store.people.reveal('A');
    await store.people.upsert({ personId: 'A', displayName: 'a', ...revealed });
    expect(await enc('A')).toMatchObject({ id_number_enc: expect.stringMatching(/^sm4v1\./), phone_enc: expect.stringMatching(/^sm4v1\./), id_number_index: expect.stringMatching(/^sm3:/) });
    expect((await aes.people.findByIdNumber(ID))?.personId).toBe('A');
  });

  it('still opens and finds values the registry sealed before the SM4 option existed', async () => {
    await opened.raw("INSERT INTO o75_people (person_id, display_name, id_number_enc, id_number_index, phone_enc, created_at, updated_at) VALUES ('P003', '王磊', ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')", [LEGACY.idNumber, LEGACY.index, LEGACY.phone]);
    expect(await store.people.reveal('P003')).toEqual({ idNumber: ID, phone: PHONE });
    expect((await store.people.findByIdNumber(ID))?.personId).toBe('P003');
  });

  it('keeps ID numbers and phones out of every error: wrong key, bad input, altered data', async () => {
    await store.people.upsert({ personId: 'A', displayName: 'a', idNumber: ID, phone: PHONE });
    const otherKey = await opened.reopen({ personKey: Buffer.alloc(32, 8) });
    const errors = [
      await otherKey.people.reveal('A').catch((e: unknown) => e),
      await otherKey.people.get('A').catch((e: unknown) => e),
      await store.people.findByIdNumber(`${ID.slice(0, 17)}1`).catch((e: unknown) => e),
      await store.people.upsert({ personId: 'C', displayName: 'c', phone: `${PHONE}x` }).catch((e: unknown) => e),
    ];
    await opened.raw('UPDATE o75_people SET phone_enc = ? WHERE person_id = ?', [flip((await enc('A')).phone_enc, 2), 'A']);
    errors.push(await store.people.reveal('A').catch((e: unknown) => e));
    expect(errors.map(String)).toEqual([
      expect.stringMatching(/cannot decrypt idNumber of person A \(sm4-cbc-hmac-sm3/),
      expect.stringMatching(/cannot decrypt idNumber of person A/),
      expect.stringMatching(/invalid ID number/),
      expect.stringMatching(/invalid phone number/),
      expect.stringMatching(/cannot decrypt phone of person A/),
    ]);
    errors.forEach(expectNoPersonalData);
  });
});
