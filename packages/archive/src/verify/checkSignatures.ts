/**
 * Signatures: each one names its revision's content hash, and each key signature (`method: "key"`) verifies
 * with Ed25519 over `signaturePayload(id, revision, contentHash, role, signedAt)` under a public key the archive
 * carries for that person. Drawn and paper signatures are images or scans; their files are checked as attachments.
 */
import { signaturePayload } from '@order75/core';
import type { ManifestKey } from '../manifest/manifest';
import { type ArchiveIssue, makeIssue } from '../report/issue';
import { type Ed25519Engine, ed25519Engine, verifyEd25519 } from './ed25519';
import type { RevisionState } from './revisions';

/** Counts for the report. */
export interface SignatureTally {
  checked: number;
  valid: number;
  engine?: Ed25519Engine;
}

/** Checks every signature of every revision. */
export async function checkSignatures(revisions: readonly RevisionState[], keys: readonly ManifestKey[], file: string): Promise<{ issues: ArchiveIssue[]; tally: SignatureTally }> {
  const issues: ArchiveIssue[] = [];
  const tally: SignatureTally = { checked: 0, valid: 0 };
  const byKeyId = new Map(keys.map((k) => [k.keyId, k]));
  const jobs: Array<Promise<void>> = [];
  for (const state of revisions) {
    for (const { line, at: appended, signature: s } of state.signatures) {
      tally.checked++;
      const person = String(s.personId);
      const at = { file, line, recordId: state.id, revision: state.revision };
      const bad = (code: string, zh: string, en: string) => issues.push(makeIssue('signatures', code, at, { zh: `${person} 的签名${zh}`, en: `signature by ${person} ${en}` }));
      if (s.contentHash !== state.contentHash) {
        bad('signature.content-hash', '所签内容哈希与该修订版不符（签的是别的内容）', 'names a content hash other than this revision\'s (it signs other content)');
        continue;
      }
      if (s.method !== 'key') {
        tally.valid++;
        continue;
      }
      if (s.alg !== 'ed25519' || typeof s.sig !== 'string') {
        bad('signature.alg', `使用的算法 ${String(s.alg)} 无法在此核验（支持 ed25519）`, `uses ${String(s.alg)}, which cannot be verified here (ed25519 is supported)`);
        continue;
      }
      const candidates = typeof s.keyId === 'string' ? [byKeyId.get(s.keyId)].filter((k) => k !== undefined) : keys.filter((k) => k.personId === person);
      if (candidates.length === 0) {
        bad('signature.no-key', '无法核验：归档未携带其公钥', 'cannot be verified: the archive carries no public key for it');
        continue;
      }
      if (candidates.some((k) => k.personId !== person)) {
        bad('signature.key-owner', `所用密钥 ${String(s.keyId)} 属于他人`, `uses key ${String(s.keyId)}, which belongs to someone else`);
        continue;
      }
      const live = candidates.filter((k) => k.revokedAt === undefined || Date.parse(appended) < Date.parse(k.revokedAt));
      if (live.length === 0) {
        bad('signature.key-revoked', `所用密钥已于 ${candidates[0]?.revokedAt} 吊销，签名在其后才记入`, `uses a key revoked on ${candidates[0]?.revokedAt}, and was recorded after that`);
        continue;
      }
      const payload = signaturePayload({ id: state.id, revision: state.revision, contentHash: state.contentHash, role: String(s.role), signedAt: String(s.signedAt) });
      jobs.push(
        (async () => {
          for (const key of live) {
            if (await verifyEd25519(key.publicKey, s.sig as string, payload)) {
              tally.valid++;
              return;
            }
          }
          bad('signature.invalid', '无效：签名值与内容、角色或签署时间不符', 'is invalid: the signature value does not match the content, role or signing time');
        })(),
      );
    }
  }
  if (jobs.length) tally.engine = await ed25519Engine();
  await Promise.all(jobs);
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { issues, tally };
}
