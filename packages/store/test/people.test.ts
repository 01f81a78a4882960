import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '@order75/core';
import { StoreError, type RecordStore } from '../src/index';
import { backends, type Opened } from './helpers/backends';
import { appoint } from './helpers/records';

// Test numbers with a valid GB 11643 check character (not real people).
const ID = '11010519491231002X';
const ID2 = '440524188001010014';
const PHONE = '13812345678';

describe.each(backends)('RecordStore on $name: person registry', (backend) => {
  let opened: Opened;
  let store: RecordStore;
  beforeEach(async () => {
    opened = await backend.open();
    store = opened.store;
  });
  afterEach(async () => {
    await opened.dispose();
  });

  it('stores ID numbers and phones encrypted, finds by blind index, lists masked', async () => {
    await store.people.upsert({ personId: 'P003', displayName: '王磊', idNumber: ID, phone: PHONE });
    await store.people.upsert({ personId: 'P004', displayName: '赵六', idNumber: ID2 });
    expect(await store.people.get('P003')).toEqual({ personId: 'P003', displayName: '王磊', idNumberMasked: '1101**********002X', phoneMasked: '138****5678', keys: [] });
    expect((await store.people.findByIdNumber(ID2.toLowerCase()))?.personId).toBe('P004');
    expect(await store.people.findByIdNumber('110105198001010016')).toBeUndefined();
    expect(await store.people.reveal('P003')).toEqual({ idNumber: ID, phone: PHONE });
    const dump = JSON.stringify(await opened.raw('SELECT * FROM o75_people'));
    expect(dump).not.toContain(ID);
    expect(dump).not.toContain(ID.slice(6, 14));
    expect(dump).not.toContain(PHONE);
    expect(JSON.stringify(await store.people.list())).not.toContain(ID);
  });

  it('never puts the number in an error thrown on a bad lookup or a bad upsert', async () => {
    const bad = '110105194912310021';
    for (const attempt of [() => store.people.findByIdNumber(bad), () => store.people.upsert({ personId: 'P5', displayName: 'x', idNumber: bad })]) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect(`${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`).not.toContain(bad);
      expect((error as StoreError).text.zh).toContain('校验码');
    }
  });

  it('refuses to store numbers without a key', async () => {
    delete process.env.ORDER75_PERSON_KEY;
    const keyless = await backend.open({ personKey: undefined });
    try {
      await keyless.store.people.upsert({ personId: 'A', displayName: 'a' });
      await expect(keyless.store.people.upsert({ personId: 'A', displayName: 'a', idNumber: ID })).rejects.toThrow(/no person key configured/);
      expect(await keyless.raw('SELECT id_number_enc FROM o75_people')).toEqual([{ id_number_enc: null }]);
    } finally {
      await keyless.dispose();
    }
  });

  it('detects a ciphertext moved to another person', async () => {
    const keyless = await backend.open({ personKey: Buffer.alloc(32, 9) });
    try {
      await keyless.store.people.upsert({ personId: 'A', displayName: 'a', idNumber: ID });
      await keyless.store.people.upsert({ personId: 'B', displayName: 'b', idNumber: ID2 });
      await keyless.raw("UPDATE o75_people SET id_number_enc = (SELECT id_number_enc FROM o75_people WHERE person_id = 'A') WHERE person_id = 'B'");
      const error = await keyless.store.people.reveal('B').catch((e: unknown) => e);
      expect(String(error)).toMatch(/cannot decrypt idNumber of person B/);
      expect(String(error)).not.toContain(ID);
    } finally {
      await keyless.dispose();
    }
  });

  it('keeps people data out of records and the chain', async () => {
    await store.people.upsert({ personId: 'P003', displayName: '王磊', idNumber: ID, phone: PHONE });
    await store.put(appoint('P003', '王磊', 'officer', '2026-01-01'), { actor: 'P003' });
    const lines = (await store.chainSegment('91350100M000100Y43')).lines.join('\n');
    expect(lines).not.toContain(ID);
    expect(lines).not.toContain(PHONE);
    expect(canonicalJson(await store.query())).not.toContain(ID);
  });
});
