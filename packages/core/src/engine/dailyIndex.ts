/**
 * Daily checks indexed once per run, in one pass that reads each row once: the checks of each site by day, the rows
 * each day's checks name, and the checks with a hazard row. Rows are read as sequences shared between checks that list
 * the same rows in the same order (nearly all checks of a site), so Art. 10's checklist test runs once per distinct
 * list instead of once per check, and the hazard lifecycle needs to look only at the checks with a hazard.
 */
import type { DailyCheck } from '@order75/schemas';
import { type DayNumber, tryDayNumber } from '../calendar/days';

/** One site's checks: index `day - first` of each array. */
export interface SiteDays {
  /** The day's check (the first by id when there are several); `undefined` on a day without one. */
  readonly one: readonly (DailyCheck | undefined)[];
  /** Days with several checks: all of them, by id (no array is kept for the usual single check). */
  readonly several: ReadonlyMap<number, readonly DailyCheck[]>;
  /**
   * The row ids the day's checks name, in order: for a day with one check, its row sequence, the same array for every
   * check with the same rows (compare by identity to reuse a result); for several checks, their sequences concatenated.
   */
  readonly rows: readonly (readonly unknown[] | undefined)[];
}

/** Daily checks by site and day over `[first, last]`, and those with a hazard row. */
export interface DailyIndex {
  readonly first: DayNumber;
  readonly last: DayNumber;
  readonly bySite: ReadonlyMap<string, SiteDays>;
  /** Every check (of any date) with at least one row whose result is `hazard`, in no particular order. */
  readonly withHazard: readonly DailyCheck[];
}

/** Row sequences compared per site before falling back to a lookup by the joined ids. */
const RECENT = 4;

type Row = DailyCheck['items'][number];

/** Indexes `checks` (any order; memory order scans fastest) for days `first…last`. */
export function buildDailyIndex(checks: readonly DailyCheck[], first: DayNumber, last: DayNumber): DailyIndex {
  const span = Math.max(0, last - first + 1);
  const bySite = new Map<string, { one: (DailyCheck | undefined)[]; several: Map<number, DailyCheck[]>; rows: (unknown[] | undefined)[]; recent: unknown[][] }>();
  const interned = new Map<string, unknown[]>();
  const withHazard: DailyCheck[] = [];
  for (let k = 0; k < checks.length; k++) {
    const c = checks[k] as DailyCheck;
    const items = c.items;
    const n = items.length;
    const day = tryDayNumber(c.date);
    if (!(day >= first && day <= last)) {
      for (let i = 0; i < n; i++) {
        if ((items[i] as Row).result === 'hazard') {
          withHazard.push(c);
          break;
        }
      }
      continue;
    }
    let site = bySite.get(c.site);
    if (!site) {
      site = { one: new Array(span), several: new Map(), rows: new Array(span), recent: [] };
      bySite.set(c.site, site);
    }
    // One walk over the rows: hazard flag, and whether they match a sequence seen recently at this site.
    let hazard = false;
    let seq: unknown[] | undefined;
    const recent = site.recent;
    for (let k = 0; k < recent.length && !seq; k++) {
      const ref = recent[k] as unknown[];
      if (ref.length !== n) continue;
      let i = 0;
      for (; i < n; i++) {
        const row = items[i] as Row;
        if (row.result === 'hazard') hazard = true;
        if (row.rowId !== ref[i]) break;
      }
      if (i === n) seq = ref;
    }
    if (!seq) {
      const ids = new Array<unknown>(n);
      for (let i = 0; i < n; i++) {
        const row = items[i] as Row;
        if (row.result === 'hazard') hazard = true;
        ids[i] = row.rowId;
      }
      const key = ids.join('\u0000');
      seq = interned.get(key);
      if (!seq || seq.length !== n || seq.some((id, i) => id !== ids[i])) {
        seq = ids;
        interned.set(key, seq);
      }
      if (recent.unshift(seq) > RECENT) recent.pop();
    }
    // (A matching walk visited every row, so `hazard` is complete either way.)
    if (hazard) withHazard.push(c);
    const at = day - first;
    const other = site.one[at];
    if (other) {
      const list = site.several.get(at);
      if (list) list.push(c);
      else site.several.set(at, [other, c]);
      site.rows[at] = [...(site.rows[at] as unknown[]), ...seq];
    } else {
      site.one[at] = c;
      site.rows[at] = seq;
    }
  }
  for (const site of bySite.values()) {
    for (const [at, list] of site.several) {
      list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      site.one[at] = list[0];
    }
  }
  return { first, last, bySite, withHazard };
}

/** The checks of a site's day (index `day - first`), by id; a new array for a single check. */
export function checksAt(days: SiteDays | undefined, at: number): readonly DailyCheck[] | undefined {
  const one = days?.one[at];
  return one && ((days as SiteDays).several.get(at) ?? [one]);
}
