/** Bilingual messages for Jiandaoyun failures: where, what, how to fix (codes from platforms.md § 6.1). */
import { AdapterHttpError } from '@order75/adapter-kit';
import type { Message } from '@order75/schemas';
import { JdyApiError } from './client';

const HINTS: Readonly<Record<number, Message>> = {
  1: { zh: '简道云拒绝了该请求（参数或数据不被接受），请检查该记录的字段值与表单字段设置', en: 'Jiandaoyun refused the request (parameters or data not accepted); check the record’s values against the form’s widgets' },
  8301: { zh: 'API Key 鉴权失败，请在「开放平台 → 密钥管理」核对 apiKey', en: 'API key authentication failed; check apiKey under Open Platform → Key management' },
  8302: { zh: '该 API Key 没有调用此接口的权限，请在密钥设置中授权', en: 'the API key may not call this API; grant it in the key’s settings' },
  17018: { zh: 'API Key 无效或已停用，请在「开放平台 → 密钥管理」重新生成', en: 'the API key is invalid or disabled; create a new one under Open Platform → Key management' },
  17052: { zh: '本机 IP 不在该 API Key 的白名单内，请在密钥设置中添加', en: 'this machine’s IP is not on the API key’s allow-list; add it in the key’s settings' },
  17053: { zh: '该 API Key 未授权访问此应用，请在密钥设置中添加应用', en: 'the API key is not authorised for this app; add the app in the key’s settings' },
  17054: { zh: '该 API Key 未授权调用此接口，请在密钥设置中添加接口', en: 'the API key is not authorised for this API; add it in the key’s settings' },
  2004: { zh: '应用不存在，请核对配置中的 appId', en: 'the app does not exist; check appId in the configuration' },
  3000: { zh: '表单不存在，请核对配置 forms 中的 entry_id，或按开通计划新建表单', en: 'the form does not exist; check the entry_id in `forms`, or create the form following the provisioning plan' },
  4001: { zh: '简道云中的该条数据已不存在（可能被手工删除），请重新推送', en: 'the row no longer exists in Jiandaoyun (perhaps deleted by hand); push again' },
  7212: { zh: '简道云数据量已达套餐上限，请清理数据或升级套餐', en: 'the Jiandaoyun plan’s data quota is used up; free space or upgrade the plan' },
  7221: { zh: '简道云数据量已达套餐上限，请清理数据或升级套餐', en: 'the Jiandaoyun plan’s data quota is used up; free space or upgrade the plan' },
};

/** A message for a failed call; never includes the API key or record contents. */
export function describeError(error: unknown): Message {
  if (error instanceof JdyApiError) {
    const hint = HINTS[error.code];
    const detail = `（${error.api}，错误码 ${error.code}：${error.msg}）`;
    return hint
      ? { zh: `简道云：${hint.zh}${detail}`, en: `Jiandaoyun: ${hint.en} (${error.api}, code ${error.code}: ${error.msg})` }
      : { zh: `简道云返回错误${detail}`, en: `Jiandaoyun answered an error (${error.api}, code ${error.code}: ${error.msg})` };
  }
  if (error instanceof AdapterHttpError) return error.toMessage();
  const text = error instanceof Error ? error.message : String(error);
  return { zh: `简道云：请求失败：${text}`, en: `Jiandaoyun: the request failed: ${text}` };
}

/** Whether pushing the same record again later may succeed. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof AdapterHttpError) return error.retryable;
  if (error instanceof JdyApiError) return [4001, 8303, 8304].includes(error.code);
  return true;
}
