/**
 * A compliant enterprise to start scenarios from: profile, the three roles (appointed and assessed 2023-01-01),
 * the four documents, a daily check on every day before today in the window for every site (checks on rest days
 * trigger nothing), a weekly report on the Friday of every week and a monthly meeting on the last day of every month
 * touching the window (when that day is before today). Scenarios then remove or add records.
 */
import type { AnyRecord, EnterpriseProfile } from '@order75/schemas';
import { dayNumber, formatDay } from '../../src/calendar/days';
import { isoWeekByIndex, isoWeekOf, monthByIndex, monthOf } from '../../src/calendar/periods';
import { timeZone } from '../../src/calendar/timeZone';
import type { CheckOptions } from '../../src/engine/options';
import {
  appoint,
  at,
  BOSS,
  daily,
  DIR,
  directorDuties,
  managementSystem,
  monthly,
  OFF1,
  officerCode,
  profile,
  riskList,
  sig,
  training,
  weekly,
} from './records';

export interface WorldSpec {
  from?: string;
  to?: string;
  now?: string;
  profile?: Partial<EnterpriseProfile>;
  /** Leave out parts of the baseline. */
  without?: readonly ('director' | 'daily' | 'weekly' | 'monthly')[];
}

export const DEFAULT_WINDOW = { from: '2026-03-02', to: '2026-03-15', now: '2026-03-20T12:00:00+08:00' } as const;

/** The setup records alone (profile, roles, assessment, documents), effective 2023-01-01. */
export function setup(spec: WorldSpec = {}): AnyRecord[] {
  const withDirector = !spec.without?.includes('director');
  return [
    profile(spec.profile),
    appoint('principal', BOSS, '2023-01-01'),
    ...(withDirector ? [appoint('director', DIR, '2023-01-01')] : []),
    appoint('officer', OFF1, '2023-01-01'),
    training('assessment', '2023-01-01', [...(withDirector ? [{ person: DIR, passed: true }] : []), { person: OFF1, passed: true }], withDirector ? {} : { signatures: [sig(0, 'principal', BOSS, at('2023-01-01'))] }),
    managementSystem('2023-01-01'),
    directorDuties('2023-01-01'),
    officerCode('2023-01-01'),
    riskList('2023-01-01'),
  ];
}

/** Setup plus the cadence records of the window. */
export function world(spec: WorldSpec = {}): { records: AnyRecord[]; options: CheckOptions } {
  const from = spec.from ?? DEFAULT_WINDOW.from;
  const to = spec.to ?? DEFAULT_WINDOW.to;
  const now = spec.now ?? DEFAULT_WINDOW.now;
  const today = timeZone().localDay(Date.parse(now));
  const records = setup(spec);
  const sites = (spec.profile?.sites ?? [{ siteId: 'S1' }]).map((s) => s.siteId);
  const a = dayNumber(from);
  const b = dayNumber(to);
  const noDirector = spec.without?.includes('director');
  if (!spec.without?.includes('daily')) {
    for (let d = a; d <= b && d < today; d++) for (const s of sites) records.push(daily(s, formatDay(d)));
  }
  if (!spec.without?.includes('weekly')) {
    for (let i = isoWeekOf(a).index; i <= isoWeekOf(b).index; i++) {
      const w = isoWeekByIndex(i);
      const friday = w.monday + 4;
      if (friday < today) records.push(weekly(w.label, formatDay(friday), noDirector ? { organiser: BOSS, participants: [BOSS, OFF1], signatures: [sig(0, 'principal', BOSS, at(formatDay(friday)))] } : {}));
    }
  }
  if (!spec.without?.includes('monthly')) {
    for (let i = monthOf(a).index; i <= monthOf(b).index; i++) {
      const m = monthByIndex(i);
      if (m.last < today) records.push(monthly(m.label, formatDay(m.last), noDirector ? { reporter: OFF1, attendees: [BOSS, OFF1] } : {}));
    }
  }
  return { records, options: { from, to, now } };
}
