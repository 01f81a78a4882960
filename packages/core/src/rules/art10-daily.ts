/**
 * Art. 10 — `art10.daily-missing`, `art10.daily-late`, `art10.checklist-incomplete`: on every production day of every
 * site the officer checks against the risk list and records it (zero-risk included). Due at the daily-entry deadline
 * (default: end of the next day). A day without an officer is `art3.officer-missing` alone; a check on a non-production
 * day triggers nothing.
 */
import type { DailyCheck, Message, RiskList } from '@order75/schemas';
import { type DayNumber, formatDay } from '../calendar/days';
import { parseInstant } from '../calendar/timeZone';
import type { EngineContext } from '../engine/context';
import { checksAt } from '../engine/dailyIndex';
import { type Finding, makeFinding } from '../engine/finding';
import { dayRunFields, newRuns, whenText } from '../engine/runs';
import { noOfficer } from './art3-officer';
import { listsInForce } from './art9-risk-list';

/** The finding message (also used by `recordLevelIssues`). */
export const dailyMissingMessage = (site: string, when: Message): Message => ({
  zh: `厂区 ${site} ${when.zh}：生产日未见《每日工业产品质量安全检查记录》（第十条）`,
  en: `site ${site} ${when.en}: no record of the daily quality-safety check on its production days (Art. 10)`,
});

/** The finding message (also used by `recordLevelIssues`). */
export const dailyLateMessage = (site: string, date: string): Message => ({
  zh: `厂区 ${site} ${date}：每日检查记录在录入期限后才创建（第十条）`,
  en: `site ${site} ${date}: the daily check record was created after the entry deadline (Art. 10)`,
});

/** The finding message (also used by `recordLevelIssues`). */
export const checklistMessage = (site: string, when: Message, rows: readonly string[]): Message => ({
  zh: `厂区 ${site} ${when.zh}：每日检查记录未见风险管控清单日管控项 ${rows.join('、')} 的检查结果（第十条）`,
  en: `site ${site} ${when.en}: the daily checks have no record of list rows ${rows.join(', ')} (Art. 10)`,
});

/** Row ids of the daily rows in force on a day that apply to a site. */
export function dailyRowsFor(ctx: EngineContext, site: string, day: DayNumber): string[] {
  const rows = new Set<string>();
  for (const list of listsInForce(ctx, day)) {
    if (list.sites && list.sites.length > 0 && !list.sites.includes(site)) continue;
    for (const r of list.rows) if (r.cadence === 'daily' && (!r.sites || r.sites.length === 0 || r.sites.includes(site))) rows.add(r.rowId);
  }
  return [...rows].sort();
}

/**
 * Revision-1 creation (epoch ms) when known — from `firstCreatedAt`, or the check's own creation when it is revision 1 —
 * or else `NaN`; `upper` is set instead when only a later revision's creation bounds it from above.
 */
function firstCreation(ctx: EngineContext, c: DailyCheck, out: { upper: number }): number {
  out.upper = Number.NaN;
  const mapped = ctx.opts.hasFirstCreatedAt ? ctx.opts.firstCreatedAt[c.id] : undefined;
  if (mapped) return parseInstant(mapped);
  const own = c.createdAt ? parseInstant(c.createdAt) : Number.NaN;
  if (c.revision === 1) return own;
  out.upper = own;
  return Number.NaN;
}

/** Required rows the day's rows do not name (`undefined` when none): a tally with marks, no set per day. */
function absentRows(rows: readonly unknown[], required: readonly string[], marks: Map<unknown, number>, stamp: number): string[] | undefined {
  for (const r of rows) marks.set(r, stamp);
  const absent = required.filter((r) => marks.get(r) !== stamp);
  return absent.length ? absent : undefined;
}

/** Findings of this module's rules for the context. */
export function art10Daily(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  const win = ctx.win;
  if (!win) return out;
  const entry = ctx.opts.deadlines.dailyEntryDays;
  const daily = ctx.daily;
  const state = ctx.sites.map((site) => ({
    site,
    byDay: daily.bySite.get(site),
    missing: newRuns<DayNumber>(),
    incomplete: newRuns<DayNumber>(),
    missingRows: new Map<DayNumber, string[]>(),
    // The last checklist test of the site: consecutive days usually have the same row sequence and required rows.
    last: { rows: undefined as readonly unknown[] | undefined, required: undefined as readonly string[] | undefined, absent: undefined as string[] | undefined },
  }));
  // Lateness of a single check reads it through this one-item list (no array per check).
  const single: DailyCheck[] = [];
  // Required rows per site for the risk lists in force, recomputed only when those lists change from one day to the next.
  let lists: readonly RiskList[] | undefined;
  let rowsBySite = new Map<string, string[]>();
  // Coverage marks: a row is covered on the current (S, D) when its mark equals the current stamp (no per-day sets).
  const marks = new Map<unknown, number>();
  let stamp = 0;
  for (let day = win.from; day <= win.to; day++) {
    const inScope = ctx.scope(day).inScope;
    const due = day + entry <= ctx.lastComplete;
    let listsChecked = false;
    for (let k = 0; k < state.length; k++) {
      const s = state[k] as (typeof state)[number];
      if (!inScope) {
        s.missing.ok();
        s.incomplete.ok();
        continue;
      }
      if (!ctx.production(s.site, day)) continue;
      const at = day - daily.first;
      const one = s.byDay?.one[at];
      if (!due) {
        if (!one) ctx.notes.daily.pending.push({ unit: formatDay(day), site: s.site, dueAfter: formatDay(day + entry) });
        s.missing.ok();
        s.incomplete.ok();
        continue;
      }
      ctx.notes.daily.expected++;
      if (!one) {
        s.incomplete.ok();
        if (noOfficer(ctx, s.site, day)) s.missing.ok();
        else s.missing.fire(day);
        continue;
      }
      ctx.notes.daily.done++;
      s.missing.ok();
      let checks = s.byDay && s.byDay.several.size > 0 ? s.byDay.several.get(at) : undefined;
      if (!checks) {
        single[0] = one;
        checks = single;
      }
      const late = lateness(ctx, checks, ctx.endOfDay(day + entry));
      if (late === 'late') {
        ctx.notes.daily.late++;
        out.push(makeFinding('art10.daily-late', { date: formatDay(day), site: s.site, recordIds: checks.map((c) => c.id), message: dailyLateMessage(s.site, formatDay(day)) }));
      } else if (late === 'unknown') {
        ctx.notes.undetermined.push({
          rule: 'art10.daily-late',
          recordIds: checks.map((c) => c.id),
          text: { zh: `厂区 ${s.site} ${formatDay(day)}：未知第 1 修订版的创建时间，无法判断是否迟录`, en: `site ${s.site} ${formatDay(day)}: creation of revision 1 unknown, lateness undetermined` },
        });
      }
      if (!listsChecked) {
        listsChecked = true;
        const now = listsInForce(ctx, day);
        if (now !== lists && (!lists || now.length !== lists.length || now.some((l, i) => l !== lists?.[i]))) rowsBySite = new Map();
        lists = now;
      }
      let required = rowsBySite.get(s.site);
      if (!required) {
        required = dailyRowsFor(ctx, s.site, day);
        rowsBySite.set(s.site, required);
      }
      const rows = s.byDay?.rows[at] as readonly unknown[];
      const last = s.last;
      if (rows !== last.rows || required !== last.required) {
        last.rows = rows;
        last.required = required;
        last.absent = absentRows(rows, required, marks, ++stamp);
      }
      const absent = last.absent;
      if (absent) {
        s.missingRows.set(day, [...absent]);
        s.incomplete.fire(day);
      } else s.incomplete.ok();
    }
  }
  for (const { site, byDay, missing, incomplete, missingRows } of state) {
    for (const run of missing.runs()) {
      const fields = dayRunFields(run);
      out.push(makeFinding('art10.daily-missing', { ...fields, site, recordIds: [], message: dailyMissingMessage(site, whenText(fields)) }));
    }
    for (const run of incomplete.runs()) {
      const fields = dayRunFields(run);
      const rows = [...new Set(run.flatMap((d) => missingRows.get(d) ?? []))].sort();
      out.push(
        makeFinding('art10.checklist-incomplete', {
          ...fields,
          site,
          recordIds: run.flatMap((d) => (checksAt(byDay, d - daily.first) ?? []).map((c) => c.id)),
          details: { missingRows: rows, byDate: Object.fromEntries(run.map((d) => [formatDay(d), missingRows.get(d) ?? []])) },
          message: checklistMessage(site, whenText(fields), rows),
        }),
      );
    }
  }
  return out;
}

function lateness(ctx: EngineContext, checks: readonly DailyCheck[], deadline: number): 'on-time' | 'late' | 'unknown' {
  let unknown = false;
  const bound = { upper: Number.NaN };
  for (const c of checks) {
    const known = firstCreation(ctx, c, bound);
    if (!Number.isNaN(known)) {
      if (known <= deadline) return 'on-time';
    } else if (bound.upper <= deadline) return 'on-time';
    else unknown = true;
  }
  return unknown ? 'unknown' : 'late';
}
