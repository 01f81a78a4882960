/**
 * Art. 12 — `draftMonthlyMeeting()`: draft 《每月工业产品质量安全调度会议纪要》 from the month's records: daily-check
 * completion per site with the missed days, the weekly reports, hazards found, closed and still open (with ages),
 * vetoes and the principal's answers, and next month's tasks proposed from the open items. The principal
 * chairs, completes and signs it.
 */
import type { AnyRecord, MonthlyMeeting, PersonRef } from '@order75/schemas';
import { type DayNumber, formatDay, tryDayNumber } from '../calendar/days';
import { monthOf, parseIsoWeek, parseMonth } from '../calendar/periods';
import { parseInstant } from '../calendar/timeZone';
import type { RecordSet } from '../records/latest';
import { clampText, completionLines, draftContext, draftEnvelope, type DraftOptions, percent, zhDate } from './draftContext';

/** Options of `draftMonthlyMeeting`. */
export interface MonthlyDraftOptions extends DraftOptions {
  /** Meeting date (YYYY-MM-DD); default the month's last day. */
  meetingDate?: string;
  /** Meeting place. */
  place?: string;
}

type Task = NonNullable<MonthlyMeeting['nextMonthTasks']>[number];

const DECISION_ZH = { adopted: '采纳', partly: '部分采纳', rejected: '不采纳' } as const;

/** Throws `RangeError` on a malformed month or meeting date (programmer error); never on odd records. */
export function draftMonthlyMeeting(records: RecordSet | Iterable<AnyRecord>, month: string, options: MonthlyDraftOptions = {}): MonthlyMeeting {
  const m = parseMonth(month);
  if (!m) throw new RangeError(`not a month (YYYY-MM): ${month}`);
  const meeting = options.meetingDate ? tryDayNumber(options.meetingDate) : m.last;
  if (Number.isNaN(meeting)) throw new RangeError(`not a local date (YYYY-MM-DD): ${options.meetingDate}`);
  const ctx = draftContext(records, options);
  const upTo = Math.min(m.last, meeting);
  const hazards = [...ctx.hazardsAt(meeting).values()];
  const inMonth = (d: DayNumber | undefined) => d !== undefined && d >= m.first && d <= m.last;

  const completion = ctx.completion(m.first, upTo);
  const expected = completion.reduce((n, r) => n + r.expected, 0);
  const done = completion.reduce((n, r) => n + r.done, 0);
  const found = hazards.filter((h) => inMonth(h.foundDay));
  const closed = hazards.filter((h) => !h.open && inMonth(h.closedDay));
  const open = hazards.filter((h) => h.open && h.foundDay !== undefined && h.foundDay <= meeting).sort((a, b) => (a.foundDay as number) - (b.foundDay as number));
  const weeklies = ctx.set
    .of('weekly-report')
    .filter((w) => {
      // A week belongs to the month of its Thursday, as ISO weeks belong to the year of theirs.
      const week = parseIsoWeek(w.week);
      return week !== undefined && inMonth(week.monday + 3);
    })
    .sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));

  // Owners named by weekly reports, to propose who finishes each open item.
  const owners = new Map<string, PersonRef>();
  for (const w of ctx.set.of('weekly-report')) for (const h of w.hazards ?? []) if (h.owner) owners.set(h.hazardId, h.owner);

  const responses = new Map(ctx.set.of('opinion-response').map((r) => [r.opinion, r]));
  const vetoes = ctx.set.of('opinion').filter((o) => o.kind === 'veto' && inMonth(ctx.tz.localDay(parseInstant(o.raisedAt))));
  const vetoLines = vetoes.map((o) => {
    const r = responses.get(o.id);
    const answer = r
      ? `主要负责人于 ${r.respondedAt.slice(0, 16).replace('T', ' ')} 答复：${DECISION_ZH[r.decision]}${r.justification ? `（理由：${r.justification}）` : ''}${r.measures?.length ? `，措施：${r.measures.join('；')}` : ''}`
      : '尚未答复';
    return `${o.raisedAt.slice(0, 10)} ${o.proposer.name}提出否决建议「${o.subject ?? o.content.slice(0, 40)}」：${answer}`;
  });

  const next = monthOf(m.last + 1);
  const tasks: Task[] = open.slice(0, 190).map((h) => {
    const due = h.fixDeadlineDay !== undefined && h.fixDeadlineDay > meeting ? h.fixDeadlineDay : next.last;
    const owner = owners.get(h.hazardId) ?? (h.site ? ctx.holder('officer', meeting, h.site) : undefined);
    return { task: `完成隐患 ${h.hazardId}${h.site ? `（${h.site}）` : ''}的整改并核实关闭：${h.finding ?? ''}`.slice(0, 4000), ...(owner ? { owner } : {}), due: formatDay(due) };
  });
  const director = ctx.holder('director', meeting);
  const principal = ctx.holder('principal', meeting);
  if (completion.some((r) => r.missed.length > 0)) {
    tasks.push({ task: '督促各厂区每个生产日完成日管控检查，杜绝漏检', ...(director ? { owner: director } : {}), due: formatDay(next.last) });
  }
  tasks.push({ task: '按日管控、周排查、月调度制度组织下月工作，月底前汇报', ...(director ?? principal ? { owner: (director ?? principal) as PersonRef } : {}), due: formatDay(next.last) });

  const officers = ctx.people.holders('officer', meeting);
  const byId = new Map(ctx.people.people().map((p) => [p.personId, p]));
  const attendees = [principal, director, ...officers.map((id) => byId.get(id))].filter((p, i, all): p is PersonRef => p !== undefined && all.findIndex((q) => q?.personId === p.personId) === i);
  const chair = principal ?? director ?? attendees[0] ?? { personId: 'TBD', name: '待定' };

  return {
    ...draftEnvelope('monthly-meeting', ctx, options),
    month: m.label,
    meetingDate: formatDay(meeting),
    ...(options.place ? { place: options.place } : {}),
    chair,
    ...(director ? { reporter: director } : {}),
    attendees: attendees.length > 0 ? attendees.slice(0, 500) : [chair],
    mainProblems: clampText([
      `本月（${m.label}）日管控应检 ${expected} 次，实检 ${done} 次，完成率 ${percent(done, expected)}。`,
      ...completionLines(completion),
      `本月周排查报告 ${weeklies.length} 份（${weeklies.map((w) => w.week).join('、') || '无'}）。`,
      `本月日管控发现隐患 ${found.length} 项${found.length > 0 ? '：' : '。'}`,
      ...found.map((h) => `${h.foundOn} ${h.site ?? ''} ${h.hazardId}：${h.finding ?? '—'}`),
    ]),
    fixStatus: clampText([
      `本月整改关闭隐患 ${closed.length} 项${closed.length > 0 ? '：' : '。'}`,
      ...closed.map((h) => `${h.hazardId} 于 ${zhDate(h.closedDay as DayNumber)}关闭（历时 ${h.ageDays} 天）`),
    ]),
    ...(open.length > 0
      ? {
          openProblems: clampText([
            `截至 ${zhDate(meeting)} 尚有 ${open.length} 项隐患未关闭：`,
            ...open.map((h) => `${h.hazardId}（${h.site ?? '—'}，${h.foundOn} 发现，已 ${meeting - (h.foundDay as number)} 天${h.fixDeadlineDay !== undefined && h.fixDeadlineDay < meeting ? `，超过整改期限 ${meeting - h.fixDeadlineDay} 天` : ''}）：${h.finding ?? '—'}`),
          ]),
        }
      : {}),
    ...(vetoLines.length > 0 ? { otherMatters: clampText([`本月否决建议 ${vetoLines.length} 项：`, ...vetoLines]) } : {}),
    decisions: '（草稿：请记录会议研究决定的措施。）建议：对未关闭隐患逐项明确责任人和整改期限；对漏检厂区督促整改。',
    nextMonthTasks: tasks.slice(0, 200),
  };
}
