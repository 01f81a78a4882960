import { describe, expect, it } from 'vitest';
import { fromHex, sm2PublicKey, sm2Sign, sm2Verify, sm2Za, sm3, toHex } from '../../src/integrity/index';

// GB/T 32918.5-2017 Annex A (= GM/T 0003.5-2012 A.2): signature example on the recommended curve.
const d = fromHex('3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8');
const pub = '04' + '09f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020' + 'ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13';
const k = fromHex('59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21');
const message = new TextEncoder().encode('message digest');
const expected = 'f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3' + 'b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa';

describe('SM2 (GB/T 32918.2 signatures, known-answer example of GB/T 32918.5 Annex A)', () => {
  it('derives the example public key from the private key', () => {
    expect(toHex(sm2PublicKey(d))).toBe(pub);
  });

  it('computes Z_A and e for the default id', () => {
    const za = sm2Za(fromHex(pub));
    expect(toHex(za)).toBe('b2e14c5c79c6df5b85f4fe7ed8db7a262b9da7e07ccb0ea9f4747b8ccda8a4f3');
    const e = sm3(new Uint8Array([...za, ...message]));
    expect(toHex(e)).toBe('f0b43e94ba45accaace692ed534382eb17e6ab5a19ce7b31f4486fdfc0d28640');
  });

  it('signs with the example k to exactly the example (r, s), and verifies it', () => {
    const sig = sm2Sign(d, message, { k });
    expect(toHex(sig)).toBe(expected);
    expect(sm2Verify(fromHex(pub), message, sig)).toBe(true);
  });

  it('rejects a changed message, id, signature or key', () => {
    const sig = fromHex(expected);
    expect(sm2Verify(fromHex(pub), new TextEncoder().encode('message digesT'), sig)).toBe(false);
    expect(sm2Verify(fromHex(pub), message, sig, { id: 'ALICE123@YAHOO.COM' })).toBe(false);
    const bent = sig.slice();
    bent[63] = (bent[63] as number) ^ 1;
    expect(sm2Verify(fromHex(pub), message, bent)).toBe(false);
    const other = sm2PublicKey(fromHex('01'.padStart(64, '0')));
    expect(sm2Verify(other, message, sig)).toBe(false);
    expect(sm2Verify(fromHex(pub.replace(/.$/, '0')), message, sig)).toBe(false);
  });

  it('signs with a random k and verifies', () => {
    const sig = sm2Sign(d, message);
    expect(sig).toHaveLength(64);
    expect(toHex(sig)).not.toBe(expected);
    expect(sm2Verify(fromHex(pub), message, sig)).toBe(true);
  });
});
