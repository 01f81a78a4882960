/** Picks the hasher for each algorithm an archive uses: the caller's when it matches, else the built-in one. */
import { type HashAlg, type Hasher, sha256Hasher, sm3Hasher } from '@order75/core';

/** A hasher per algorithm. */
export type HasherFor = (alg: HashAlg) => Hasher;

/** `preferred` for its own algorithm; WebCrypto SHA-256 and pure-JS SM3 otherwise. */
export function hashersFrom(preferred?: Hasher): HasherFor {
  return (alg) => (preferred?.alg === alg ? preferred : alg === 'sm3' ? sm3Hasher : sha256Hasher);
}

/** The algorithm a `'<alg>:<hex>'` string names, when it is one this project knows. */
export function algOf(hash: string): HashAlg | undefined {
  const alg = hash.slice(0, hash.indexOf(':'));
  return alg === 'sha256' || alg === 'sm3' ? alg : undefined;
}
