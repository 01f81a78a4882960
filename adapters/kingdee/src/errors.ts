/** Bilingual messages for Kingdee failures: where, what, how to fix (platforms.md § 4.4). */
import { AdapterHttpError } from '@order75/adapter-kit';
import type { Message } from '@order75/schemas';
import { KingdeeApiError } from './client';

export function describeError(error: unknown): Message {
  if (error instanceof KingdeeApiError) {
    const op = error.service.split('.').pop();
    if (/ValidateUser|LoginByAppSecret/.test(error.service)) {
      return { zh: `金蝶云·星空：登录失败（${error.detail}），请核对账套 acctId、用户名与密码或第三方系统登录授权`, en: `Kingdee: login failed (${error.detail}); check acctId, the user name and password or the third-party app registration` };
    }
    if (error.sessionLost) {
      return { zh: `金蝶云·星空：${op} 被拒绝（${error.detail}）；请核对第三方系统登录授权（应用 ID、应用密钥、集成用户）、账套 ID 与本机时间`, en: `Kingdee: ${op} was refused (${error.detail}); check the third-party app registration (app id, app secret, integration user), the acctId and this machine's clock` };
    }
    return { zh: `金蝶云·星空：${op} 失败：${error.detail}`, en: `Kingdee: ${op} failed: ${error.detail}` };
  }
  if (error instanceof AdapterHttpError) return error.toMessage();
  const text = error instanceof Error ? error.message : String(error);
  return { zh: `金蝶云·星空：请求失败：${text}`, en: `Kingdee: the request failed: ${text}` };
}

/** A message for a bill the host refused, from its `Errors` entries (already redacted). */
export function refusal(formId: string, messages: readonly string[]): Message {
  const text = messages.join('；');
  return { zh: `金蝶云·星空拒绝保存单据 ${formId}：${text}（请按提示改正记录或单据设置）`, en: `Kingdee refused to save bill ${formId}: ${text} (correct the record or the bill's settings as the message says)` };
}

export function isRetryable(error: unknown): boolean {
  if (error instanceof AdapterHttpError) return error.retryable;
  if (error instanceof KingdeeApiError) return false;
  return true;
}
