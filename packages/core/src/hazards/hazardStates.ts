/**
 * Hazard lifecycle (Art. 10, 11, 12, 14): a hazard gets its `hazardId` on a daily-check row; later states arrive as
 * `hazardUpdates[]` on weekly reports and monthly minutes (dated by their own date, else by the carrying record's
 * date) and as weekly verifications (passed → verified, failed → reopened). The fold gives each hazard's state,
 * found and closed dates and age. A hazard counts as closed while its latest status is fixed, verified or closed.
 */
import type { AnyRecord, DailyCheck, HazardUpdate, MonthlyMeeting, PersonRef, WeeklyReport } from '@order75/schemas';
import { type DayNumber, formatDay, tryDayNumber } from '../calendar/days';
import { DEFAULT_TIME_ZONE, instantMs, parseInstant, timeZone, type TimeZone } from '../calendar/timeZone';
import { asRecordSet, type RecordSet } from '../records/latest';
import { createdMs } from '../records/recordDate';

/** `found`, or a status of a hazard update. */
export type HazardStatus = 'found' | HazardUpdate['status'];

/** Statuses that close a hazard (until a `reopened`). */
export const CLOSING_STATUSES: ReadonlySet<HazardStatus> = new Set(['fixed', 'verified', 'closed']);

/** One dated step of a hazard's life. */
export interface HazardEvent {
  readonly status: HazardStatus;
  readonly date: string;
  readonly day: DayNumber;
  /** The instant when the record gives one (a daily row's measure or report time); `NaN` otherwise. */
  readonly ms: number;
  readonly recordId: string;
  readonly source: 'daily-check' | 'weekly-report' | 'monthly-meeting';
  /** Update handler (经办人). */
  readonly by?: PersonRef;
  /** For a daily row's report: the person reported to. */
  readonly to?: PersonRef;
}

/** A hazard as the records show it at `now`. */
export interface HazardState {
  readonly hazardId: string;
  readonly site?: string;
  readonly foundOn?: string;
  readonly foundDay?: DayNumber;
  /** The daily check that first recorded it (absent when it appears only in weekly/monthly records). */
  readonly foundRecordId?: string;
  readonly rowId?: string;
  readonly finding?: string;
  /** Immediate measures (daily row, `measure` updates), in time order. */
  readonly measures: readonly HazardEvent[];
  /** Reports (daily row, `reported` updates), in time order. */
  readonly reports: readonly HazardEvent[];
  readonly status: HazardStatus;
  readonly open: boolean;
  readonly closedOn?: string;
  readonly closedDay?: DayNumber;
  readonly closingRecordId?: string;
  /** Days from found to closed, or to today while open. */
  readonly ageDays: number;
  /** The fix deadline set by the latest weekly report (by review date) that sets one. */
  readonly fixDeadline?: string;
  readonly fixDeadlineDay?: DayNumber;
  readonly fixDeadlineRecordId?: string;
  /** Weekly reports that reference the hazard (hazards, updates or verifications), by review date. */
  readonly reviewedIn: readonly { readonly recordId: string; readonly reviewDay: DayNumber }[];
  readonly events: readonly HazardEvent[];
  readonly recordIds: readonly string[];
}

const SOURCE_RANK = { 'daily-check': 0, 'weekly-report': 1, 'monthly-meeting': 2 } as const;

interface Draft {
  hazardId: string;
  found?: { check: DailyCheck; day: DayNumber; rowId: string; finding?: string };
  foundOnHint?: DayNumber;
  siteHint?: string;
  /** In the order recorded: the fold's stable sort keeps that order among otherwise equal events. */
  events: HazardEvent[];
  deadline?: { day: DayNumber; reviewDay: DayNumber; recordId: string };
  reviewedIn: { recordId: string; reviewDay: DayNumber }[];
  /** Distinct, in the order first seen (a short array: cheaper than a set for a handful of ids). */
  recordIds: string[];
}

/** The draft of a hazard, made on first sight with every field (one object shape, whatever arrives first). */
function draftOf(drafts: Map<string, Draft>, id: string): Draft {
  let d = drafts.get(id);
  if (!d) {
    d = { hazardId: id, found: undefined, foundOnHint: undefined, siteHint: undefined, events: [], deadline: undefined, reviewedIn: [], recordIds: [] };
    drafts.set(id, d);
  }
  return d;
}

/** An event in its final shape (no spread per event); the variants with `by`/`to` keep those before `date`. */
function event(status: HazardStatus, day: DayNumber, ms: number, recordId: string, source: HazardEvent['source']): HazardEvent {
  return { status, day, ms, recordId, source, date: formatDay(day) };
}

function addId(ids: string[], id: string): void {
  if (!ids.includes(id)) ids.push(id);
}

/** Every hazard's state at `now` (RFC 3339, epoch ms or Date), sorted by found date then id. */
export function hazardStates(
  records: RecordSet | Iterable<AnyRecord>,
  now: string | number | Date,
  options: { timeZone?: string | TimeZone } = {},
): HazardState[] {
  const tz = typeof options.timeZone === 'object' ? options.timeZone : timeZone(options.timeZone ?? DEFAULT_TIME_ZONE);
  return [...buildHazardIndex(asRecordSet(records), tz, tz.localDay(instantMs(now))).values()];
}

/**
 * The same as a map by hazard id (insertion order = sorted), for the engine. `dailyChecks` are the set's daily checks in
 * any order (the engine passes them in memory order, which scans faster than id order).
 */
export function buildHazardIndex(set: RecordSet, tz: TimeZone, today: DayNumber, dailyChecks: readonly DailyCheck[] = set.of('daily-check')): Map<string, HazardState> {
  const drafts = new Map<string, Draft>();
    // Only checks with a hazard row matter (one plain scan of the rows); order them by date, creation, id.
  const withHazard: { c: DailyCheck; ms: number }[] = [];
  for (let k = 0; k < dailyChecks.length; k++) {
    const c = dailyChecks[k] as DailyCheck;
    const items = c.items;
    for (let i = 0; i < items.length; i++) {
      if ((items[i] as DailyCheck['items'][number]).result === 'hazard') {
        withHazard.push({ c, ms: createdMs(c) || 0 });
        break;
      }
    }
  }
  withHazard.sort((a, b) => (a.c.date < b.c.date ? -1 : a.c.date > b.c.date ? 1 : sign(a.ms - b.ms) || (a.c.id < b.c.id ? -1 : 1)));
  for (let k = 0; k < withHazard.length; k++) {
    const check = (withHazard[k] as { c: DailyCheck }).c;
    const day = tryDayNumber(check.date);
    if (Number.isNaN(day)) continue;
    const items = check.items;
    for (let i = 0; i < items.length; i++) {
      const row = items[i] as DailyCheck['items'][number];
      if (row.result !== 'hazard' || !row.hazardId) continue;
      const d = draftOf(drafts, row.hazardId);
      addId(d.recordIds, check.id);
      if (d.found) continue;
      d.found = { check, day, rowId: row.rowId, finding: row.finding };
      d.events.push(event('found', day, Number.NaN, check.id, 'daily-check'));
      if (row.measure) {
        const at = row.measureAt ?? check.checkedAt;
        const ms = at ? parseInstant(at) : Number.NaN;
        d.events.push(event('measure', Number.isNaN(ms) ? day : tz.localDay(ms), ms, check.id, 'daily-check'));
      }
      if (row.reportedTo || row.reportedAt) {
        const ms = row.reportedAt ? parseInstant(row.reportedAt) : Number.NaN;
        const rday = Number.isNaN(ms) ? day : tz.localDay(ms);
        d.events.push({ status: 'reported', day: rday, ms, recordId: check.id, source: 'daily-check', to: row.reportedTo, date: formatDay(rday) });
      }
    }
  }

  const carriers: (WeeklyReport | MonthlyMeeting)[] = [...set.of('weekly-report'), ...set.of('monthly-meeting')];
  for (const rec of carriers) {
    const recDay = tryDayNumber(rec.recordType === 'weekly-report' ? rec.reviewDate : rec.meetingDate);
    if (Number.isNaN(recDay)) continue;
    const source = rec.recordType;
    const refs = new Set<string>();
    for (const u of rec.hazardUpdates ?? []) {
      const d = draftOf(drafts, u.hazardId);
      const day = u.date ? tryDayNumber(u.date) : recDay;
      if (!Number.isNaN(day)) d.events.push({ status: u.status, day, ms: Number.NaN, recordId: rec.id, source, by: u.by, date: formatDay(day) });
      addId(d.recordIds, rec.id);
      refs.add(u.hazardId);
    }
    if (rec.recordType !== 'weekly-report') continue;
    for (const v of rec.verifications ?? []) {
      draftOf(drafts, v.hazardId).events.push(event(v.verified ? 'verified' : 'reopened', recDay, Number.NaN, rec.id, source));
      refs.add(v.hazardId);
    }
    for (const h of rec.hazards ?? []) {
      const d = draftOf(drafts, h.hazardId);
      refs.add(h.hazardId);
      if (h.foundOn) d.foundOnHint ??= tryDayNumber(h.foundOn);
      d.siteHint ??= h.site;
      const deadline = h.deadline ? tryDayNumber(h.deadline) : Number.NaN;
      if (!Number.isNaN(deadline) && (!d.deadline || recDay > d.deadline.reviewDay || (recDay === d.deadline.reviewDay && rec.id > d.deadline.recordId))) {
        d.deadline = { day: deadline, reviewDay: recDay, recordId: rec.id };
      }
    }
    for (const id of refs) {
      const d = draftOf(drafts, id);
      addId(d.recordIds, rec.id);
      d.reviewedIn.push({ recordId: rec.id, reviewDay: recDay });
    }
  }

  const states = [...drafts.values()].map((d) => fold(d, today));
  states.sort((a, b) => (a.foundDay ?? Infinity) - (b.foundDay ?? Infinity) || (a.hazardId < b.hazardId ? -1 : 1));
  return new Map(states.map((s) => [s.hazardId, s]));
}

/**
 * `list.sort(compare)`, skipping the call — and the working storage each call allocates — when the list is already one
 * ascending run (no item compares below its predecessor), which a stable sort leaves as it is. Events mostly arrive in
 * order, so most hazards need no sort at all.
 */
function sorted<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) if (compare(list[i] as T, list[i - 1] as T) < 0) return list.sort(compare);
  return list;
}

/** -1, 0 or 1: comparators return small integers, not instants' differences (which would be boxed per comparison). */
const sign = (x: number): number => (x < 0 ? -1 : x > 0 ? 1 : 0);

function fold(d: Draft, today: DayNumber): HazardState {
  // A stable sort: events equal on day, source and time stay in the order they were recorded.
  const events = sorted(
    d.events.filter((e) => e.day <= today),
    (a, b) => a.day - b.day || SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || sign((a.ms || 0) - (b.ms || 0)),
  );
  let status: HazardStatus = 'found';
  let closed: HazardEvent | undefined;
  for (const e of events) {
    if (e.status === 'found') continue;
    const wasClosed = CLOSING_STATUSES.has(status);
    status = e.status;
    if (CLOSING_STATUSES.has(status)) {
      if (!wasClosed) closed = e;
    } else closed = undefined;
  }
  const foundDay = d.found?.day ?? (d.foundOnHint !== undefined && !Number.isNaN(d.foundOnHint) ? d.foundOnHint : events[0]?.day);
  const byTime = (a: HazardEvent, b: HazardEvent) => (Number.isNaN(a.ms) || Number.isNaN(b.ms) ? a.day - b.day : sign(a.ms - b.ms)) || a.day - b.day;
  return {
    hazardId: d.hazardId,
    site: d.found?.check.site ?? d.siteHint,
    foundOn: foundDay === undefined ? undefined : formatDay(foundDay),
    foundDay,
    foundRecordId: d.found?.check.id,
    rowId: d.found?.rowId,
    finding: d.found?.finding,
    measures: sorted(events.filter((e) => e.status === 'measure'), byTime),
    reports: sorted(events.filter((e) => e.status === 'reported'), byTime),
    status,
    open: !CLOSING_STATUSES.has(status),
    closedOn: closed?.date,
    closedDay: closed?.day,
    closingRecordId: closed?.recordId,
    ageDays: foundDay === undefined ? 0 : Math.max(0, (closed?.day ?? today) - foundDay),
    fixDeadline: d.deadline ? formatDay(d.deadline.day) : undefined,
    fixDeadlineDay: d.deadline?.day,
    fixDeadlineRecordId: d.deadline?.recordId,
    reviewedIn: sorted(d.reviewedIn, (a, b) => a.reviewDay - b.reviewDay || (a.recordId < b.recordId ? -1 : 1)),
    events,
    recordIds: d.recordIds.length < 2 ? d.recordIds : d.recordIds.sort(),
  };
}
