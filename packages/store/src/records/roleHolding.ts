/**
 * Whether a person holds a role on a date, from the store's personnel-change records (Art. 3, 13): the
 * latest, final revision of each; an `appoint` or `adjust` effective on or before the date starts holding,
 * a later `remove` without sites (on or before the date) ends it. Site scopes are not considered here: a
 * signature is about the record, and any holder of the role in the enterprise may fill the slot.
 *
 * A minimal check kept inside the store; the engine's full personnel timeline (scopes, delegated principals)
 * judges qualification in compliance findings.
 */
import type { PersonnelChange } from '@order75/schemas';

interface Change {
  date: string;
  created: string;
  action: 'appoint' | 'adjust' | 'remove';
  hasSites: boolean;
}

/** `true` when `personId` holds `role` on the local date `date` (`YYYY-MM-DD`). */
export function holdsRole(changes: readonly PersonnelChange[], personId: string, role: string, date: string): boolean {
  const relevant: Change[] = changes
    .filter((c) => c.person?.personId === personId && c.role === role && typeof c.effectiveDate === 'string' && c.effectiveDate <= date)
    .map((c) => ({ date: c.effectiveDate, created: c.createdAt ?? '', action: c.action, hasSites: (c.sites?.length ?? 0) > 0 }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
  let holding = false;
  for (const c of relevant) {
    if (c.action === 'appoint' || c.action === 'adjust') holding = true;
    else if (c.action === 'remove' && !c.hasSites) holding = false;
  }
  return holding;
}
