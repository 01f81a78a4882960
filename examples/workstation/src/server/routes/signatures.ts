/**
 * Signing a revision as the logged-in person, in a slot their role may fill: with their Ed25519 key (unlocked
 * by their signing passphrase), a drawn signature image, or a paper-signed or sealed scan — both uploaded
 * first and referenced by hash. A role the slot does not list gets 403 with a bilingual message.
 */
import type { Signature } from '@order75/schemas';
import { type Keystore, signWithKeystore, StoreError } from '@order75/store';
import type { FastifyInstance } from 'fastify';
import { requireRole } from '../auth/plugin';
import { localInstant } from '../clock';
import type { Workstation } from '../context';
import { ApiError, notFound } from '../errors';
import { ROLE_NAMES, rolesText, slotRoles } from '../roles';
import { withHash } from './records';

const BODY = {
  type: 'object',
  properties: {
    revision: { type: 'integer', minimum: 1 },
    slot: { type: 'integer', minimum: 0, maximum: 9 },
    method: { type: 'string', enum: ['key', 'drawn', 'paper'] },
    passphrase: { type: 'string', minLength: 1, maxLength: 200 },
    attachment: {
      type: 'object',
      properties: { hash: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' }, name: { type: 'string', minLength: 1, maxLength: 255 } },
      required: ['hash'],
      additionalProperties: false,
    },
  },
  required: ['revision', 'slot', 'method'],
  additionalProperties: false,
};

interface SignBody {
  revision: number;
  slot: number;
  method: 'key' | 'drawn' | 'paper';
  passphrase?: string;
  attachment?: { hash: string; name?: string };
}

const KEY_BODY = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^[0-9a-f-]{36}$' },
    revision: { type: 'integer', minimum: 1 },
    contentHash: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
    signedAt: { type: 'string', minLength: 20, maxLength: 40 },
    passphrase: { type: 'string', minLength: 1, maxLength: 200 },
  },
  required: ['id', 'revision', 'contentHash', 'signedAt', 'passphrase'],
  additionalProperties: false,
};

/** Unlocks the account's keystore and signs the signature fields in the account's role. */
async function keySign(ws: Workstation, username: string, fields: { id: string; revision: number; contentHash: string; role: Signature['role']; signedAt: string }, passphrase?: string) {
  const sealed = ws.accounts.keystore(username);
  if (!sealed) throw new ApiError(400, 'no-key', { zh: '本账号还没有签名密钥，请在设置中生成', en: 'this account has no signing key yet; create one in settings' });
  if (!passphrase) throw new ApiError(400, 'passphrase', { zh: '请输入签名口令', en: 'enter your signing passphrase' });
  try {
    return await signWithKeystore(JSON.parse(sealed) as Keystore, passphrase, fields);
  } catch (error) {
    if (error instanceof StoreError) throw new ApiError(400, 'passphrase', error.text);
    throw error;
  }
}

export function signatureRoutes(app: FastifyInstance, ws: Workstation): void {
  // The form's key signer: signs the signature payload of a record being filled in, never arbitrary bytes.
  app.post('/api/sign-key', { schema: { body: KEY_BODY } }, async (request) => {
    const account = requireRole(request, ['principal', 'director', 'officer']);
    const body = request.body as { id: string; revision: number; contentHash: string; signedAt: string; passphrase: string };
    const role = account.role as Signature['role'];
    const fields = await keySign(ws, account.username, { id: body.id, revision: body.revision, contentHash: body.contentHash, role, signedAt: body.signedAt }, body.passphrase);
    return { ...fields, role, personId: account.personId };
  });

  app.post('/api/records/:id/signatures', { schema: { body: BODY } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const body = request.body as SignBody;
    const account = requireRole(request, ['principal', 'director', 'officer']);
    const record = await ws.store.get(id, body.revision);
    if (!record || record.enterprise !== ws.enterprise) throw notFound(`记录 ${id} 第 ${body.revision} 版`);
    const roles = slotRoles(record.recordType, record.schemaVersion)[body.slot];
    if (!roles) throw new ApiError(400, 'no-slot', { zh: `该记录类型没有第 ${body.slot + 1} 签名栏`, en: `this record type has no signature slot ${body.slot}` });
    const role = account.role as 'principal' | 'director' | 'officer';
    if (!roles.includes(role)) {
      throw new ApiError(403, 'wrong-role', {
        zh: `第 ${body.slot + 1} 签名栏应由${rolesText(roles).zh}签署，当前账号为${ROLE_NAMES[role].zh}，不能签署`,
        en: `signature slot ${body.slot} is signed by the ${rolesText(roles).en}; this account is the ${ROLE_NAMES[role].en} and may not sign it`,
      });
    }
    if (!account.personId) throw new ApiError(403, 'no-person', { zh: '本账号未关联人员，不能签名', en: 'this account is not linked to a person and cannot sign' });
    const { contentHash } = await withHash(record);
    const signedAt = localInstant(ws.now());
    const base = { slot: body.slot, role, personId: account.personId, name: account.displayName, signedAt, contentHash };
    let signature: Signature;
    if (body.method === 'key') {
      signature = { ...base, ...(await keySign(ws, account.username, { id, revision: body.revision, contentHash, role, signedAt }, body.passphrase)) };
    } else {
      const file = body.attachment && ws.attachments.get(body.attachment.hash);
      if (!body.attachment || !file) {
        throw new ApiError(400, 'no-attachment', {
          zh: body.method === 'paper' ? '请先上传签字或盖章后的扫描件' : '请先提交手写签名图片',
          en: body.method === 'paper' ? 'upload the signed or sealed scan first' : 'submit the drawn signature image first',
        });
      }
      const attachment = { hash: body.attachment.hash, mediaType: file.mediaType, size: file.bytes.byteLength, ...(body.attachment.name ? { name: body.attachment.name } : {}) };
      signature = { ...base, method: body.method, attachment };
    }
    const { seq } = await ws.store.sign(id, body.revision, signature, { actor: account.personId });
    ws.changed();
    return reply.status(201).send({ seq, signature });
  });
}
