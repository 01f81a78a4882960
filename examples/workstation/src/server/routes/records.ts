/**
 * Records: create (validated by `validateRecord`, nothing coerced or stripped), read, query, history and
 * correct (a new revision with `supersedes: { revision, reason }`). Signatures have their own routes.
 */
import { contentHash, type ValidationIssue } from '@order75/core';
import { type AnyRecord, RECORD_TYPES, type RecordType, type Signature } from '@order75/schemas';
import { nodeSha256Hasher, StoreError } from '@order75/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Account } from '../auth/accounts';
import { requireRole } from '../auth/plugin';
import type { Workstation } from '../context';
import { ApiError, notFound } from '../errors';
import { ROLE_NAMES, writersOf } from '../roles';
import { RECORD_BODY } from '../validation';

const ID = { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9a-f-]{36}$' } }, required: ['id'], additionalProperties: false };
const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

function issue(path: string, field: string, zh: string, en: string): ValidationIssue {
  return { instancePath: path, keyword: 'workstation', params: {}, field: { zh: field, en: field }, message: { zh: `${field}：${zh}`, en: `${field}: ${en}` } };
}

/** The acting person for the chain and the audit trail. */
export function actorOf(account: Account): string {
  return account.personId ?? `account:${account.username}`;
}

/** Checks that apply to every write: the enterprise, the writer's role, an officer's sites, only one's own signatures. */
function checkWrite(ws: Workstation, request: FastifyRequest, record: AnyRecord): Account {
  const account = requireRole(request, writersOf(record.recordType));
  const issues: ValidationIssue[] = [];
  if (record.enterprise !== ws.enterprise) {
    issues.push(issue('/enterprise', 'enterprise', `应为本工作站的企业 ${ws.enterprise}`, `must be this workstation's enterprise ${ws.enterprise}`));
  }
  // Signatures made in the form before submitting: only the logged-in person's own, in their own role.
  for (const [i, sig] of (record.signatures ?? []).entries()) {
    if (sig.personId !== account.personId || sig.role !== account.role) {
      throw new ApiError(403, 'wrong-signer', {
        zh: `第 ${i + 1} 个签名不是本账号（${ROLE_NAMES[account.role].zh}）本人所签，不能代签`,
        en: `signature ${i + 1} is not this account's own (${ROLE_NAMES[account.role].en}); nobody may sign for someone else`,
      });
    }
    if (sig.attachment && !ws.attachments.has(sig.attachment.hash)) {
      issues.push(issue(`/signatures/${i}/attachment/hash`, 'signatures.attachment', '请先上传签名图片或扫描件', 'upload the signature image or scan first'));
    }
  }
  if (issues.length) throw new ApiError(400, 'invalid-input', { zh: '提交的内容有问题，未保存', en: 'the input has problems; nothing was saved' }, issues);
  if (account.role === 'officer' && record.recordType === 'daily-check' && account.sites.length > 0 && !account.sites.includes(record.site)) {
    throw new ApiError(403, 'forbidden-site', {
      zh: `本账号只能填写 ${account.sites.join('、')} 厂区的每日检查`,
      en: `this account checks site(s) ${account.sites.join(', ')} only`,
    });
  }
  return account;
}

/**
 * Saves a record, then the signatures made in the form before submitting, exactly as made: the content hash
 * leaves out the `createdAt` the store stamps, so a signature over the unsaved form matches the stored
 * revision. One the store refuses (made over other content, a key it does not know) is returned in
 * `unsignedSlots` with the store's reason, for the client to sign again (sign route); the record stays saved.
 */
async function saveWithSignatures(ws: Workstation, record: AnyRecord, account: Account, expectedRevision: number) {
  const { signatures, ...bare } = record as AnyRecord & { signatures?: Signature[] };
  const actor = actorOf(account);
  const saved = await ws.store.put(bare as AnyRecord, { actor, expectedRevision });
  const unsignedSlots: number[] = [];
  const signatureIssues: { slot: number; message: { zh: string; en: string } }[] = [];
  for (const sig of signatures ?? []) {
    try {
      await ws.store.sign(saved.id, saved.revision, sig, { actor });
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      unsignedSlots.push(sig.slot);
      signatureIssues.push({ slot: sig.slot, message: error.text });
    }
  }
  ws.changed();
  return { ...saved, record: await ws.store.get(saved.id), unsignedSlots, signatureIssues };
}

/** A record with its content hash (what a signature signs). */
export async function withHash(record: AnyRecord): Promise<{ record: AnyRecord; contentHash: string }> {
  return { record, contentHash: await contentHash(record, nodeSha256Hasher) };
}

export function recordRoutes(app: FastifyInstance, ws: Workstation): void {
  app.post('/api/records', { schema: { body: RECORD_BODY } }, async (request, reply) => {
    const record = request.body as AnyRecord;
    const account = checkWrite(ws, request, record);
    if (record.revision !== 1 || record.supersedes) {
      throw new ApiError(400, 'invalid-input', { zh: '新记录的修订版应为 1；更正请用更正操作', en: 'a new record has revision 1; use a correction to revise' }, [
        issue('/revision', 'revision', '新记录应为 1', 'must be 1 for a new record'),
      ]);
    }
    const result = await saveWithSignatures(ws, record, account, 0);
    return reply.status(201).send(result);
  });

  app.get(
    '/api/records',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            type: { type: 'string', enum: [...RECORD_TYPES] },
            from: DATE,
            to: DATE,
            site: { type: 'string', maxLength: 64 },
            status: { type: 'string', enum: ['draft', 'final'] },
            limit: { type: 'string', pattern: '^[1-9][0-9]{0,4}$' },
          },
          additionalProperties: false,
        },
      },
    },
    async (request) => {
      const q = request.query as { type?: RecordType; from?: string; to?: string; site?: string; status?: 'draft' | 'final'; limit?: string };
      const records = await ws.store.query({
        enterprise: ws.enterprise,
        ...(q.type ? { type: q.type } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        ...(q.site ? { site: q.site } : {}),
        ...(q.status ? { status: q.status } : {}),
      });
      const limit = q.limit ? Number(q.limit) : 500;
      return { total: records.length, records: records.slice(-limit).reverse() };
    },
  );

  app.get(
    '/api/records/:id',
    { schema: { params: ID, querystring: { type: 'object', properties: { revision: { type: 'string', pattern: '^[1-9][0-9]*$' } }, additionalProperties: false } } },
    async (request) => {
      const { id } = request.params as { id: string };
      const { revision } = request.query as { revision?: string };
      const record = await ws.store.get(id, revision ? Number(revision) : undefined);
      if (!record || record.enterprise !== ws.enterprise) throw notFound(`记录 ${id}`);
      return withHash(record);
    },
  );

  app.get('/api/records/:id/history', { schema: { params: ID } }, async (request) => {
    const { id } = request.params as { id: string };
    const revisions = await ws.store.history(id);
    if (revisions.length === 0 || revisions[0]?.enterprise !== ws.enterprise) throw notFound(`记录 ${id}`);
    return { revisions: await Promise.all(revisions.map(withHash)), audit: await ws.store.audit(id) };
  });

  app.post('/api/records/:id/corrections', { schema: { params: ID, body: RECORD_BODY } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const record = request.body as AnyRecord;
    const account = checkWrite(ws, request, record);
    const reason = record.supersedes?.reason?.trim();
    if (record.id !== id || !reason) {
      throw new ApiError(400, 'invalid-input', { zh: '更正需与原记录同一编号，并写明更正原因', en: 'a correction keeps the record id and states its reason' }, [
        ...(record.id !== id ? [issue('/id', 'id', `应为 ${id}`, `must be ${id}`)] : []),
        ...(!reason ? [issue('/supersedes/reason', 'supersedes.reason', '请填写更正原因', 'state the reason for the correction')] : []),
      ]);
    }
    const latest = await ws.store.get(id);
    if (!latest || latest.enterprise !== ws.enterprise) throw notFound(`记录 ${id}`);
    if (latest.recordType !== record.recordType) {
      throw new ApiError(400, 'invalid-input', { zh: '更正不能改变记录类型', en: 'a correction cannot change the record type' }, [
        issue('/recordType', 'recordType', `应为 ${latest.recordType}`, `must be ${latest.recordType}`),
      ]);
    }
    const result = await saveWithSignatures(ws, record, account, record.revision - 1);
    return reply.status(201).send(result);
  });
}
