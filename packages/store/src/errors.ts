/**
 * Errors the store throws: small classes that carry data, a bilingual `text`, and never a personal value
 * (ID numbers, phones) in their message.
 */
import type { ValidationIssue } from '@order75/core';
import type { Message } from '@order75/schemas';

/** Base class: `text` holds both languages; `message` is English then Chinese. */
export class StoreError extends Error {
  override name = 'StoreError';
  readonly text: Message;
  constructor(text: Message, options?: { cause?: unknown }) {
    super(`${text.en} (${text.zh})`, options);
    this.text = text;
  }
}

/** The record failed validation or a store rule; nothing was written. */
export class RecordRejectedError extends StoreError {
  override name = 'RecordRejectedError';
  constructor(
    readonly id: string | undefined,
    readonly issues: readonly ValidationIssue[],
  ) {
    const first = issues[0]?.message ?? { zh: '记录无效', en: 'invalid record' };
    const more = issues.length > 1 ? { zh: `（另有 ${issues.length - 1} 个问题）`, en: ` (and ${issues.length - 1} more)` } : { zh: '', en: '' };
    super({ zh: `记录未保存：${first.zh}${more.zh}`, en: `record not saved: ${first.en}${more.en}` });
  }
}

/** Someone else wrote a revision first (optimistic concurrency). Reload, merge and retry. */
export class ConcurrencyError extends StoreError {
  override name = 'ConcurrencyError';
  constructor(
    readonly id: string,
    readonly expectedRevision: number,
    readonly actualRevision: number,
  ) {
    super({
      zh: `记录 ${id} 已被他人修改：预期最新修订版为 ${expectedRevision}，实为 ${actualRevision}；请重新读取后再保存`,
      en: `record ${id} was changed by someone else: expected latest revision ${expectedRevision}, found ${actualRevision}; reload and save again`,
    });
  }
}

/** No such record or revision. */
export class NotFoundError extends StoreError {
  override name = 'NotFoundError';
  constructor(
    readonly id: string,
    readonly revision?: number,
  ) {
    const what = revision === undefined ? id : `${id}#${revision}`;
    super({ zh: `未找到记录 ${what}`, en: `no record ${what}` });
  }
}

/** A signature was refused (slot, role holding, content hash, key); nothing was written. */
export class SignatureRejectedError extends StoreError {
  override name = 'SignatureRejectedError';
  constructor(
    readonly id: string,
    readonly revision: number,
    readonly reason: 'slot' | 'role' | 'holder' | 'content-hash' | 'key' | 'duplicate' | 'superseded' | 'invalid',
    text: Message,
  ) {
    super({ zh: `签名未保存（${id}#${revision}）：${text.zh}`, en: `signature not saved (${id}#${revision}): ${text.en}` });
  }
}
