import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalJson } from '../../src/integrity/index';

/** A double from its IEEE 754 bit pattern, as RFC 8785 Appendix B lists them. */
function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

/** A plain reference: sort keys, JSON.stringify the leaves. Correct for JCS because ES number/string output is. */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj).sort().map((k) => `${JSON.stringify(k)}:${reference(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('canonicalJson: RFC 8785 Appendix B number serialisation', () => {
  const cases: [string, string][] = [
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ];
  it.each(cases)('bits %s → %s', (bits, expected) => {
    expect(canonicalJson(fromBits(bits))).toBe(expected);
  });

  it.each([
    [1e21, '1e+21'],
    [1e-7, '1e-7'],
    [-0, '0'],
    [0.000001, '0.000001'],
    // biome-ignore lint/correctness/noPrecisionLoss: RFC 8785 Appendix B vector, written as the spec prints it; the literal rounds to the double under test.
    [333333333.33333329, '333333333.3333333'],
    [4.5, '4.5'],
    [2e-3, '0.002'],
    [1e-27, '1e-27'],
    [1e30, '1e+30'],
  ])('literal %s → %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it.each([['7fffffffffffffff'], ['7ff0000000000000'], ['fff0000000000000']])('rejects the non-finite bits %s', (bits) => {
    expect(() => canonicalJson({ a: [fromBits(bits)] })).toThrowError(CanonicalJsonError);
  });
});

describe('canonicalJson: RFC 8785 §3.2 examples', () => {
  it('serialises the §3.2.2 example', () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts the §3.2.3 keys by UTF-16 code units', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const out = canonicalJson(input);
    expect(out).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
    // The UTF-8 bytes of RFC 8785 §3.2.4 start with {"\r":"Carriage Return","1":"One",…
    expect(Array.from(new TextEncoder().encode(out).subarray(0, 8))).toEqual([0x7b, 0x22, 0x5c, 0x72, 0x22, 0x3a, 0x22, 0x43]);
  });

  it('orders integer-like keys as strings, not the way Object.keys lists them', () => {
    expect(canonicalJson({ b: 1, 10: 'x', 2: 'y', a: 0 })).toBe('{"10":"x","2":"y","a":0,"b":1}');
  });

  it('gives the same text for the same shape in any key order, and caches shapes correctly', () => {
    const a = canonicalJson({ z: 1, y: { q: 1, p: 2 }, x: [] });
    const b = canonicalJson({ x: [], y: { p: 2, q: 1 }, z: 1 });
    expect(a).toBe('{"x":[],"y":{"p":2,"q":1},"z":1}');
    expect(b).toBe(a);
    // A prefix of a cached shape is a different shape.
    expect(canonicalJson({ z: 1, y: 2 })).toBe('{"y":2,"z":1}');
  });
});

describe('canonicalJson: rejections and edge cases', () => {
  it.each([
    [{ a: undefined }, '/a', 'undefined'],
    [{ a: [1, () => 1] }, '/a/1', 'function'],
    [{ a: { b: Number.NaN } }, '/a/b', 'non-finite-number'],
    [{ a: 1n }, '/a', 'bigint'],
    [{ s: Symbol('x') }, '/s', 'symbol'],
    [{ d: new Date(0) }, '/d', 'non-plain-object'],
    [{ m: new Map() }, '/m', 'non-plain-object'],
    [{ 'a/b': { '~': '\ud800x' } }, '/a~1b/~0', 'lone-surrogate'],
    // biome-ignore lint/suspicious/noSparseArray: a hole (which JSON.stringify would turn into null) must be rejected like undefined.
    [[1, , 3], '/1', 'undefined'],
    [undefined, '', 'undefined'],
  ])('rejects %o at %s (%s)', (value, path, reason) => {
    try {
      canonicalJson(value);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(CanonicalJsonError);
      expect((error as CanonicalJsonError).path).toBe(path);
      expect((error as CanonicalJsonError).reason).toBe(reason);
    }
  });

  it('rejects a lone surrogate in a key', () => {
    expect(() => canonicalJson({ '\udc00': 1 })).toThrowError(/lone surrogate/);
  });

  it('rejects a cycle without a stack overflow escaping', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => canonicalJson(a)).toThrowError(/too deeply|cycle/);
  });

  it('never puts the offending value in the message', () => {
    try {
      canonicalJson({ idNumber: '350102199001011234', n: Number.POSITIVE_INFINITY });
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(String(error)).not.toContain('350102199001011234');
      expect((error as CanonicalJsonError).text.zh).toContain('/n');
    }
  });

  it('treats an own __proto__ key as an ordinary key, without touching prototypes', () => {
    const parsed = JSON.parse('{"b":1,"__proto__":{"polluted":true},"a":[{"__proto__":null}]}');
    const out = canonicalJson(parsed);
    expect(out).toBe('{"__proto__":{"polluted":true},"a":[{"__proto__":null}],"b":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(canonicalJson(JSON.parse(out))).toBe(out);
  });

  it('accepts null-prototype objects and keys named like Object.prototype members', () => {
    const o = Object.create(null) as Record<string, unknown>;
    // biome-ignore lint/complexity/useLiteralKeys: dot access would type-check against Object.prototype's constructor, not the index signature.
    o['constructor'] = 1;
    // biome-ignore lint/complexity/useLiteralKeys: dot access would type-check against Object.prototype's hasOwnProperty, not the index signature.
    o['hasOwnProperty'] = 2;
    expect(canonicalJson(o)).toBe('{"constructor":1,"hasOwnProperty":2}');
  });

  it('escapes control characters the way JSON.stringify does and leaves U+007F and U+2028 as they are', () => {
    expect(canonicalJson('\b\f\n\r\t\u0001\u001f"\\\u007f\u2028')).toBe('"\\b\\f\\n\\r\\t\\u0001\\u001f\\"\\\\\u007f\u2028"');
  });
});

describe('canonicalJson: properties', () => {
  const values = fc.jsonValue({ stringUnit: 'binary' });

  it('round-trips through JSON.parse', () => {
    fc.assert(
      fc.property(values, (v) => {
        expect(JSON.parse(canonicalJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent and matches a sort-and-stringify reference', () => {
    fc.assert(
      fc.property(values, (v) => {
        const once = canonicalJson(v);
        expect(canonicalJson(JSON.parse(once))).toBe(once);
        expect(once).toBe(reference(v));
      }),
      { numRuns: 500 },
    );
  });
});
