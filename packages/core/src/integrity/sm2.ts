/**
 * SM2 digital signatures (GB/T 32918.2-2016, GM/T 0003.2-2012) on the recommended curve sm2p256v1
 * (GB/T 32918.5-2017), with Z_A per GB/T 32918.2 §5.5 and the default user id `1234567812345678`
 * (GM/T 0009-2012). Pure JavaScript BigInt, so verify.html can check SM2 signatures offline; tested against
 * the standard's Annex A known-answer example.
 *
 * BigInt arithmetic is not constant-time: verification is safe anywhere; sign only where timing side channels
 * are not a concern (a person's own machine), or use an HSM behind the same interface.
 */
import { sm3 } from './sm3';

const P = 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn;
const A = 0xfffffffeffffffffffffffffffffffffffffffff00000000fffffffffffffffcn;
const B = 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n;
const N = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
const GX = 0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n;
const GY = 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n;

/** The default signer id of GM/T 0009-2012. */
export const SM2_DEFAULT_ID = '1234567812345678';

type Jacobian = [bigint, bigint, bigint];
type Affine = [bigint, bigint];

const mod = (a: bigint, m: bigint) => {
  const r = a % m;
  return r < 0n ? r + m : r;
};

function inv(a: bigint, m: bigint): bigint {
  // Extended Euclid; a and m coprime (m prime, a ≠ 0 mod m).
  let [r0, r1] = [mod(a, m), m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0, m);
}

function double([x, y, z]: Jacobian): Jacobian {
  if (y === 0n || z === 0n) return [0n, 1n, 0n];
  const y2 = mod(y * y, P);
  const s = mod(4n * x * y2, P);
  const z2 = mod(z * z, P);
  const m = mod(3n * x * x + A * z2 * z2, P);
  const x3 = mod(m * m - 2n * s, P);
  const y3 = mod(m * (s - x3) - 8n * y2 * y2, P);
  return [x3, y3, mod(2n * y * z, P)];
}

function add(p: Jacobian, q: Jacobian): Jacobian {
  if (p[2] === 0n) return q;
  if (q[2] === 0n) return p;
  const z1z1 = mod(p[2] * p[2], P);
  const z2z2 = mod(q[2] * q[2], P);
  const u1 = mod(p[0] * z2z2, P);
  const u2 = mod(q[0] * z1z1, P);
  const s1 = mod(p[1] * q[2] * z2z2, P);
  const s2 = mod(q[1] * p[2] * z1z1, P);
  if (u1 === u2) return s1 === s2 ? double(p) : [0n, 1n, 0n];
  const h = mod(u2 - u1, P);
  const r = mod(s2 - s1, P);
  const h2 = mod(h * h, P);
  const h3 = mod(h * h2, P);
  const x3 = mod(r * r - h3 - 2n * u1 * h2, P);
  const y3 = mod(r * (u1 * h2 - x3) - s1 * h3, P);
  return [x3, y3, mod(h * p[2] * q[2], P)];
}

function multiply(k: bigint, [x, y]: Affine): Jacobian {
  let acc: Jacobian = [0n, 1n, 0n];
  let base: Jacobian = [x, y, 1n];
  for (let e = k; e > 0n; e >>= 1n) {
    if (e & 1n) acc = add(acc, base);
    base = double(base);
  }
  return acc;
}

function toAffine([x, y, z]: Jacobian): Affine | undefined {
  if (z === 0n) return undefined;
  const zi = inv(z, P);
  const zi2 = mod(zi * zi, P);
  return [mod(x * zi2, P), mod(y * zi2 * zi, P)];
}

const toBig = (bytes: Uint8Array) => bytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
function toBytes(n: bigint, length = 32): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = length - 1, v = n; i >= 0; i--, v >>= 8n) out[i] = Number(v & 0xffn);
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function onCurve([x, y]: Affine): boolean {
  return x < P && y < P && mod(y * y - (x * x * x + A * x + B), P) === 0n;
}

function parsePublicKey(publicKey: Uint8Array): Affine | undefined {
  if (publicKey.length !== 65 || publicKey[0] !== 0x04) return undefined;
  const point: Affine = [toBig(publicKey.subarray(1, 33)), toBig(publicKey.subarray(33))];
  return onCurve(point) ? point : undefined;
}

/** The uncompressed public key `04 ‖ x ‖ y` (65 bytes) of a 32-byte private key. */
export function sm2PublicKey(privateKey: Uint8Array): Uint8Array {
  const d = toBig(privateKey);
  if (privateKey.length !== 32 || d <= 0n || d >= N - 1n) throw new RangeError('sm2: the private key must be 32 bytes in [1, n-2] (SM2 私钥无效)');
  const q = toAffine(multiply(d, [GX, GY])) as Affine;
  return concat(new Uint8Array([4]), toBytes(q[0]), toBytes(q[1]));
}

/** Z_A = SM3(ENTL_A ‖ ID_A ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A). */
export function sm2Za(publicKey: Uint8Array, id: string = SM2_DEFAULT_ID): Uint8Array {
  const idBytes = new TextEncoder().encode(id);
  const bits = idBytes.length * 8;
  if (bits > 0xffff) throw new RangeError('sm2: the signer id is too long (签名者标识过长)');
  return sm3(concat(new Uint8Array([bits >> 8, bits & 0xff]), idBytes, toBytes(A), toBytes(B), toBytes(GX), toBytes(GY), publicKey.subarray(1, 33), publicKey.subarray(33, 65)));
}

function randomScalar(): bigint {
  const bytes = new Uint8Array(40);
  globalThis.crypto.getRandomValues(bytes);
  return (toBig(bytes) % (N - 1n)) + 1n;
}

/**
 * Signs `message` (the signature payload bytes) and returns `r ‖ s`, 64 bytes.
 * `k` is for known-answer tests only; leave it out.
 */
export function sm2Sign(privateKey: Uint8Array, message: Uint8Array, options: { id?: string; k?: Uint8Array } = {}): Uint8Array {
  const d = toBig(privateKey);
  const e = toBig(sm3(concat(sm2Za(sm2PublicKey(privateKey), options.id), message)));
  const dInv = inv(1n + d, N);
  for (;;) {
    const k = options.k ? toBig(options.k) : randomScalar();
    const x1 = (toAffine(multiply(k, [GX, GY])) as Affine)[0];
    const r = mod(e + x1, N);
    if (r === 0n || r + k === N) {
      if (options.k) throw new RangeError('sm2: the given k yields an invalid signature');
      continue;
    }
    const s = mod(dInv * (k - r * d), N);
    if (s === 0n) {
      if (options.k) throw new RangeError('sm2: the given k yields an invalid signature');
      continue;
    }
    return concat(toBytes(r), toBytes(s));
  }
}

/** Verifies an `r ‖ s` signature (64 bytes) with an uncompressed public key (65 bytes). Never throws. */
export function sm2Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array, options: { id?: string } = {}): boolean {
  const q = parsePublicKey(publicKey);
  if (!q || signature.length !== 64) return false;
  const r = toBig(signature.subarray(0, 32));
  const s = toBig(signature.subarray(32));
  if (r < 1n || r >= N || s < 1n || s >= N) return false;
  const t = mod(r + s, N);
  if (t === 0n) return false;
  const e = toBig(sm3(concat(sm2Za(publicKey, options.id), message)));
  const point = toAffine(add(multiply(s, [GX, GY]), multiply(t, q)));
  return point !== undefined && mod(e + point[0], N) === r;
}
