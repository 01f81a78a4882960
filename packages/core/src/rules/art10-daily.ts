/**
 * Art. 10 — `art10.daily-missing`, `art10.daily-late`, `art10.checklist-incomplete`: on every production day of every
 * site the officer checks against the risk list and records it (zero-risk included). Due at the daily-entry deadline
 * (default: end of the next day). A day without an officer is `art3.officer-missing` alone; a check on a non-production
 * day triggers nothing.
 */
import type { DailyCheck, Message } from '@order75/schemas';
import { type DayNumber, formatDay, tryDayNumber } from '../calendar/days';
import { parseInstant } from '../calendar/timeZone';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';
import { dayRunFields, Runs, whenText } from '../engine/runs';
import { noOfficer } from './art3-officer';
import { listsInForce } from './art9-risk-list';

/** Daily checks by site and day. */
export function checksBySite(ctx: EngineContext): Map<string, Map<DayNumber, DailyCheck[]>> {
  const out = new Map<string, Map<DayNumber, DailyCheck[]>>();
  for (const c of ctx.set.of('daily-check')) {
    const day = tryDayNumber(c.date);
    if (Number.isNaN(day)) continue;
    let site = out.get(c.site);
    if (!site) out.set(c.site, (site = new Map()));
    const list = site.get(day);
    if (list) list.push(c);
    else site.set(day, [c]);
  }
  return out;
}

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

/** Revision-1 creation: known, bounded above by a later revision's creation, or unknown. */
function firstCreation(ctx: EngineContext, c: DailyCheck): { known?: number; upper?: number } {
  const mapped = ctx.opts.hasFirstCreatedAt ? ctx.opts.firstCreatedAt[c.id] : undefined;
  if (mapped) return { known: parseInstant(mapped) };
  const own = c.createdAt ? parseInstant(c.createdAt) : Number.NaN;
  if (Number.isNaN(own)) return {};
  return c.revision === 1 ? { known: own } : { upper: own };
}

/** Findings of this module's rules for the context. */
export function art10Daily(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  const win = ctx.win;
  if (!win) return out;
  const entry = ctx.opts.deadlines.dailyEntryDays;
  const index = checksBySite(ctx);
  const state = ctx.sites.map((site) => ({ site, byDay: index.get(site), missing: new Runs<DayNumber>(), incomplete: new Runs<DayNumber>(), missingRows: new Map<DayNumber, string[]>() }));
  const rowsCache = new Map<string, string[]>();
  // Coverage marks: a row is covered on the current (S, D) when its mark equals the current stamp (no per-day sets).
  const marks = new Map<string, number>();
  let stamp = 0;
  for (let day = win.from; day <= win.to; day++) {
    const inScope = ctx.scope(day).inScope;
    const due = day + entry <= ctx.lastComplete;
    let listKey: string | undefined;
    for (const s of state) {
      if (!inScope) {
        s.missing.ok();
        s.incomplete.ok();
        continue;
      }
      if (!ctx.production(s.site, day)) continue;
      const checks = s.byDay?.get(day);
      if (!due) {
        if (!checks) ctx.notes.daily.pending.push({ unit: formatDay(day), site: s.site, dueAfter: formatDay(day + entry) });
        s.missing.ok();
        s.incomplete.ok();
        continue;
      }
      ctx.notes.daily.expected++;
      if (!checks) {
        s.incomplete.ok();
        if (noOfficer(ctx, s.site, day)) s.missing.ok();
        else s.missing.fire(day);
        continue;
      }
      ctx.notes.daily.done++;
      s.missing.ok();
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
      listKey ??= listsInForce(ctx, day).map((l) => l.id).join(',');
      const cacheKey = `${s.site}\u0000${listKey}`;
      let required = rowsCache.get(cacheKey);
      if (!required) rowsCache.set(cacheKey, (required = dailyRowsFor(ctx, s.site, day)));
      stamp++;
      for (const c of checks) for (const item of c.items) marks.set(item.rowId, stamp);
      let absent: string[] | undefined;
      for (const r of required) if (marks.get(r) !== stamp) (absent ??= []).push(r);
      if (absent) {
        s.missingRows.set(day, absent);
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
          recordIds: run.flatMap((d) => (byDay?.get(d) ?? []).map((c) => c.id)),
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
  for (const c of checks) {
    const f = firstCreation(ctx, c);
    if (f.known !== undefined && !Number.isNaN(f.known)) {
      if (f.known <= deadline) return 'on-time';
    } else if (f.upper !== undefined && f.upper <= deadline) return 'on-time';
    else unknown = true;
  }
  return unknown ? 'unknown' : 'late';
}
