/**
 * Scope and the director requirement on a date (Art. 2, 5, 18, 19). In scope: producers of licence, CCC, and
 * mandatory-standard products, from 2023-05-05 (Art. 19); excluded categories (food, drugs, special equipment,
 * products under special laws, Art. 18(1)) and products whose production has stopped do not count. A director is
 * required for licence (5(1)) or CCC (5(2)) products, or for a large or medium producer of other mandatory-standard
 * products (5(3)); `unknown` when only 5(3) applies and the size is unknown; `recommended` where local guidance
 * (Art. 5 ¶2) is configured for the unit's region; otherwise `false`, also when out of scope.
 */
import type { AnyRecord, EnterpriseProfile, Message } from '@order75/schemas';
import { type DayNumber, dayNumber, formatDay, toDay } from '../calendar/days';
import { DEFAULT_TIME_ZONE, timeZone, type TimeZone } from '../calendar/timeZone';
import { asRecordSet, type RecordSet } from '../records/latest';
import { certificateLapse, certificateValidOn, inProductionOn, type Product } from './certificates';
import { profileTimeline } from './profileTimeline';
import { sizeClass, type SizeClass } from './sizeClass';

/** Whether a director is required: `true` (Art. 5(1)–(3)), `false`, `'recommended'` (Art. 5 ¶2 guidance), `'unknown'` (size unknown). */
export type RequiresDirector = true | false | 'recommended' | 'unknown';

/** One reason of the applicability decision, with the article it rests on. */
export interface ApplicabilityReason {
  readonly article: string;
  readonly text: Message;
}

/** Scope, director requirement and size on one date, with reasons. */
export interface Applicability {
  readonly date: string;
  readonly inScope: boolean;
  readonly requiresDirector: RequiresDirector;
  readonly sizeClass: SizeClass;
  readonly sizeProvisional: boolean;
  /** The profile that describes the enterprise on the date. */
  readonly profileId?: string;
  /** In-scope products in production on the date. */
  readonly products: readonly string[];
  readonly reasons: readonly ApplicabilityReason[];
}

/** Options of `applicabilityOn`. */
export interface ApplicabilityOptions {
  timeZone?: string | TimeZone;
  /** Region codes (GB/T 2260) whose market regulator recommends a director (Art. 5 ¶2); `350000` covers all of 35xxxx. */
  localGuidanceRegions?: readonly string[];
}

/** The date the order took effect (Art. 19). */
export const IN_FORCE_DATE = '2023-05-05';
/** `IN_FORCE_DATE` as a day number. */
export const IN_FORCE_DAY: DayNumber = dayNumber(IN_FORCE_DATE);

/** Applicability on a date, from the enterprise profiles (final, latest revisions; the one in effect on the date). */
export function applicabilityOn(
  profiles: RecordSet | Iterable<AnyRecord>,
  date: DayNumber | string,
  options: ApplicabilityOptions = {},
): Applicability {
  const tz = typeof options.timeZone === 'object' ? options.timeZone : timeZone(options.timeZone ?? DEFAULT_TIME_ZONE);
  const day = toDay(date);
  return assessApplicability(profileTimeline(asRecordSet(profiles).of('enterprise-profile'), tz).on(day), day, options);
}

/** Whether a guidance region code covers a unit's region code (province and city codes cover their subdivisions). */
export function regionCovers(guidance: string, code: string): boolean {
  let prefix = guidance;
  for (let i = 0; i < 2 && prefix.endsWith('00'); i++) prefix = prefix.slice(0, -2);
  return code.startsWith(prefix);
}

const list = (ps: readonly Product[]) => ps.map((p) => p.name).join('、');

/** Applicability of one profile on one day (the engine's per-day entry point). */
export function assessApplicability(profile: EnterpriseProfile | undefined, day: DayNumber, options: ApplicabilityOptions = {}): Applicability {
  const date = formatDay(day);
  const reasons: ApplicabilityReason[] = [];
  const size = sizeClass(profile, day);
  const base = { date, sizeClass: size.sizeClass, sizeProvisional: size.provisional, profileId: profile?.id };
  if (day < IN_FORCE_DAY) {
    reasons.push({ article: '19', text: { zh: `本规定自 ${IN_FORCE_DATE} 起施行，此前的日期不予评价`, en: `the order applies from ${IN_FORCE_DATE}; earlier dates are not evaluated` } });
    return { ...base, inScope: false, requiresDirector: false, products: [], reasons };
  }
  if (!profile) {
    reasons.push({
      article: '2',
      text: { zh: '未见生产单位档案记录：按适用本规定评价，请补充档案以确定适用范围、规模和厂区', en: 'no enterprise profile recorded: evaluated as in scope; add the profile to settle scope, size and sites' },
    });
    return { ...base, inScope: true, requiresDirector: 'unknown', products: [], reasons };
  }
  const active: Product[] = [];
  const excluded: Product[] = [];
  const stopped: Product[] = [];
  for (const p of profile.products) {
    if (p.regime === 'excluded') excluded.push(p);
    else if (!inProductionOn(p, day)) stopped.push(p);
    else active.push(p);
  }
  if (excluded.length) reasons.push({ article: '18(1)', text: { zh: `不属于本规定的工业产品（食品、药品、特种设备或特殊法管理）：${list(excluded)}`, en: `not industrial products under the order (food, drugs, special equipment or a special law): ${list(excluded)}` } });
  if (stopped.length) reasons.push({ article: '2', text: { zh: `已停产：${stopped.map((p) => `${p.name}（自 ${p.productionStoppedFrom}）`).join('、')}`, en: `production stopped: ${stopped.map((p) => `${p.name} (from ${p.productionStoppedFrom})`).join(', ')}` } });
  const licence = active.filter((p) => p.regime === 'licence');
  const ccc = active.filter((p) => p.regime === 'ccc');
  const standard = active.filter((p) => p.regime === 'mandatory-standard');
  if (licence.length) reasons.push({ article: '2', text: { zh: `实施生产许可证管理的产品：${list(licence)}`, en: `production-licence products: ${list(licence)}` } });
  if (ccc.length) reasons.push({ article: '2', text: { zh: `实施强制性产品认证管理的产品：${list(ccc)}`, en: `CCC products: ${list(ccc)}` } });
  if (standard.length) reasons.push({ article: '2', text: { zh: `有强制性国家标准要求的产品：${list(standard)}`, en: `products under mandatory national standards: ${list(standard)}` } });
  for (const p of [...licence, ...ccc]) reasons.push(certificateReason(p, day));
  for (const m of size.reasons) reasons.push({ article: '18(3)', text: m });

  if (active.length === 0) {
    const why = profile.products.length === 0 ? { zh: '档案未列出产品', en: 'the profile lists no products' } : { zh: '没有在产的本规定适用产品', en: 'no product under the order is in production' };
    reasons.push({ article: '2', text: { zh: `不适用本规定：${why.zh}`, en: `out of scope: ${why.en}` } });
    return { ...base, inScope: false, requiresDirector: false, products: [], reasons };
  }

  const products = active.map((p) => p.productId).sort();
  let requiresDirector: RequiresDirector;
  if (licence.length || ccc.length) {
    requiresDirector = true;
    reasons.push({ article: licence.length ? '5(1)' : '5(2)', text: { zh: '应当配备质量安全总监', en: 'a director is required' } });
  } else if (size.sizeClass === 'large' || size.sizeClass === 'medium') {
    requiresDirector = true;
    reasons.push({ article: '5(3)', text: { zh: '大中型强制性国家标准产品生产单位，应当配备质量安全总监', en: 'a large or medium mandatory-standard producer: a director is required' } });
  } else if (size.sizeClass === 'unknown') {
    requiresDirector = 'unknown';
    reasons.push({ article: '5(3)', text: { zh: '规模未知，无法确定是否应当配备质量安全总监；请补充从业人员数（含统计日期）和营业收入（含年度）', en: 'size unknown, so whether a director is required is unknown; add the head-count (with its as-of date) and revenue (with its fiscal year)' } });
  } else if (hasGuidance(profile, options.localGuidanceRegions)) {
    requiresDirector = 'recommended';
    reasons.push({ article: '5', text: { zh: '小型生产单位；所在地区市场监管部门指导配备质量安全总监（第五条第二款）', en: 'a small producer; the local regulator recommends a director (Art. 5 ¶2)' } });
  } else {
    requiresDirector = false;
    reasons.push({ article: '5', text: { zh: '小型强制性国家标准产品生产单位，不要求配备质量安全总监；由主要负责人或其指定人员组织周排查', en: 'a small mandatory-standard producer: no director required; the principal or a designee organises the weekly review' } });
  }
  return { ...base, inScope: true, requiresDirector, products, reasons };
}

function hasGuidance(profile: EnterpriseProfile, regions: readonly string[] | undefined): boolean {
  if (!regions || regions.length === 0) return false;
  const codes = [profile.regionCode, ...profile.sites.map((s) => s.regionCode)].filter((c): c is string => !!c);
  return regions.some((g) => codes.some((c) => regionCovers(g, c)));
}

function certificateReason(p: Product, day: DayNumber): ApplicabilityReason {
  const certs = p.certificates ?? [];
  const valid = certs.find((c) => certificateValidOn(c, day));
  if (valid) return { article: '4(2)', text: { zh: `${p.name}：证书 ${valid.number} 有效（至 ${valid.validTo}）`, en: `${p.name}: certificate ${valid.number} valid (to ${valid.validTo})` } };
  const lapsed = certs.map((c) => ({ c, l: certificateLapse(c) })).filter((x) => x.l.day <= day).sort((a, b) => b.l.day - a.l.day)[0];
  if (lapsed) {
    return {
      article: '4(2)',
      text: {
        zh: `${p.name}：证书 ${lapsed.c.number} 自 ${formatDay(lapsed.l.day)} 起失效，产品仍在生产，仍按许可/认证管理产品评价`,
        en: `${p.name}: certificate ${lapsed.c.number} invalid from ${formatDay(lapsed.l.day)} (${lapsed.l.cause}); the product is still in production and still evaluated as regulated`,
      },
    };
  }
  return { article: '4(2)', text: { zh: `${p.name}：未见有效证书记录`, en: `${p.name}: no record of a valid certificate` } };
}
