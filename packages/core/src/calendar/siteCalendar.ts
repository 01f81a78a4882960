/**
 * Production days per site (OBLIGATIONS.md "每日"): the site's weekly pattern, the national table (a public holiday
 * rests every site; a make-up working day works a site whose pattern has every weekday Monday–Friday), then explicit
 * declarations, which override both. With `strictCalendarDays` every calendar day is a production day of every site
 * and declarations are ignored.
 */
import type { AnyRecord, EnterpriseProfile, ProductionCalendar } from '@order75/schemas';
import { profileTimeline, type ProfileTimeline } from '../applicability/profileTimeline';
import { asRecordSet, type RecordSet } from '../records/latest';
import { createdMs } from '../records/recordDate';
import { type DayNumber, formatDay, isoWeekday, toDay, tryDayNumber } from './days';
import { type HolidayTable, nationalDayKind, type NationalDayKind, nationalTable } from './nationalDays';
import { DEFAULT_TIME_ZONE, timeZone, type TimeZone } from './timeZone';

/** Why a day is or is not a production day of a site. */
export type SiteDayReason = 'pattern' | 'holiday' | 'make-up' | 'declared' | 'strict' | 'no-site';

/** A declaration as recorded in a `production-calendar`. */
export interface Declaration {
  readonly kind: 'production' | 'non-production';
  readonly reason: string;
  readonly recordId: string;
}

/** One site on one day. */
export interface SiteDay {
  readonly production: boolean;
  readonly reason: SiteDayReason;
  readonly national: NationalDayKind;
  /** The declaration in force for the day, also when `strictCalendarDays` ignores it. */
  readonly declaration?: Declaration;
}

/** Options of `siteCalendar`. */
export interface SiteCalendarOptions {
  strictCalendarDays?: boolean;
  /** IANA name or a `TimeZone`; default Asia/Shanghai. */
  timeZone?: string | TimeZone;
  /** Another holiday table (default: the national one). */
  holidays?: HolidayTable;
}

/** Production days of every site of the enterprise. */
export interface SiteCalendar {
  /** Every site id of any profile, sorted. */
  sites(): string[];
  dayOf(site: string, date: DayNumber | string): SiteDay;
  isProductionDay(site: string, date: DayNumber | string): boolean;
  /** Production days of a site between two dates (inclusive), as `YYYY-MM-DD`. */
  productionDays(site: string, from: DayNumber | string, to: DayNumber | string): string[];
  /** 1 for each production day of a site from `from` to `to` (inclusive), index 0 = `from`. */
  productionMask(site: string, from: DayNumber, to: DayNumber): Uint8Array;
}

const MON_FRI = [1, 2, 3, 4, 5];

/** Builds the calendar from the records' enterprise profiles and production calendars. */
export function siteCalendar(records: RecordSet | Iterable<AnyRecord>, options: SiteCalendarOptions = {}): SiteCalendar {
  const set = asRecordSet(records);
  const tz = typeof options.timeZone === 'object' ? options.timeZone : timeZone(options.timeZone ?? DEFAULT_TIME_ZONE);
  return buildSiteCalendar(profileTimeline(set.of('enterprise-profile'), tz), set.of('production-calendar'), options);
}

/** The same, from a profile timeline the caller already has. */
export function buildSiteCalendar(
  profiles: ProfileTimeline,
  calendars: readonly ProductionCalendar[],
  options: SiteCalendarOptions = {},
): SiteCalendar {
  // An object literal with module functions (see engine/context.ts: same shape and call targets from run to run).
  const calendar: CalendarState = {
    state: {
      strict: options.strictCalendarDays === true,
      table: options.holidays ?? nationalTable(),
      declared: declarationsBySite(calendars),
      patterns: new WeakMap(),
      profiles,
      allSites: [...new Set(profiles.entries.flatMap((e) => e.profile.sites.map((s) => s.siteId)))].sort(),
    },
    sites,
    dayOf,
    isProductionDay,
    productionDays,
    productionMask,
  };
  return calendar;
}

interface Pattern {
  readonly days: ReadonlySet<number>;
  readonly makeUp: boolean;
}

interface CalendarState extends SiteCalendar {
  readonly state: {
    readonly strict: boolean;
    readonly table: HolidayTable;
    readonly declared: ReadonlyMap<string, ReadonlyMap<DayNumber, Declaration>>;
    readonly patterns: WeakMap<EnterpriseProfile, ReadonlyMap<string, Pattern>>;
    readonly profiles: ProfileTimeline;
    readonly allSites: readonly string[];
  };
}

function patternOf(c: CalendarState, profile: EnterpriseProfile): ReadonlyMap<string, Pattern> {
  let map = c.state.patterns.get(profile);
  if (!map) {
    const made = new Map<string, Pattern>();
    for (const s of profile.sites) {
      made.set(s.siteId, { days: new Set(s.weeklyPattern), makeUp: MON_FRI.every((d) => s.weeklyPattern.includes(d)) });
    }
    c.state.patterns.set(profile, made);
    map = made;
  }
  return map;
}

function sites(this: CalendarState): string[] {
  return [...this.state.allSites];
}

function dayOf(this: CalendarState, site: string, date: DayNumber | string): SiteDay {
  const { strict, table, declared, profiles } = this.state;
  const day = toDay(date);
  const national = nationalDayKind(day, table);
  const declaration = declared.get(site)?.get(day);
  const profile = profiles.on(day);
  const pattern = profile ? patternOf(this, profile).get(site) : undefined;
  if (!pattern) return { production: false, reason: 'no-site', national, declaration };
  if (strict) return { production: true, reason: 'strict', national, declaration };
  if (declaration) return { production: declaration.kind === 'production', reason: 'declared', national, declaration };
  if (national === 'off') return { production: false, reason: 'holiday', national };
  if (national === 'work' && pattern.makeUp) return { production: true, reason: 'make-up', national };
  return { production: pattern.days.has(isoWeekday(day)), reason: 'pattern', national };
}

function isProductionDay(this: CalendarState, site: string, date: DayNumber | string): boolean {
  return this.dayOf(site, date).production;
}

function productionDays(this: CalendarState, site: string, from: DayNumber | string, to: DayNumber | string): string[] {
  const out: string[] = [];
  for (let d = toDay(from), end = toDay(to); d <= end; d++) if (this.dayOf(site, d).production) out.push(formatDay(d));
  return out;
}

/** `dayOf(site, d).production` for every day, without building a `SiteDay` per day (the engine asks for years). */
function productionMask(this: CalendarState, site: string, from: DayNumber, to: DayNumber): Uint8Array {
  const { strict, table, declared, profiles } = this.state;
  const mask = new Uint8Array(Math.max(0, to - from + 1));
  const declarations = declared.get(site);
  let profile: EnterpriseProfile | undefined;
  let pattern: Pattern | undefined;
  for (let d = from; d <= to; d++) {
    const p = profiles.on(d);
    if (p !== profile || d === from) {
      profile = p;
      pattern = p ? patternOf(this, p).get(site) : undefined;
    }
    if (!pattern) continue;
    let production: boolean;
    const declaration = declarations?.get(d);
    if (strict) production = true;
    else if (declaration) production = declaration.kind === 'production';
    else if (table.off.has(d)) production = false;
    else if (pattern.makeUp && table.work.has(d)) production = true;
    else production = pattern.days.has(isoWeekday(d));
    if (production) mask[d - from] = 1;
  }
  return mask;
}

/** (site, day) → the declaration of the latest calendar record (by creation, then id); later entries win inside one. */
function declarationsBySite(calendars: readonly ProductionCalendar[]): Map<string, Map<DayNumber, Declaration>> {
  const ordered = [...calendars].sort((a, b) => (createdMs(a) || 0) - (createdMs(b) || 0) || (a.id < b.id ? -1 : 1));
  const out = new Map<string, Map<DayNumber, Declaration>>();
  for (const cal of ordered) {
    let site = out.get(cal.site);
    if (!site) {
      site = new Map();
      out.set(cal.site, site);
    }
    for (const d of cal.declarations) {
      const day = tryDayNumber(d.date);
      if (!Number.isNaN(day)) site.set(day, { kind: d.kind, reason: d.reason, recordId: cal.id });
    }
  }
  return out;
}
