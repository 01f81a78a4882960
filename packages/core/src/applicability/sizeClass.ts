/**
 * Art. 18(3) size classes. Large: 从业人员一千人以上 or 营业收入四亿元以上; medium: 三百人以上 or 二千万元以上 (以上 includes
 * the number, so 1000 people or exactly 40000万元 is large, 300 people or 2000万元 medium). The tests use **or**, large is
 * tested first; small is the residual class. Size is `unknown` — never assumed small — when the known measures do not
 * reach medium and a measure is missing (a head-count without its as-of date, or revenue without its fiscal year,
 * counts as missing). A class reached while a measure is missing, or on measures dated after `date`, is provisional.
 */
import type { EnterpriseProfile, Message } from '@order75/schemas';
import { dayToCivil, toDay, tryDayNumber, type DayNumber } from '../calendar/days';

/** Art. 18(3) size class; `unknown` is never treated as small. */
export type SizeClass = 'large' | 'medium' | 'small' | 'unknown';

/** Thresholds of Art. 18(3): head-count (people) and revenue (万元). */
export const SIZE_THRESHOLDS = { large: { headcount: 1000, revenue: 40000 }, medium: { headcount: 300, revenue: 2000 } } as const;

/** The size class with its provisional flag and reasons. */
export interface SizeAssessment {
  readonly sizeClass: SizeClass;
  /** A measure is missing, or a measure used is dated after the date asked about. */
  readonly provisional: boolean;
  readonly reasons: readonly Message[];
}

const rank = (headcount: number | undefined, revenue: number | undefined): SizeClass | undefined => {
  const { large, medium } = SIZE_THRESHOLDS;
  if ((headcount ?? -1) >= large.headcount || (revenue ?? -1) >= large.revenue) return 'large';
  if ((headcount ?? -1) >= medium.headcount || (revenue ?? -1) >= medium.revenue) return 'medium';
  return undefined;
};

const CLASS_ZH: Record<SizeClass, string> = { large: '大型', medium: '中型', small: '小型', unknown: '规模未知' };

/** The size class of a profile (optionally as of a date, which only affects the provisional flag). */
export function sizeClass(profile: EnterpriseProfile | undefined, date?: DayNumber | string): SizeAssessment {
  if (!profile) return { sizeClass: 'unknown', provisional: false, reasons: [{ zh: '未见生产单位档案记录，规模未知', en: 'no enterprise profile recorded: size unknown' }] };
  const headcount = profile.headcount !== undefined && profile.headcountAsOf ? profile.headcount : undefined;
  const revenue = profile.revenue !== undefined && profile.revenueFiscalYear !== undefined ? profile.revenue : undefined;
  const reasons: Message[] = [];
  if (headcount !== undefined) reasons.push({ zh: `从业人员 ${headcount} 人（截至 ${profile.headcountAsOf}）`, en: `${headcount} employees (as of ${profile.headcountAsOf})` });
  else reasons.push({ zh: '未见从业人员数及其统计日期', en: 'no head-count with its as-of date' });
  if (revenue !== undefined) reasons.push({ zh: `营业收入 ${revenue} 万元（${profile.revenueFiscalYear} 年度）`, en: `revenue 10k CNY ${revenue} (fiscal year ${profile.revenueFiscalYear})` });
  else reasons.push({ zh: '未见营业收入及其所属年度', en: 'no revenue with its fiscal year' });

  const missing = headcount === undefined || revenue === undefined;
  let later = false;
  if (date !== undefined) {
    const day = toDay(date);
    const asOf = profile.headcountAsOf ? tryDayNumber(profile.headcountAsOf) : Number.NaN;
    if (headcount !== undefined && asOf > day) later = true;
    if (revenue !== undefined && (profile.revenueFiscalYear as number) > dayToCivil(day).year) later = true;
  }
  const reached = rank(headcount, revenue);
  const cls: SizeClass = reached ?? (missing ? 'unknown' : 'small');
  reasons.push({
    zh: `按第十八条第三项（从业人员或营业收入任一达到标准）为：${CLASS_ZH[cls]}`,
    en: `under Art. 18(3) (head-count or revenue, either reaching the bound): ${cls}`,
  });
  return { sizeClass: cls, provisional: cls !== 'unknown' && (missing || later), reasons };
}
