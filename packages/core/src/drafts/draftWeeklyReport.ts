/**
 * Art. 11 — `draftWeeklyReport()`: a draft 《每周工业产品质量安全排查治理报告》 from the week's daily checks: every
 * hazard not yet reviewed, by `hazardId`, linked to its daily checks; last week's open items carried forward for
 * verification; the week's daily-check completion per site. The director completes and signs it.
 */
import type { AnyRecord, PersonRef, WeeklyReport } from '@order75/schemas';
import { type DayNumber, formatDay, tryDayNumber } from '../calendar/days';
import { parseIsoWeek } from '../calendar/periods';
import type { RecordSet } from '../records/latest';
import { clampText, completionLines, draftContext, draftEnvelope, type DraftOptions, percent, zhDate } from './draftContext';

/** Options of `draftWeeklyReport`. */
export interface WeeklyDraftOptions extends DraftOptions {
  /** Review date (YYYY-MM-DD); default the week's Sunday. Hazards found after it wait for next week. */
  reviewDate?: string;
  /** Organiser; default the director in office on the review date, else the principal. */
  organiser?: PersonRef;
  /** Days from the review date to the proposed fix deadline of a new hazard; default 7. */
  fixDays?: number;
}

type WeeklyHazard = NonNullable<WeeklyReport['hazards']>[number];
type Verification = NonNullable<WeeklyReport['verifications']>[number];

/** Throws `RangeError` on a malformed week or review date (programmer error); never on odd records. */
export function draftWeeklyReport(records: RecordSet | Iterable<AnyRecord>, isoWeek: string, options: WeeklyDraftOptions = {}): WeeklyReport {
  const week = parseIsoWeek(isoWeek);
  if (!week) throw new RangeError(`not an ISO week (YYYY-Www): ${isoWeek}`);
  const review = options.reviewDate ? tryDayNumber(options.reviewDate) : week.sunday;
  if (Number.isNaN(review)) throw new RangeError(`not a local date (YYYY-MM-DD): ${options.reviewDate}`);
  const ctx = draftContext(records, options);
  const now = ctx.hazardsAt(review);

  // The previous review: the latest final weekly report of an earlier week reviewed on or before this one.
  const previous = ctx.set
    .of('weekly-report')
    .filter((w) => w.week < week.label && w.reviewDate <= formatDay(review))
    .sort((a, b) => (a.reviewDate < b.reviewDate ? -1 : a.reviewDate > b.reviewDate ? 1 : a.id < b.id ? -1 : 1))
    .at(-1);
  const previousDay = previous ? tryDayNumber(previous.reviewDate) : Number.NaN;

  // Daily-check records of the week naming each hazard.
  const sources = new Map<string, string[]>();
  for (const check of ctx.checksIn(Math.min(week.monday, review), review)) {
    for (const item of check.items) {
      if (item.result !== 'hazard' || !item.hazardId) continue;
      const list = sources.get(item.hazardId) ?? [];
      if (!list.includes(check.id)) list.push(check.id);
      sources.set(item.hazardId, list);
    }
  }

  const hazards: WeeklyHazard[] = [];
  for (const h of now.values()) {
    if (h.foundDay === undefined || h.foundDay > review) continue;
    const reviewedBefore = h.reviewedIn.some((r) => r.reviewDay < review || (previous !== undefined && r.recordId === previous.id));
    const inWeek = h.foundDay >= week.monday;
    if (reviewedBefore || (!inWeek && !h.foundRecordId)) continue;
    const ids = sources.get(h.hazardId) ?? (h.foundRecordId ? [h.foundRecordId] : []);
    const owner = h.site ? ctx.holder('officer', review, h.site) : undefined;
    hazards.push({
      hazardId: h.hazardId,
      ...(h.site ? { site: h.site } : {}),
      foundOn: formatDay(h.foundDay),
      ...(ids.length > 0 ? { sourceRecordIds: ids.slice(0, 50) } : {}),
      description: h.finding ?? `清单行 ${h.rowId ?? '—'} 发现隐患`,
      ...(owner ? { owner } : {}),
      ...(h.open ? { deadline: formatDay(review + (options.fixDays ?? 7)) } : {}),
    });
  }

  // Last week's open items, carried forward for verification.
  const carried = Number.isNaN(previousDay) ? [] : [...ctx.hazardsAt(previousDay).values()].filter((h) => h.open && h.reviewedIn.length > 0);
  const verifications: Verification[] = [];
  const stillOpen: string[] = [];
  for (const before of carried) {
    const h = now.get(before.hazardId);
    if (!h) continue;
    if (!h.open && h.status !== 'verified') {
      verifications.push({ hazardId: h.hazardId, verified: true, note: `${zhDate(h.closedDay as DayNumber)}已整改，请现场核实后确认` });
    } else if (h.open) {
      const overdue = h.fixDeadlineDay !== undefined && h.fixDeadlineDay < review ? `，已超过整改期限 ${review - h.fixDeadlineDay} 天` : '';
      verifications.push({ hazardId: h.hazardId, verified: false, note: `尚未整改完成（${h.fixDeadline ? `整改期限 ${h.fixDeadline}` : '未设整改期限'}${overdue}），继续跟踪` });
      stillOpen.push(h.hazardId);
    }
  }

  const completion = ctx.completion(week.monday, Math.min(week.sunday, review));
  const expected = completion.reduce((n, r) => n + r.expected, 0);
  const done = completion.reduce((n, r) => n + r.done, 0);
  const organiser = options.organiser ?? ctx.holder('director', review) ?? ctx.holder('principal', review);
  const officers = ctx.people.holders('officer', review).map((id) => ctx.people.people().find((p) => p.personId === id)).filter((p): p is PersonRef => p !== undefined);
  const participants = [...(organiser ? [organiser] : []), ...officers.filter((p) => p.personId !== organiser?.personId)];
  const openNew = hazards.filter((h) => h.deadline !== undefined).length;

  return {
    ...draftEnvelope('weekly-report', ctx, options),
    week: week.label,
    reviewDate: formatDay(review),
    ...(organiser ? { organiser } : {}),
    ...(participants.length > 0 ? { participants: participants.slice(0, 500) } : {}),
    lastWeekVerification: carried.length === 0
      ? '上周无遗留隐患。'
      : `上周遗留隐患 ${carried.length} 项：已整改待核实 ${verifications.length - stillOpen.length} 项，仍在整改 ${stillOpen.length} 项${stillOpen.length > 0 ? `（${stillOpen.join('、')}）` : ''}。`,
    ...(verifications.length > 0 ? { verifications: verifications.slice(0, 1000) } : {}),
    ...(hazards.length > 0 ? { hazards: hazards.slice(0, 1000) } : {}),
    assessment: clampText([
      `本周（${week.label}，${zhDate(week.monday)}—${zhDate(week.sunday)}）日管控应检 ${expected} 次，实检 ${done} 次，完成率 ${percent(done, expected)}。`,
      ...completionLines(completion),
      `本周日管控发现隐患 ${hazards.length} 项，其中已整改 ${hazards.length - openNew} 项、待整改 ${openNew} 项。`,
      '（草稿：请补充原因分析、整改措施和质量安全状况评价。）',
    ]),
    nextWeekFocus: stillOpen.length + openNew > 0
      ? `跟踪 ${stillOpen.length + openNew} 项未关闭隐患的整改，到期逐项核实；${completion.some((r) => r.missed.length > 0) ? '督促各厂区按时完成日管控检查。' : '继续落实日管控。'}`
      : '继续落实日管控，重点检查关键工序和出厂检验。',
  };
}
