/**
 * Saving one revision inside a transaction: validate, stamp `createdAt`, check the revision sequence and the
 * writer's expected revision, append the revision event, index the row, audit, enqueue, and add any
 * signatures the record carries as signature events.
 */
import { revisionContent, validateRecord } from '@order75/core';
import type { AnyRecord, Signature } from '@order75/schemas';
import { diffRecords } from '../audit/diff';
import { appendEvent, lockHead, saveHead } from '../chain/appendEvent';
import { ConcurrencyError, RecordRejectedError } from '../errors';
import { enqueue } from '../outbox/outbox';
import { recordFacts } from '../records/recordFacts';
import type { SqlExecutor } from '../sql/driver';
import type { PutContext, PutResult } from '../types';
import { REVISION_COLS, type RevisionRow, type WriteEnv } from './context';
import { addSignature } from './signRevision';
import { storeIssue } from './storeIssue';

const REVISION_FIELD = { zh: '修订版', en: 'Revision' };

export async function writeRevision(tx: SqlExecutor, env: WriteEnv, input: AnyRecord, ctx: PutContext): Promise<PutResult> {
  if (input === null || typeof input !== 'object') {
    const v = validateRecord(input);
    throw new RecordRejectedError(undefined, v.ok ? [] : v.issues);
  }
  const at = env.now().toISOString();
  const { signatures, ...rest } = structuredClone(input) as AnyRecord & { signatures?: Signature[] };
  const record = rest as Record<string, unknown>;
  if (!(ctx.keepCreatedAt && typeof record.createdAt === 'string')) record.createdAt = at;
  const checked = validateRecord(signatures?.length ? { ...record, signatures } : record);
  if (!checked.ok) throw new RecordRejectedError(typeof record.id === 'string' ? record.id : undefined, checked.issues);
  const rec = record as unknown as AnyRecord;

  const head = await lockHead(tx, env.dialect, rec.enterprise);
  const prevRows = await tx.query<RevisionRow>(`SELECT ${REVISION_COLS} FROM o75_records WHERE id = ? AND is_latest = 1`, [rec.id]);
  const prev = prevRows[0];
  const latest = prev ? Number(prev.revision) : 0;
  if (ctx.expectedRevision !== undefined && ctx.expectedRevision !== latest) throw new ConcurrencyError(rec.id, ctx.expectedRevision, latest);
  if (rec.revision <= latest) throw new ConcurrencyError(rec.id, rec.revision - 1, latest);
  if (rec.revision !== latest + 1) {
    throw new RecordRejectedError(rec.id, [
      storeIssue('/revision', 'revision', REVISION_FIELD, {
        zh: `应为 ${latest + 1}（已保存的最新修订版为 ${latest}）`,
        en: `should be ${latest + 1} (the latest saved revision is ${latest})`,
      }),
    ]);
  }
  if (prev && prev.enterprise !== rec.enterprise) {
    throw new RecordRejectedError(rec.id, [
      storeIssue('/enterprise', 'enterprise', { zh: '生产单位统一社会信用代码', en: 'Enterprise USCC' }, {
        zh: '与该记录以前修订版的企业不同；更正不能把记录移到另一个企业',
        en: 'differs from earlier revisions of this record; a correction cannot move a record to another enterprise',
      }),
    ]);
  }
  if (prev && rec.supersedes?.revision !== latest) {
    throw new RecordRejectedError(rec.id, [
      storeIssue('/supersedes/revision', 'supersedes', { zh: '被更正的修订版', en: 'Superseded revision' }, {
        zh: `应为 ${latest}（本修订版更正的上一修订版）`,
        en: `should be ${latest}, the revision this one corrects`,
      }),
    ]);
  }

  const content = await revisionContent(rec, env.hasher);
  const facts = recordFacts(rec, ctx.actor);
  const event = await appendEvent(tx, head, {
    kind: 'revision', at, enterprise: rec.enterprise, by: ctx.actor, id: rec.id, revision: rec.revision,
    recordType: rec.recordType, contentHash: content.contentHash, status: rec.status, record: content.content,
  }, env.hasher, content);
  if (prev) await tx.run('UPDATE o75_records SET is_latest = 0 WHERE id = ? AND revision = ?', [rec.id, latest]);
  await tx.run(
    `INSERT INTO o75_records (id, revision, enterprise, record_type, record_date, site, author, status, content_hash, created_at,
     is_latest, event_seq, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    [rec.id, rec.revision, rec.enterprise, rec.recordType, facts.recordDate, facts.site, facts.author, rec.status,
      content.contentHash, rec.createdAt, event.seq, content.text],
  );
  const changes = prev ? diffRecords(JSON.parse(prev.body), content.content) : [];
  await tx.run(
    'INSERT INTO o75_audit (enterprise, at, actor, action, id, revision, event_seq, reason, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [rec.enterprise, at, ctx.actor, prev ? 'correct' : 'create', rec.id, rec.revision, event.seq, rec.supersedes?.reason ?? null, JSON.stringify(changes)],
  );
  for (const [i, sig] of (signatures ?? []).entries()) {
    await addSignature(tx, env, head, {
      row: { id: rec.id, revision: rec.revision, enterprise: rec.enterprise, record_type: rec.recordType, status: rec.status,
        content_hash: content.contentHash, created_at: rec.createdAt as string, is_latest: 1, body: content.text },
      signature: sig, actor: ctx.actor, at, trust: ctx.trustSignatures === true, existing: (signatures ?? []).slice(0, i), validated: true,
    });
  }
  await saveHead(tx, head);
  await enqueue(tx, rec.id, rec.revision, rec.enterprise, at);
  return { id: rec.id, revision: rec.revision, contentHash: content.contentHash, createdAt: rec.createdAt as string, seq: event.seq };
}
