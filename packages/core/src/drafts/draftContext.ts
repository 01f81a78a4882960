/**
 * What both drafts (Art. 11 weekly, Art. 12 monthly) read from the records: the final records, who holds which
 * role, production days per site, daily-check coverage and hazard states at the end of a day.
 */
import type { AnyRecord, DailyCheck, PersonRef, Role } from '@order75/schemas';
import { IN_FORCE_DAY } from '../applicability/applicabilityOn';
import { siteCalendar, type SiteCalendar } from '../calendar/siteCalendar';
import { type DayNumber, dayToCivil, formatDay } from '../calendar/days';
import { DEFAULT_TIME_ZONE, timeZone, type TimeZone } from '../calendar/timeZone';
import { buildHazardIndex, type HazardState } from '../hazards/hazardStates';
import { asRecordSet, type RecordSet } from '../records/latest';
import { personnelTimeline, type PersonnelTimeline } from '../personnel/timeline';
import { newRecordId } from '../templates/common';

/** Options both drafts accept. */
export interface DraftOptions {
  /** Record id of the draft; a new UUIDv7 when absent. */
  id?: string;
  /** Enterprise USCC; else the profile's, else the first record's. */
  enterprise?: string;
  /** IANA time zone; else the profile's, else Asia/Shanghai. */
  timeZone?: string;
}


export interface DraftContext {
  set: RecordSet;
  tz: TimeZone;
  enterprise: string;
  people: PersonnelTimeline;
  calendar: SiteCalendar;
  /** The person holding `role` on `day` (at `site` when given), first by id. */
  holder(role: Role, day: DayNumber, site?: string): PersonRef | undefined;
  /** Hazard states as the records show them at the end of `day`. */
  hazardsAt(day: DayNumber): Map<string, HazardState>;
  /** Per site: production days in [from, to] (from 2023-05-05 on) and those without any daily check. */
  completion(from: DayNumber, to: DayNumber): SiteCompletion[];
  /** Final daily checks with a date in [from, to]. */
  checksIn(from: DayNumber, to: DayNumber): DailyCheck[];
}

export interface SiteCompletion {
  site: string;
  expected: number;
  done: number;
  missed: DayNumber[];
}

/** Builds the context; throws when no enterprise can be told (programmer error: pass `enterprise`). */
export function draftContext(records: RecordSet | Iterable<AnyRecord>, options: DraftOptions): DraftContext {
  const set = asRecordSet(records);
  const profile = set.of('enterprise-profile').at(-1);
  const enterprise = options.enterprise ?? profile?.enterprise ?? set.all[0]?.enterprise;
  if (!enterprise) throw new TypeError('draft: no records and no `enterprise` option; pass options.enterprise');
  const tz = timeZone(options.timeZone ?? profile?.timeZone ?? DEFAULT_TIME_ZONE);
  const people = personnelTimeline(set);
  const byId = new Map(people.people().map((p) => [p.personId, p]));
  const calendar = siteCalendar(set, { timeZone: tz });
  const checkDays = new Map<string, Set<string>>();
  for (const c of set.of('daily-check')) {
    const days = checkDays.get(c.site) ?? new Set<string>();
    checkDays.set(c.site, days);
    days.add(c.date);
  }
  return {
    set,
    tz,
    enterprise,
    people,
    calendar,
    holder(role, day, site) {
      const id = people.holders(role, day, site)[0];
      return id ? byId.get(id) : undefined;
    },
    hazardsAt: (day) => buildHazardIndex(set, tz, day),
    completion(from, to) {
      const start = Math.max(from, IN_FORCE_DAY);
      return calendar.sites().map((site) => {
        const days = checkDays.get(site);
        const missed: DayNumber[] = [];
        let expected = 0;
        for (let d = start; d <= to; d++) {
          if (!calendar.isProductionDay(site, d)) continue;
          expected++;
          if (!days?.has(formatDay(d))) missed.push(d);
        }
        return { site, expected, done: expected - missed.length, missed };
      });
    },
    checksIn(from, to) {
      const a = formatDay(from);
      const b = formatDay(to);
      return set.of('daily-check').filter((c) => c.date >= a && c.date <= b);
    },
  };
}

/** The envelope of a draft. */
export function draftEnvelope<T extends string>(recordType: T, ctx: DraftContext, options: DraftOptions) {
  return { id: options.id ?? newRecordId(), recordType, schemaVersion: 1 as const, revision: 1, status: 'draft' as const, enterprise: ctx.enterprise };
}

/** `11月18日`. */
export function zhDate(day: DayNumber): string {
  const { month, day: d } = dayToCivil(day);
  return `${month}月${d}日`;
}

/** `95.2%` (100% when nothing was due). */
export function percent(done: number, expected: number): string {
  return expected === 0 ? '100%' : `${((done / expected) * 100).toFixed(1)}%`;
}

/** One line per site: `S01 应检 5 次，实检 4 次（80.0%），未检 11月18日`. */
export function completionLines(rows: readonly SiteCompletion[]): string[] {
  return rows.map((r) => {
    const missed = r.missed.length > 0 ? `，未检 ${r.missed.map(zhDate).join('、')}` : '';
    return `${r.site} 应检 ${r.expected} 次，实检 ${r.done} 次（${percent(r.done, r.expected)}）${missed}`;
  });
}

/** Text fields are at most 4000 characters: keep whole lines and say how many were left out. */
export function clampText(lines: readonly string[], max = 3800): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (length + line.length + 1 > max) {
      out.push(`……（另有 ${lines.length - i} 项略）`);
      break;
    }
    out.push(line);
    length += line.length + 1;
  }
  return out.join('\n');
}
