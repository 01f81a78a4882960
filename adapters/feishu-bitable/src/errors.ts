/** Bilingual messages for Feishu failures: where, what, how to fix (codes from platforms.md § 6.3). */
import { AdapterHttpError } from '@order75/adapter-kit';
import type { Message } from '@order75/schemas';
import { FeishuApiError, TRANSIENT_CODES } from './client';

const HINTS: Readonly<Record<number, Message>> = {
  10003: { zh: 'app_id 无效，请核对飞书开放平台中应用的 App ID', en: 'invalid app_id; check the App ID in the Feishu developer console' },
  10014: { zh: 'App Secret 无效，请核对或重置应用的 App Secret', en: 'invalid app secret; check or reset the App Secret' },
  99991661: { zh: '请求缺少访问凭证（tenant_access_token）', en: 'the request carried no tenant_access_token' },
  99991663: { zh: 'tenant_access_token 无效或已过期，且重新获取后仍被拒绝，请核对 App ID / App Secret', en: 'the tenant_access_token is invalid or expired and a fresh one was refused too; check the App ID and App Secret' },
  1254003: { zh: '多维表格 app_token 不正确，请核对配置 appToken（多维表格链接中 /base/ 之后的部分）', en: 'wrong base app_token; check appToken (the part after /base/ in the base’s link)' },
  1254041: { zh: '数据表不存在（可能被删除），请运行 provision', en: 'the table does not exist (deleted?); run provision' },
  1254045: { zh: '字段不存在（可能被改名或删除），请运行 verify 与 provision', en: 'a field does not exist (renamed or deleted?); run verify and provision' },
  1254104: { zh: '单次写入超过条数上限，请调小 batchSize', en: 'a write carried too many records; lower batchSize' },
  1254130: { zh: '单元格内容过大（记录原文超出飞书单元格上限）', en: 'a cell is too large (the raw record exceeds Feishu’s cell limit)' },
  1254302: { zh: '应用没有该多维表格的编辑权限：请把应用（或含应用的群）添加为多维表格协作者', en: 'the app may not edit this base: add the app (or a group holding it) as a collaborator' },
  91403: { zh: '应用没有该多维表格的权限：请把应用添加为多维表格协作者，并开通 bitable:app 权限', en: 'the app has no access to this base: add it as a collaborator and grant the bitable:app scope' },
};

/** Codes meaning "this record’s data was refused"; a batch with one is split to find it. */
export const DATA_CODES: readonly number[] = [1254015, 1254027, 1254060, 1254061, 1254062, 1254063, 1254064, 1254065, 1254066, 1254067, 1254068, 1254069, 1254070, 1254071, 1254072, 1254130];

export function describeError(error: unknown): Message {
  if (error instanceof FeishuApiError) {
    const hint = HINTS[error.code] ?? (DATA_CODES.includes(error.code) ? { zh: '飞书拒绝了该记录的字段值，请核对字段类型（运行 verify）', en: 'Feishu refused a field value of this record; check the field types (run verify)' } : undefined);
    const detail = `${error.api}，错误码 ${error.code}：${error.msg}`;
    return hint
      ? { zh: `飞书多维表格：${hint.zh}（${detail}）`, en: `Feishu Bitable: ${hint.en} (${error.api}, code ${error.code}: ${error.msg})` }
      : { zh: `飞书多维表格返回错误（${detail}）`, en: `Feishu Bitable answered an error (${error.api}, code ${error.code}: ${error.msg})` };
  }
  if (error instanceof AdapterHttpError) return error.toMessage();
  const text = error instanceof Error ? error.message : String(error);
  return { zh: `飞书多维表格：请求失败：${text}`, en: `Feishu Bitable: the request failed: ${text}` };
}

export function isRetryable(error: unknown): boolean {
  if (error instanceof AdapterHttpError) return error.retryable;
  if (error instanceof FeishuApiError) return TRANSIENT_CODES.includes(error.code) || error.code === 1254041;
  return true;
}
