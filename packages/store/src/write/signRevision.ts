/**
 * Adding a role signature to a revision (DESIGN.md § Identity): the signature must name this revision's
 * content hash, fill a slot of the record type with one of the slot's roles, come from a person holding that
 * role on the signing date (at the record's site, when it has one) by the engine's personnel timeline over the
 * store's final personnel-change records, and — for `method: 'key'` — verify with
 * a registered, unrevoked Ed25519 or SM2 key of that person. The content hash never changes.
 */
import { canonicalJson, personnelTimeline, validateRecord } from '@order75/core';
import type { AnyRecord, Message, Role, Signature } from '@order75/schemas';
import { appendEvent, lockHead, saveHead, type ChainHead } from '../chain/appendEvent';
import { NotFoundError, SignatureRejectedError } from '../errors';
import { verifyKeySignature } from '../keys/keystore';
import { enqueue } from '../outbox/outbox';
import { chinaDate, signatureSlots } from '../records/recordFacts';
import type { SqlExecutor } from '../sql/driver';
import type { StoreContext } from '../types';
import { REVISION_COLS, type RevisionRow, type WriteEnv } from './context';

const ROLE_ZH: Record<string, string> = { principal: '主要负责人', director: '质量安全总监', officer: '质量安全员' };

export interface AddSignature {
  row: RevisionRow;
  signature: Signature;
  actor: string;
  at: string;
  /** Skip role-holding and key checks (imports whose origin verified them). */
  trust: boolean;
  /** Signatures already on the revision (for validation and duplicate slots). */
  existing: readonly Signature[];
  /** Whether the signature was validated with its record already. */
  validated?: boolean;
}

async function refuse(s: AddSignature, reason: SignatureRejectedError['reason'], text: Message): Promise<never> {
  throw new SignatureRejectedError(s.row.id, Number(s.row.revision), reason, text);
}

/** Checks and appends one signature event; the caller saves the head and enqueues. */
export async function addSignature(tx: SqlExecutor, env: WriteEnv, head: ChainHead, s: AddSignature): Promise<number> {
  const { row, signature: sig } = s;
  if (!s.validated) {
    const record = { ...JSON.parse(row.body), status: row.status, signatures: [...s.existing, sig] };
    const v = validateRecord(record);
    if (!v.ok) await refuse(s, 'invalid', v.issues[0]?.message ?? { zh: '签名格式无效', en: 'invalid signature' });
  }
  if (sig.contentHash !== row.content_hash) {
    await refuse(s, 'content-hash', {
      zh: '签名的内容哈希与该修订版不符（内容已变化，请对最新修订版重新签名）',
      en: "the signature's content hash does not match this revision (the content changed; sign the latest revision again)",
    });
  }
  const version = Number((JSON.parse(row.body) as { schemaVersion: number }).schemaVersion);
  const slots = signatureSlots(row.record_type, version);
  const roles = slots[sig.slot];
  if (!roles) await refuse(s, 'slot', { zh: `该记录类型没有第 ${sig.slot} 签名栏`, en: `this record type has no signature slot ${sig.slot}` });
  if (!roles?.includes(sig.role)) {
    await refuse(s, 'role', {
      zh: `第 ${sig.slot} 签名栏应由 ${(roles ?? []).map((r) => ROLE_ZH[r] ?? r).join('或')} 签署`,
      en: `slot ${sig.slot} is signed by ${(roles ?? []).join(' or ')}`,
    });
  }
  const filled = s.existing.some((e) => e.slot === sig.slot) ||
    (await tx.query('SELECT 1 FROM o75_signatures WHERE id = ? AND revision = ? AND slot = ?', [row.id, row.revision, sig.slot])).length > 0;
  if (filled) await refuse(s, 'duplicate', { zh: `第 ${sig.slot} 签名栏已签署`, en: `slot ${sig.slot} is already signed` });
  if (!s.trust) {
    const date = chinaDate(sig.signedAt) ?? '';
    const rows = await tx.query<{ body: string }>(
      "SELECT body FROM o75_records WHERE enterprise = ? AND record_type = 'personnel-change' AND is_latest = 1 AND status = 'final'",
      [row.enterprise],
    );
    const changes = rows.map((r) => ({ ...JSON.parse(r.body), status: 'final' }) as AnyRecord);
    const site = (JSON.parse(row.body) as { site?: unknown }).site;
    const holds = date !== '' && personnelTimeline(changes).holds(sig.personId, sig.role as Role, date, typeof site === 'string' ? site : undefined);
    if (!holds) {
      const where = typeof site === 'string' ? { zh: `（厂区 ${site}）`, en: ` at site ${site}` } : { zh: '', en: '' };
      await refuse(s, 'holder', {
        zh: `未见 ${sig.personId} 于 ${date}${where.zh}担任${ROLE_ZH[sig.role] ?? sig.role}的人员任命记录（定稿）`,
        en: `no final personnel-change record shows ${sig.personId} holding ${sig.role} on ${date}${where.en}`,
      });
    }
    if (sig.method === 'key') await checkKey(env, s);
  }
  const event = await appendEvent(tx, head, {
    kind: 'signature', at: s.at, enterprise: row.enterprise, by: s.actor, id: row.id, revision: Number(row.revision),
    signature: sig as unknown as Record<string, unknown> & Signature,
  }, env.hasher);
  await tx.run(
    `INSERT INTO o75_signatures (id, revision, slot, enterprise, role, person_id, signed_at, method, event_seq, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [row.id, row.revision, sig.slot, row.enterprise, sig.role, sig.personId, sig.signedAt, sig.method, event.seq, canonicalJson(sig)],
  );
  await tx.run(
    'INSERT INTO o75_audit (enterprise, at, actor, action, id, revision, event_seq, reason, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [row.enterprise, s.at, s.actor, 'sign', row.id, row.revision, event.seq, null,
      JSON.stringify([{ path: `/signatures/${sig.slot}`, to: { role: sig.role, personId: sig.personId, method: sig.method, signedAt: sig.signedAt } }])],
  );
  return event.seq;
}

async function checkKey(env: WriteEnv, s: AddSignature): Promise<void> {
  const sig = s.signature;
  const key = sig.keyId ? await env.people.key(sig.keyId) : undefined;
  if (!key || key.personId !== sig.personId || key.alg !== sig.alg) {
    await refuse(s, 'key', { zh: `未见 ${sig.personId} 登记的公钥 ${sig.keyId ?? '（缺少 keyId）'}`, en: `no registered public key ${sig.keyId ?? '(keyId missing)'} of ${sig.personId}` });
  }
  if (key?.revokedAt && key.revokedAt <= s.at) await refuse(s, 'key', { zh: '该公钥已吊销', en: 'the key is revoked' });
  const alg = sig.alg === 'sm2' ? 'sm2' : 'ed25519';
  const ok = verifyKeySignature(key?.publicKey ?? '', { ...sig, id: s.row.id, revision: Number(s.row.revision) }, sig.sig ?? '', alg);
  if (!ok) await refuse(s, 'key', { zh: '签名值验证失败', en: 'the signature value does not verify' });
}

/** `store.sign`: one signature on a revision, in its own transaction. */
export async function signRevision(tx: SqlExecutor, env: WriteEnv, id: string, revision: number, sig: Signature, ctx: StoreContext): Promise<number> {
  const select = `SELECT ${REVISION_COLS} FROM o75_records WHERE id = ? AND revision = ?`;
  const found = (await tx.query<RevisionRow>(select, [id, revision]))[0];
  if (!found) throw new NotFoundError(id, revision);
  const head = await lockHead(tx, env.dialect, found.enterprise);
  // Read again under the chain lock: a concurrent correction may have superseded the revision meanwhile.
  const row = (await tx.query<RevisionRow>(select, [id, revision]))[0] as RevisionRow;
  if (Number(row.is_latest) !== 1) {
    throw new SignatureRejectedError(id, revision, 'superseded', { zh: '该修订版已被更正，请签署最新修订版', en: 'this revision was superseded; sign the latest one' });
  }
  if (ctx.expectedRevision !== undefined && ctx.expectedRevision !== revision) {
    throw new SignatureRejectedError(id, revision, 'superseded', { zh: '预期的修订版与签署的不同', en: 'the expected revision differs from the one signed' });
  }
  const existing = (await tx.query<{ body: string }>('SELECT body FROM o75_signatures WHERE id = ? AND revision = ? ORDER BY event_seq', [id, revision]))
    .map((r) => JSON.parse(r.body) as Signature);
  const at = env.now().toISOString();
  const seq = await addSignature(tx, env, head, { row, signature: sig, actor: ctx.actor, at, trust: false, existing });
  await saveHead(tx, head);
  await enqueue(tx, id, revision, row.enterprise, at);
  return seq;
}
