/**
 * `generateDataset()`: a seeded, schema-valid record set for one enterprise, generated lazily day by day so
 * that ten sites over ten years stream in modest memory.
 */
import { dayNumber, isoWeekday, isoWeekOf, monthOf, siteCalendar } from '@order75/core';
import type { AnyRecord, RiskList } from '@order75/schemas';
import { Context } from './context';
import { dailyCheck, type Hazard } from './daily';
import { inspection, opinion, replaceOfficer, type Schedule, training } from './events';
import { monthlyMeeting } from './monthly';
import { type DatasetOptions, type ResolvedOptions, resolveOptions } from './options';
import { PersonPool, type Staff } from './people';
import { calendars, documents, personnelChange, profileRecord, riskLists, siteIds } from './setup';
import { type PeriodStats, weeklyReport } from './weekly';

/** A re-iterable dataset: each iteration regenerates the same records from the seed. */
export interface Dataset extends Iterable<AnyRecord> {
  readonly options: ResolvedOptions;
  readonly enterprise: string;
  readonly sites: string[];
  /** Every record in one array. */
  toArray(): AnyRecord[];
  /** The records in arrays of at most `size`. */
  chunks(size?: number): Iterable<AnyRecord[]>;
}

/** A dataset for `options`; nothing is generated until it is iterated. */
export function generateDataset(options: DatasetOptions): Dataset {
  const resolved = resolveOptions(options);
  return {
    options: resolved,
    enterprise: resolved.enterprise,
    sites: siteIds(resolved.sites),
    [Symbol.iterator]: () => generateRecords(resolved),
    toArray: () => [...generateRecords(resolved)],
    *chunks(size = 10_000) {
      let chunk: AnyRecord[] = [];
      for (const record of generateRecords(resolved)) {
        chunk.push(record);
        if (chunk.length >= size) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length > 0) yield chunk;
    },
  };
}

type Stats = PeriodStats & { closed: number };
const stats = (): Stats => ({ expected: 0, done: 0, found: 0, closed: 0 });

/** The records of `options`, in order of the day they are made. */
export function* generateRecords(options: DatasetOptions): Generator<AnyRecord> {
  const opts = resolveOptions(options);
  const ctx = new Context(opts);
  const first = dayNumber(opts.from);
  const last = dayNumber(opts.to);
  const pool = new PersonPool(ctx.stream('people'));
  const sites = siteIds(opts.sites);
  const staff: Staff = { principal: pool.person(), director: pool.person(), officers: new Map(sites.map((s) => [s, pool.person()])) };
  const [dailyRng, weeklyRng, planRng, eventRng] = ['daily', 'weekly', 'plan', 'events'].map((l) => ctx.stream(l)) as [
    ReturnType<Context['stream']>, ReturnType<Context['stream']>, ReturnType<Context['stream']>, ReturnType<Context['stream']>,
  ];

  const profile = profileRecord(ctx, staff, sites, { day: first, minute: 480 });
  yield profile;
  yield personnelChange(ctx, staff, staff.principal, 'principal', 'appoint', { day: first, minute: 490 });
  yield personnelChange(ctx, staff, staff.director, 'director', 'appoint', { day: first, minute: 491 });
  for (const [site, officer] of staff.officers) yield personnelChange(ctx, staff, officer, 'officer', 'appoint', { day: first, minute: 492 }, [site]);
  const managers = () => [staff.director, ...staff.officers.values()];
  yield training(ctx, eventRng, staff, { day: first, minute: 485 }, 'session', managers());
  yield training(ctx, eventRng, staff, { day: first, minute: 486 }, 'assessment', managers());
  yield* documents(ctx, staff, { day: first, minute: 600 });
  const lists = riskLists(ctx, staff, { day: first, minute: 610 }, last);
  yield* lists;
  const cals = calendars(ctx, staff, sites, first, last);
  yield* cals;
  const calendar = siteCalendar([profile, ...cals]);

  const scheduled = new Map<number, Array<() => AnyRecord[]>>();
  const schedule: Schedule = (day, make) => {
    if (day > last) return;
    const list = scheduled.get(day);
    if (list) list.push(make);
    else scheduled.set(day, [make]);
  };
  const weekly = new Map<number, Array<{ label: string; index: number }>>();
  const monthly = new Map<number, Array<{ label: string; index: number }>>();
  const weekStats = new Map<number, Stats>();
  const monthStats = new Map<number, Stats>();
  let unreviewed: Hazard[] = [];
  let open: Hazard[] = [];
  let lastHazard: Hazard | undefined;
  let list: RiskList = lists[0] as RiskList;

  const plan = (map: typeof weekly, day: number, entry: { label: string; index: number }) => {
    if (day > last) return;
    map.get(day)?.push(entry) ?? map.set(day, [entry]);
  };

  for (let day = first; day <= last; day++) {
    const week = isoWeekOf(day);
    const month = monthOf(day);
    if (day === first || isoWeekday(day) === 1) {
      weekStats.set(week.index, stats());
      if (!planRng.chance(opts.missRate)) {
        const review = planRng.chance(opts.lateRate) ? week.sunday + planRng.int(1, 2) : week.monday + planRng.pick([4, 4, 5]);
        plan(weekly, Math.max(review, day), { label: week.label, index: week.index });
      }
    }
    if (day === first || day === month.first) {
      monthStats.set(month.index, stats());
      if (!planRng.chance(opts.missRate)) {
        const meeting = planRng.chance(opts.lateRate) ? month.last + planRng.int(1, 5) : month.last - planRng.int(0, 4);
        plan(monthly, Math.max(meeting, day), { label: month.label, index: month.index });
      }
    }
    if (day === first || (month.month === 1 && day === month.first)) planYear(day);

    for (const make of scheduled.get(day) ?? []) yield* make();
    scheduled.delete(day);
    const inForce = lists.filter((l) => dayNumber(l.effectiveDate) <= day).at(-1);
    if (inForce) list = inForce;

    const ws = weekStats.get(week.index) as Stats;
    const ms = monthStats.get(month.index) as Stats;
    for (const site of sites) {
      if (!calendar.isProductionDay(site, day)) continue;
      ws.expected++;
      ms.expected++;
      if (dailyRng.chance(opts.missRate)) continue;
      const officer = staff.officers.get(site);
      if (!officer) continue;
      const before = unreviewed.length;
      yield dailyCheck(ctx, dailyRng, site, day, list, officer, staff.director, unreviewed);
      ws.done++;
      ms.done++;
      ws.found += unreviewed.length - before;
      ms.found += unreviewed.length - before;
      if (unreviewed.length > before) lastHazard = unreviewed.at(-1);
    }

    for (const w of weekly.get(day) ?? []) {
      const fresh = unreviewed.filter((h) => h.found <= day);
      unreviewed = unreviewed.filter((h) => h.found > day);
      const carried = open;
      const report = weeklyReport(ctx, weeklyRng, w.label, day, staff, fresh, carried, weekStats.get(w.index) ?? stats());
      const closed = [...carried, ...fresh].filter((h) => h.closed).length;
      ms.closed += closed;
      open = [...carried, ...fresh].filter((h) => !h.closed);
      yield report;
    }
    weekly.delete(day);
    for (const m of monthly.get(day) ?? []) {
      const s = monthStats.get(m.index) ?? stats();
      yield monthlyMeeting(ctx, m.label, day, staff, { ...s, open: open.length + unreviewed.length });
    }
    monthly.delete(day);
    if (isoWeekday(day) === 7) weekStats.delete(week.index - 8);
    if (day === month.last) monthStats.delete(month.index - 3);
  }

  function planYear(from: number) {
    const year = monthOf(from).year;
    const at = (m: number, d: number) => dayNumber(`${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const inYear = (day: number) => day >= from && day <= last;
    const session = at(3, eventRng.int(5, 20));
    if (inYear(session) && from !== first) {
      schedule(session, () => [
        training(ctx, eventRng, staff, { day: session, minute: 540 }, 'session', managers()),
        training(ctx, eventRng, staff, { day: session, minute: 900 }, 'assessment', managers()),
      ]);
    }
    const drill = at(6, eventRng.int(5, 25));
    if (inYear(drill)) schedule(drill, () => [training(ctx, eventRng, staff, { day: drill, minute: 840 }, 'drill', managers())]);
    const spot = at(eventRng.int(9, 11), eventRng.int(1, 28));
    if (inYear(spot)) {
      schedule(spot, () => {
        const person = eventRng.chance(0.3) ? staff.director : eventRng.pick([...staff.officers.values()]);
        const pass = !eventRng.chance(0.1);
        const out: AnyRecord[] = [training(ctx, eventRng, staff, { day: spot, minute: 600 }, 'spot-check', [person], pass)];
        if (!pass) {
          const redo = spot + eventRng.int(3, 10);
          schedule(redo, () => [
            training(ctx, eventRng, staff, { day: redo, minute: 540 }, 'session', [person]),
            training(ctx, eventRng, staff, { day: redo, minute: 900 }, 'assessment', [person]),
          ]);
        }
        return out;
      });
    }
    const visit = at(eventRng.int(4, 10), eventRng.int(1, 28));
    if (inYear(visit)) schedule(visit, () => [inspection(ctx, eventRng, staff, visit, last, schedule)]);
    for (let k = 0; k < opts.opinionsPerYear; k++) {
      const day = at(eventRng.int(1, 12), eventRng.int(1, 28));
      if (inYear(day)) schedule(day, () => [opinion(ctx, eventRng, staff, sites, day, last, lastHazard, schedule)]);
    }
    for (const site of sites) {
      if (!eventRng.chance(opts.replacementRate)) continue;
      const day = at(eventRng.int(1, 12), eventRng.int(1, 28));
      if (inYear(day) && day > first) schedule(day, () => replaceOfficer(ctx, eventRng, pool, staff, site, day));
    }
  }
}
