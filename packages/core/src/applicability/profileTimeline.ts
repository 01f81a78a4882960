/**
 * Which enterprise profile describes the enterprise on a date. A profile is dated by the creation of its revision;
 * the profile in effect on D is the latest one dated ≤ D, and the earliest profile also describes the days before
 * it (a unit that records its profile late was still the same unit before).
 */
import type { EnterpriseProfile } from '@order75/schemas';
import type { DayNumber } from '../calendar/days';
import type { TimeZone } from '../calendar/timeZone';
import { createdMs, recordDay } from '../records/recordDate';

/** Profiles in date order, each with the first day it describes. */
export interface ProfileTimeline {
  readonly entries: readonly { readonly from: DayNumber; readonly profile: EnterpriseProfile }[];
  /** The profile in effect on a day; `undefined` only when there is no profile at all. */
  on(day: DayNumber): EnterpriseProfile | undefined;
}

/** Orders final profiles by record date (creation of the revision), then creation instant, then id. */
export function profileTimeline(profiles: readonly EnterpriseProfile[], tz: TimeZone): ProfileTimeline {
  const dated = profiles.map((profile) => ({
    from: recordDay(profile, tz) ?? Number.NEGATIVE_INFINITY,
    ms: createdMs(profile),
    profile,
  }));
  dated.sort((a, b) => a.from - b.from || (a.ms || 0) - (b.ms || 0) || (a.profile.id < b.profile.id ? -1 : 1));
  const entries = dated.map(({ from, profile }) => ({ from, profile }));
  return {
    entries,
    on(day) {
      let found = entries[0]?.profile;
      for (const e of entries) {
        if (e.from > day) break;
        found = e.profile;
      }
      return found;
    },
  };
}
