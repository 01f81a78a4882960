/** What each format expects, and for identifiers the precise reason a value fails. */
import {
  checkIsoWeek,
  checkProductionLicence,
  checkRegionCode,
  checkUscc,
  type Message,
} from '@order75/schemas';

const HINTS: Record<string, Message> = {
  'non-blank': { zh: '不能只有空格，请填写内容', en: 'must not be blank; write something' },
  date: { zh: '应为日期，格式 YYYY-MM-DD，如 2026-11-28', en: 'should be a date, YYYY-MM-DD, e.g. 2026-11-28' },
  'date-time': {
    zh: '应为带时区的时间，如 2026-11-28T09:30:00+08:00',
    en: 'should be a time with its offset, e.g. 2026-11-28T09:30:00+08:00',
  },
  uuid: {
    zh: '应为 UUID，如 0190f5c2-7a4e-7c1a-9b1e-3f2a5d6c7b8e',
    en: 'should be a UUID, e.g. 0190f5c2-7a4e-7c1a-9b1e-3f2a5d6c7b8e',
  },
};

const CHECKS: Record<string, (value: string) => { ok: boolean; reason?: Message }> = {
  uscc: checkUscc,
  'cn-production-licence': checkProductionLicence,
  'cn-region-code': checkRegionCode,
  'iso-week': checkIsoWeek,
};

/** Why `value` does not match `format`, as precisely as the format's own check can say. */
export function formatHint(format: string, value: unknown): Message {
  const check = CHECKS[format];
  if (check && typeof value === 'string') {
    const result = check(value);
    if (!result.ok && result.reason) return result.reason;
  }
  return HINTS[format] ?? { zh: `不符合格式 ${format}`, en: `does not match the format ${format}` };
}
