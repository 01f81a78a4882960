/**
 * The at-a-glance calendar of `order75 check`: for each site and month of the period, each day as checked,
 * missed (a production day without a daily check), not a production day, not yet due, or outside the period.
 */
import { type DayNumber, dayNumber, formatDay, IN_FORCE_DATE, isoWeekday, latestFinal, monthOf, siteCalendar, type TimeZone } from '@order75/core';
import type { AnyRecord } from '@order75/schemas';

/** `checked` ●, `missed` ○, `off` · (no production), `future` (not yet due), `outside` (not in the period). */
export type DayMark = 'checked' | 'missed' | 'off' | 'future' | 'outside';

export interface CalendarMonthRow {
  /** `2026-11`. */
  month: string;
  /** ISO weekday (1–7) of the month's first day, for laying out a grid. */
  firstWeekday: number;
  days: DayMark[];
  checked: number;
  missed: number;
}

export interface SiteCalendarView {
  site: string;
  name?: string;
  months: CalendarMonthRow[];
  checked: number;
  missed: number;
}

/**
 * Builds the view from the records (final, latest revisions) over `[from, to]`; days after `today` are
 * `future`. The day a check is due is the day itself: an entry can come later, but the calendar shows
 * whether one exists at all.
 */
export function completionCalendar(records: Iterable<AnyRecord>, from: string, to: string, today: DayNumber, tz: TimeZone): SiteCalendarView[] {
  const set = latestFinal(records);
  const calendar = siteCalendar(set, { timeZone: tz });
  const names = new Map<string, string>();
  for (const p of set.of('enterprise-profile')) for (const s of p.sites) names.set(s.siteId, s.name);
  const checked = new Set(set.of('daily-check').map((c) => `${c.site}\u0000${c.date}`));
  const a = Math.max(dayNumber(from), dayNumber(IN_FORCE_DATE));
  const b = dayNumber(to);
  return calendar.sites().map((site) => {
    const view: SiteCalendarView = { site, ...(names.has(site) ? { name: names.get(site) } : {}), months: [], checked: 0, missed: 0 };
    for (let first = monthOf(dayNumber(from)).first; first <= b; first = monthOf(first).last + 1) {
      const m = monthOf(first);
      const row: CalendarMonthRow = { month: m.label, firstWeekday: isoWeekday(m.first), days: [], checked: 0, missed: 0 };
      for (let d = m.first; d <= m.last; d++) {
        let mark: DayMark;
        if (d < a || d > b) mark = 'outside';
        else if (checked.has(`${site}\u0000${formatDay(d)}`)) mark = calendar.isProductionDay(site, d) ? 'checked' : 'off';
        else if (!calendar.isProductionDay(site, d)) mark = 'off';
        else if (d > today) mark = 'future';
        else mark = 'missed';
        if (mark === 'checked') row.checked++;
        if (mark === 'missed') row.missed++;
        row.days.push(mark);
      }
      view.checked += row.checked;
      view.missed += row.missed;
      view.months.push(row);
    }
    return view;
  });
}
