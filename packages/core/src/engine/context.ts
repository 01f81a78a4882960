/**
 * Everything the rules read, computed once per run: the window, due-ness, scope per day, production days per site,
 * role coverage per day, documents in force, hazards. Per-day facts are precomputed as arrays over
 * [2023-05-05, today] so the rules' loops touch integers only.
 */
import type { AnyRecord, DailyCheck, ManagementSystem, DirectorDuties, OfficerCode, RiskList, Role } from '@order75/schemas';
import { assessApplicability, IN_FORCE_DAY, type RequiresDirector } from '../applicability/applicabilityOn';
import { profileTimeline, type ProfileTimeline } from '../applicability/profileTimeline';
import type { SizeClass } from '../applicability/sizeClass';
import { type DayNumber, dayNumber, tryDayNumber } from '../calendar/days';
import { buildSiteCalendar, type SiteCalendar } from '../calendar/siteCalendar';
import { DEFAULT_TIME_ZONE, instantMs, timeZone, type TimeZone } from '../calendar/timeZone';
import { buildHazardIndex, type HazardState } from '../hazards/hazardStates';
import { trainingIndex, type TrainingIndex } from '../personnel/qualification';
import { personnelTimeline, type PersonnelTimeline } from '../personnel/timeline';
import type { RecordSet } from '../records/latest';
import { recordDay } from '../records/recordDate';
import { buildDailyIndex, type DailyIndex } from './dailyIndex';
import { buildSeries, makeSeries, riskListKey, type Series } from './documents';
import { type CheckOptions, type ResolvedOptions, resolveOptions } from './options';
import { emptyNotes, type Notes } from './notes';

/** Scope facts of one day. */
export interface DayScope {
  readonly inScope: boolean;
  readonly requiresDirector: RequiresDirector;
  readonly sizeClass: SizeClass;
  readonly hasProfile: boolean;
}

/** What the rules read (built once per `checkCompliance` call). */
export interface EngineContext {
  readonly opts: ResolvedOptions;
  readonly tz: TimeZone;
  readonly nowMs: number;
  readonly today: DayNumber;
  /** The last day whose end (24:00) is ≤ now: a unit with deadline day X is due when X ≤ lastComplete. */
  readonly lastComplete: DayNumber;
  /** Evaluated window: max(from, 2023-05-05) … min(to, today); undefined when empty. */
  readonly win: { readonly from: DayNumber; readonly to: DayNumber } | undefined;
  /** Last day of the window whose state units are due (min(window end, lastComplete)). */
  readonly stateTo: DayNumber;
  readonly set: RecordSet;
  readonly profiles: ProfileTimeline;
  readonly calendar: SiteCalendar;
  readonly sites: readonly string[];
  readonly personnel: PersonnelTimeline;
  readonly training: TrainingIndex;
  readonly hazards: ReadonlyMap<string, HazardState>;
  readonly systems: Series<ManagementSystem>;
  readonly duties: Series<DirectorDuties>;
  readonly codes: Series<OfficerCode>;
  readonly riskLists: readonly Series<RiskList>[];
  /** The risk-list versions in force on a day, one per series; the same array for every day until one changes. */
  listsOn(day: DayNumber): readonly RiskList[];
  /**
   * The set's records in the order the caller gave them (`set.byId` order) rather than by id, for scans whose result does
   * not depend on the order: JSON parsing lays records out in that order, and a scan over thousands of records runs two to
   * three times faster in memory order than in id order.
   */
  readonly inMemoryOrder: readonly AnyRecord[];
  /** Daily checks by site and day over [2023-05-05, today], and those with a hazard row. */
  readonly daily: DailyIndex;
  scope(day: DayNumber): DayScope;
  production(site: string, day: DayNumber): boolean;
  /** Someone holds `role` on `day` (at `site`, or anywhere). */
  covered(role: Role, day: DayNumber, site?: string): boolean;
  /** The record's date (memoised). */
  dayOf(record: AnyRecord): DayNumber | undefined;
  /** 24:00 local time at the end of a day, as epoch ms. */
  endOfDay(day: DayNumber): number;
  readonly notes: Notes;
}

/** The context with the state behind its methods. */
interface ContextState extends EngineContext {
  /** Per-day facts are kept for [lo, hi] = [2023-05-05, today]. */
  readonly lo: DayNumber;
  readonly hi: DayNumber;
  readonly scopes: readonly DayScope[];
  readonly prodMasks: Map<string, Uint8Array>;
  /** Role → site (undefined = anywhere) → mask: no key strings built per call. */
  readonly roleMasks: Map<Role, Map<string | undefined, Uint8Array>>;
  readonly dayCache: WeakMap<AnyRecord, DayNumber | null>;
  /** Risk-list version boundaries of every series, ascending, and the lists in force per stretch between them. */
  readonly listBounds: readonly number[];
  readonly listStretches: Map<number, readonly RiskList[]>;
}

/**
 * Builds the context; throws `RangeError` for malformed options (a programmer error).
 *
 * The context is one object literal whose methods are module functions: rules call them in their innermost loops, and
 * the same functions and the same object shape from run to run let optimised code stay valid. (Closures made per run
 * changed the call targets of optimised code, which then deoptimised and recompiled on every run, competing with the
 * run itself for the CPU.)
 */
export function buildContext(set: RecordSet, options: CheckOptions): EngineContext {
  const opts = resolveOptions(options);
  const profiles0 = set.of('enterprise-profile');
  const tz = timeZone(options.timeZone ?? profiles0.find((p) => p.timeZone)?.timeZone ?? DEFAULT_TIME_ZONE);
  const nowMs = instantMs(options.now);
  const today = tz.localDay(nowMs);
  const lastComplete = tz.startOfDay(today + 1) <= nowMs ? today : today - 1;
  const from = Math.max(dayNumber(options.from), IN_FORCE_DAY);
  const to = Math.min(dayNumber(options.to), today);
  const win = from <= to ? { from, to } : undefined;
  const stateTo = win ? Math.min(win.to, lastComplete) : Number.NEGATIVE_INFINITY;

  const profiles = profileTimeline(profiles0, tz);
  const calendar = buildSiteCalendar(profiles, set.of('production-calendar'), { strictCalendarDays: opts.strictCalendarDays, timeZone: tz });
  const lo = IN_FORCE_DAY;
  const hi = Math.max(today, lo);

  // The records in `set.byId` order: `forEach`, not an iterator, so no result object per record.
  const inMemoryOrder: AnyRecord[] = new Array(set.byId.size);
  let n = 0;
  set.byId.forEach((r) => {
    inMemoryOrder[n++] = r;
  });
  const checks: DailyCheck[] = [];
  for (let i = 0; i < inMemoryOrder.length; i++) {
    const r = inMemoryOrder[i] as AnyRecord;
    if (r.recordType === 'daily-check') checks.push(r);
  }
  const daily = buildDailyIndex(checks, lo, hi);
  const riskLists = buildSeries(set.of('risk-list'), riskListKey);

  const ctx: ContextState = {
    opts,
    tz,
    nowMs,
    today,
    lastComplete,
    win,
    stateTo,
    set,
    profiles,
    calendar,
    sites: calendar.sites(),
    personnel: personnelTimeline(set),
    training: trainingIndex(set),
    inMemoryOrder,
    daily,
    hazards: buildHazardIndex(set, tz, today, daily.withHazard),
    systems: buildSeries(set.of('management-system'))[0] ?? emptySeries(),
    duties: buildSeries(set.of('director-duties'))[0] ?? emptySeries(),
    codes: buildSeries(set.of('officer-code'))[0] ?? emptySeries(),
    riskLists,
    notes: emptyNotes(),
    lo,
    hi,
    scopes: scopeArray(profiles, lo, hi, opts),
    prodMasks: new Map(),
    roleMasks: new Map(),
    dayCache: new WeakMap(),
    listBounds: [...new Set(riskLists.flatMap((s) => s.versions.flatMap((v) => [v.from, v.to])))].filter(Number.isFinite).sort((a, b) => a - b),
    listStretches: new Map(),
    scope,
    production,
    covered,
    dayOf,
    endOfDay,
    listsOn,
  };
  return ctx;
}

function scope(this: ContextState, day: DayNumber): DayScope {
  return day >= this.lo && day <= this.hi ? (this.scopes[day - this.lo] as DayScope) : scopeOn(this.profiles, day, this.opts);
}

function production(this: ContextState, site: string, day: DayNumber): boolean {
  if (day < this.lo || day > this.hi) return this.calendar.isProductionDay(site, day);
  let mask = this.prodMasks.get(site);
  if (!mask) {
    mask = this.calendar.productionMask(site, this.lo, this.hi);
    this.prodMasks.set(site, mask);
  }
  return mask[day - this.lo] === 1;
}

function covered(this: ContextState, role: Role, day: DayNumber, site?: string): boolean {
  if (day < this.lo || day > this.hi) return this.personnel.holders(role, day, site).length > 0;
  let bySite = this.roleMasks.get(role);
  if (!bySite) {
    bySite = new Map();
    this.roleMasks.set(role, bySite);
  }
  let mask = bySite.get(site);
  if (!mask) {
    mask = this.personnel.coverageMask(role, this.lo, this.hi, site);
    bySite.set(site, mask);
  }
  return mask[day - this.lo] === 1;
}

function dayOf(this: ContextState, record: AnyRecord): DayNumber | undefined {
  let day = this.dayCache.get(record);
  if (day === undefined) {
    day = recordDay(record, this.tz) ?? null;
    this.dayCache.set(record, day);
  }
  return day ?? undefined;
}

function endOfDay(this: ContextState, day: DayNumber): number {
  return this.tz.startOfDay(day + 1);
}

function listsOn(this: ContextState, day: DayNumber): readonly RiskList[] {
  // Stretch k: bounds[k-1] <= day < bounds[k] (the lists cannot change inside it).
  const bounds = this.listBounds;
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((bounds[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  let lists = this.listStretches.get(lo);
  if (!lists) {
    lists = this.riskLists.map((s) => s.on(day)).filter((l): l is RiskList => l !== undefined);
    this.listStretches.set(lo, lists);
  }
  return lists;
}

function emptySeries<T>(): Series<T> {
  return makeSeries<T>('', []);
}

function scopeOn(profiles: ProfileTimeline, day: DayNumber, opts: ResolvedOptions): DayScope {
  const profile = profiles.on(day);
  const a = assessApplicability(profile, day, { localGuidanceRegions: opts.localGuidanceRegions });
  return { inScope: a.inScope, requiresDirector: a.requiresDirector, sizeClass: a.sizeClass, hasProfile: profile !== undefined };
}

/** Scope per day, evaluated only where it can change: profile starts and production-stop dates. */
function scopeArray(profiles: ProfileTimeline, lo: DayNumber, hi: DayNumber, opts: ResolvedOptions): DayScope[] {
  const points = new Set<DayNumber>([lo]);
  for (const e of profiles.entries) {
    if (e.from > lo && e.from <= hi) points.add(e.from);
    for (const p of e.profile.products) {
      const stop = p.productionStoppedFrom ? tryDayNumber(p.productionStoppedFrom) : Number.NaN;
      if (stop > lo && stop <= hi) points.add(stop);
    }
  }
  const sorted = [...points].sort((a, b) => a - b);
  const out: DayScope[] = new Array(hi - lo + 1);
  sorted.forEach((p, i) => {
    const s = scopeOn(profiles, p, opts);
    const end = sorted[i + 1] ?? hi + 1;
    for (let d = p; d < end; d++) out[d - lo] = s;
  });
  return out;
}
