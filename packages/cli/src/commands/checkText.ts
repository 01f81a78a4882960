/** The plain-text report of `order75 check` (zh-CN by default): summary, calendar of daily checks, findings. */
import { type CheckResult, type Finding, localize, type Locale } from '@order75/core';
import type { DayMark, SiteCalendarView } from './checkCalendar';

/** Who the report is about. */
export interface ReportSubject {
  enterprise: string;
  name?: string;
}

const MARK: Record<DayMark, string> = { checked: '●', missed: '○', off: '·', future: '-', outside: ' ' };
/** Severity names in both languages. */
export const SEVERITY = { violation: { zh: '严重', en: 'violation' }, warning: { zh: '警示', en: 'warning' }, info: { zh: '提示', en: 'info' } } as const;

const t = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);

/** Where a finding applies: its date or period, with the week or month label. */
export function findingWhen(f: Finding): string {
  const span = f.date ?? (f.period ? (f.period.from === f.period.to ? f.period.from : `${f.period.from}…${f.period.to}`) : '');
  return f.label ? `${f.label} ${span}`.trim() : span;
}

const SIZE: Record<string, { zh: string; en: string }> = {
  large: { zh: '大型', en: 'large' },
  medium: { zh: '中型', en: 'medium' },
  small: { zh: '小型', en: 'small' },
  unknown: { zh: '未知', en: 'unknown' },
};

/** The size class in the report's language. */
export function sizeLabel(locale: Locale, size: string): string {
  const label = SIZE[size];
  return label ? localize(label, locale) : size;
}

/** `true`/`false`/`unknown`/`recommended` in the report's language. */
export function yesNo(locale: Locale, value: boolean | string): string {
  if (value === true) return t(locale, '是', 'yes');
  if (value === false) return t(locale, '否', 'no');
  if (value === 'unknown') return t(locale, '未知', 'unknown');
  return t(locale, '建议配备', 'recommended');
}

/** Renders the whole report. */
export function renderText(result: CheckResult, calendar: readonly SiteCalendarView[], subject: ReportSubject, locale: Locale): string {
  const s = result.summary;
  const out: string[] = [];
  out.push(t(locale, '《工业产品生产单位落实质量安全主体责任监督管理规定》记录检查报告', 'Order 75 records check'));
  out.push(`${t(locale, '生产单位', 'Enterprise')}: ${subject.name ? `${subject.name} ` : ''}(${subject.enterprise})`);
  const evaluated = s.window.evaluated ? `${s.window.evaluated.from} – ${s.window.evaluated.to}` : t(locale, '无（期间不在施行日之后或尚未到来）', 'none (the period is before the order or in the future)');
  out.push(`${t(locale, '检查期间', 'Period')}: ${s.window.from} – ${s.window.to}; ${t(locale, '评价', 'evaluated')}: ${evaluated}; ${t(locale, '评价时间', 'as of')} ${s.window.now} (${s.window.timeZone})`);
  const a = s.applicability;
  out.push(`${t(locale, '适用', 'In scope')}: ${yesNo(locale, a.inScope)}; ${t(locale, '须配备质量安全总监', 'director required')}: ${yesNo(locale, a.requiresDirector)}; ${t(locale, '规模', 'size')}: ${sizeLabel(locale, a.sizeClass)}${a.sizeProvisional ? t(locale, '（暂定）', ' (provisional)') : ''}`);
  for (const r of a.reasons) out.push(`  - ${t(locale, '第', 'Art. ')}${r.article}${t(locale, '条', '')}: ${localize(r.text, locale)}`);
  if (s.calendar.note) out.push(`${t(locale, '注', 'Note')}: ${localize(s.calendar.note, locale)}`);
  out.push('');

  const c = s.cadence;
  const line = (label: string, x: typeof c.daily) =>
    `${label}: ${t(locale, '应有', 'due')} ${x.expected}, ${t(locale, '已有', 'recorded')} ${x.done}, ${t(locale, '缺', 'missing')} ${x.missing}, ${t(locale, '迟', 'late')} ${x.late}, ${t(locale, '未到期', 'pending')} ${x.pending.length}`;
  out.push(line(t(locale, '日管控（每日检查）', 'Daily checks'), c.daily));
  out.push(line(t(locale, '周排查（周报告）', 'Weekly reviews'), c.weekly));
  out.push(line(t(locale, '月调度（月度会议）', 'Monthly meetings'), c.monthly));
  out.push(`${t(locale, '隐患', 'Hazards')}: ${t(locale, '发现', 'found')} ${s.hazards.found}, ${t(locale, '关闭', 'closed')} ${s.hazards.closed}, ${t(locale, '未关闭', 'open')} ${s.hazards.open}`);
  const open = s.hazards.items.filter((h) => h.open);
  for (const h of open.slice(0, 50)) out.push(`  - ${h.hazardId} ${h.site ?? ''} ${h.foundOn ?? ''} ${t(locale, `已 ${h.ageDays} 天`, `${h.ageDays} days`)}${h.fixDeadline ? ` (${t(locale, '整改期限', 'fix by')} ${h.fixDeadline})` : ''}`);
  if (open.length > 50) out.push(`  … ${t(locale, `另有 ${open.length - 50} 项`, `${open.length - 50} more`)}`);
  out.push('');

  out.push(t(locale, '每日检查日历（● 已检  ○ 未检  · 非生产日  - 未到期）', 'Daily checks by day (● checked  ○ missed  · no production  - not yet due)'));
  for (const site of calendar) {
    out.push(`${site.site}${site.name ? ` ${site.name}` : ''}: ${t(locale, '已检', 'checked')} ${site.checked}, ${t(locale, '未检', 'missed')} ${site.missed}`);
    for (const m of site.months) out.push(`  ${m.month} ${m.days.map((d) => MARK[d]).join('')}`);
  }
  out.push('');

  const counts = s.counts;
  out.push(`${t(locale, '发现的记录缺口', 'Findings')}: ${t(locale, '严重', 'violations')} ${counts.violation}, ${t(locale, '警示', 'warnings')} ${counts.warning}, ${t(locale, '提示', 'info')} ${counts.info}`);
  for (const f of result.findings) {
    const where = [findingWhen(f), f.site, f.hazardId].filter(Boolean).join(' ');
    out.push(`[${localize(SEVERITY[f.severity], locale)}] ${f.rule} ${where}: ${localize(f.message, locale)}`);
  }
  out.push('');
  out.push(t(locale, '按第十七条情形归类：', 'By Art. 17 limb:'));
  for (const l of s.exposure.limbs) out.push(`  ${localize(l.text, locale)}: ${l.findings}${l.rules.length ? ` (${l.rules.join(', ')})` : ''}`);
  out.push(localize(s.exposure.note, locale));
  out.push(localize(s.notes.art16, locale));
  out.push(localize(s.notes.disclaimer, locale));
  return `${out.join('\n')}\n`;
}
