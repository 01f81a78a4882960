/**
 * What the @order75/react forms need from the workstation: uploads (to /api/attachments, by hash), attachment
 * URLs, a key signer backed by the account's server-side keystore (asks for the signing passphrase), and
 * submitting a record — then signing again any key signature the store's createdAt invalidated.
 */
import type { Attachment } from '@order75/schemas';
import type { Signer, UploadFn } from '@order75/react';
import { api } from './api';
import type { SessionState } from './session';

export const upload: UploadFn = async (file) => {
  const stored = await api.post<{ hash: string; mediaType: string; size: number }>('/api/attachments', file, file.type || 'application/octet-stream');
  return { hash: stored.hash, mediaType: stored.mediaType, size: stored.size, name: file.name.slice(0, 255) } as Attachment;
};

export const attachmentUrl = (a: Attachment) => `/api/attachments/${a.hash}`;

let passphrase: string | undefined;

/** Asks once per page for the signing passphrase; kept only in memory. */
function askPassphrase(zh: boolean): string {
  passphrase ??= window.prompt(zh ? '请输入签名口令（演示账号：与登录密码相同）' : 'Signing passphrase (demo accounts: the login password)') ?? undefined;
  if (!passphrase) throw new Error(zh ? '未输入签名口令' : 'no passphrase');
  return passphrase;
}

export function keySigner(s: SessionState, zh: boolean): Signer | undefined {
  const { account } = s;
  if (!account.personId || account.role === 'viewer') return undefined;
  return {
    person: { personId: account.personId, name: account.displayName },
    role: account.role,
    alg: 'ed25519',
    async sign(payload) {
      const fields = JSON.parse(new TextDecoder().decode(payload)) as { id: string; revision: number; contentHash: string; signedAt: string };
      try {
        const res = await api.post<{ sig: string; keyId: string }>('/api/sign-key', { id: fields.id, revision: fields.revision, contentHash: fields.contentHash, signedAt: fields.signedAt, passphrase: askPassphrase(zh) });
        this.keyId = res.keyId;
        return res.sig;
      } catch (error) {
        passphrase = undefined;
        throw error;
      }
    },
  };
}

/** Posts a new record (or a correction), then re-signs slots the server could not carry over. */
export async function submitRecord(record: { id: string; revision: number }, zh: boolean): Promise<{ id: string; revision: number }> {
  const url = record.revision > 1 ? `/api/records/${record.id}/corrections` : '/api/records';
  const saved = await api.post<{ id: string; revision: number; unsignedSlots: number[] }>(url, record);
  for (const slot of saved.unsignedSlots ?? []) {
    await api.post(`/api/records/${saved.id}/signatures`, { revision: saved.revision, slot, method: 'key', passphrase: askPassphrase(zh) });
  }
  return saved;
}
