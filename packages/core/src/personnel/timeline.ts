/**
 * Role holding over time (OBLIGATIONS.md "Role holding"; Art. 3, 13, 18(4)): P holds role R at site S on D when an
 * appoint/adjust for R with effective date ≤ D covers S (or the whole enterprise) and no later remove/adjust ≤ D ends
 * it. An appoint adds its sites to what the person already holds; an adjust replaces the scope; a remove with sites
 * drops those sites, without sites ends the role. A delegated principal (法定代表委托人) holds `principal` only with the
 * authorisation attached. Holding and being qualified are separate (see qualification.ts).
 */
import type { AnyRecord, Message, PersonnelChange, PersonRef, Role } from '@order75/schemas';
import { type DayNumber, toDay, tryDayNumber } from '../calendar/days';
import { asRecordSet, type RecordSet } from '../records/latest';
import { createdMs } from '../records/recordDate';

/** Sites a role covers: the whole enterprise (possibly minus some sites) or a list of sites. */
export type SiteScope = { readonly all: true; readonly except: readonly string[] } | { readonly all: false; readonly sites: readonly string[] };

/** One person holding one role with one scope over `[from, to)` (`to` is `Infinity` while open). */
export interface RoleSegment {
  readonly personId: string;
  readonly name: string;
  readonly role: Role;
  readonly from: DayNumber;
  readonly to: DayNumber;
  readonly scope: SiteScope;
  /** The personnel-change that started this segment. */
  readonly recordId: string;
}

/** A personnel-change the timeline could not apply, and why. */
export interface IgnoredChange {
  readonly recordId: string;
  readonly reason: Message;
}

/** Who holds which role at which site on each date. Dates are `YYYY-MM-DD` or day numbers. */
export interface PersonnelTimeline {
  readonly segments: readonly RoleSegment[];
  readonly ignored: readonly IgnoredChange[];
  /** Person ids holding `role` on `date` (at `site`, or anywhere when `site` is omitted), sorted. */
  holders(role: Role, date: DayNumber | string, site?: string): string[];
  holds(personId: string, role: Role, date: DayNumber | string, site?: string): boolean;
  /** Roles a person holds anywhere on a date. */
  rolesOn(personId: string, date: DayNumber | string): Role[];
  /** Everyone named in a personnel change, sorted by id. */
  people(): PersonRef[];
  /** The person's personnel changes in the order applied. */
  changesOf(personId: string): readonly PersonnelChange[];
  /** 1 for each day in `[from, to]` on which someone holds `role` (at `site`, or anywhere). */
  coverageMask(role: Role, from: DayNumber, to: DayNumber, site?: string): Uint8Array;
}

/** Whether a scope covers a site; without a site, whether it covers anything. */
export function scopeCovers(scope: SiteScope, site?: string): boolean {
  if (site === undefined) return scope.all || scope.sites.length > 0;
  return scope.all ? !scope.except.includes(site) : scope.sites.includes(site);
}

const ROLES: readonly Role[] = ['principal', 'director', 'officer'];
const NO_SCOPE: SiteScope = { all: false, sites: [] };

function union(a: SiteScope, sites: readonly string[] | undefined): SiteScope {
  if (!sites || sites.length === 0) return { all: true, except: [] };
  if (a.all) return { all: true, except: a.except.filter((s) => !sites.includes(s)) };
  return { all: false, sites: [...new Set([...a.sites, ...sites])].sort() };
}

function minus(a: SiteScope, sites: readonly string[] | undefined): SiteScope {
  if (!sites || sites.length === 0) return NO_SCOPE;
  if (a.all) return { all: true, except: [...new Set([...a.except, ...sites])].sort() };
  return { all: false, sites: a.sites.filter((s) => !sites.includes(s)) };
}

const isEmpty = (s: SiteScope) => !s.all && s.sites.length === 0;

/** Builds the timeline from the personnel-change records (final, latest revisions). */
export function personnelTimeline(records: RecordSet | Iterable<AnyRecord>): PersonnelTimeline {
  const changes = [...asRecordSet(records).of('personnel-change')]
    .map((c) => ({ c, day: tryDayNumber(c.effectiveDate), ms: createdMs(c) || 0 }))
    .filter((x) => !Number.isNaN(x.day))
    .sort((a, b) => a.day - b.day || a.ms - b.ms || (a.c.id < b.c.id ? -1 : 1));

  const segments: RoleSegment[] = [];
  const ignored: IgnoredChange[] = [];
  const people = new Map<string, PersonRef>();
  const byPerson = new Map<string, PersonnelChange[]>();
  const open = new Map<string, { scope: SiteScope; from: DayNumber; recordId: string; name: string }>();

  for (const { c, day } of changes) {
    people.set(c.person.personId, c.person);
    const list = byPerson.get(c.person.personId) ?? [];
    list.push(c);
    byPerson.set(c.person.personId, list);
    const key = `${c.person.personId}\u0000${c.role}`;
    const cur = open.get(key);
    const before = cur?.scope ?? NO_SCOPE;
    let next: SiteScope;
    if (c.action === 'remove') next = minus(before, c.sites);
    else if (c.role === 'principal' && c.principalBasis === 'delegate' && !c.authorisation) {
      ignored.push({
        recordId: c.id,
        reason: {
          zh: `未见授权委托书：${c.person.name} 作为法定代表委托人不计为主要负责人`,
          en: `no authorisation attached: ${c.person.name} does not count as principal as a delegate`,
        },
      });
      if (c.action !== 'adjust') continue;
      next = NO_SCOPE;
    } else next = c.action === 'adjust' ? union(NO_SCOPE, c.sites) : union(before, c.sites);

    if (cur && cur.from < day) segments.push({ personId: c.person.personId, name: cur.name, role: c.role, from: cur.from, to: day, scope: cur.scope, recordId: cur.recordId });
    if (isEmpty(next)) open.delete(key);
    else open.set(key, { scope: next, from: day, recordId: c.id, name: c.person.name });
  }
  for (const [key, cur] of open) {
    const [personId, role] = key.split('\u0000') as [string, Role];
    segments.push({ personId, name: cur.name, role, from: cur.from, to: Number.POSITIVE_INFINITY, scope: cur.scope, recordId: cur.recordId });
  }
  segments.sort((a, b) => a.from - b.from || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0) || (a.role < b.role ? -1 : 1));

  const byRole = new Map<Role, RoleSegment[]>(ROLES.map((r) => [r, segments.filter((s) => s.role === r)]));
  // `holds` runs per signature and per day in the engine: it looks at the person's own segments of the role.
  const byPersonRole = new Map<string, Record<Role, RoleSegment[] | undefined>>();
  for (const s of segments) {
    let roles = byPersonRole.get(s.personId);
    if (!roles) {
      roles = { principal: undefined, director: undefined, officer: undefined };
      byPersonRole.set(s.personId, roles);
    }
    const own = roles[s.role];
    if (own) own.push(s);
    else roles[s.role] = [s];
  }
  // An object literal with module functions (see engine/context.ts: same shape and call targets from run to run).
  const timeline: TimelineState = {
    segments,
    ignored,
    index: { byRole, byPersonRole, people, byPerson },
    holders,
    holds,
    rolesOn,
    people: peopleOf,
    changesOf,
    coverageMask,
  };
  return timeline;
}

interface TimelineState extends PersonnelTimeline {
  readonly index: {
    readonly byRole: ReadonlyMap<Role, readonly RoleSegment[]>;
    readonly byPersonRole: ReadonlyMap<string, Readonly<Record<Role, readonly RoleSegment[] | undefined>>>;
    readonly people: ReadonlyMap<string, PersonRef>;
    readonly byPerson: ReadonlyMap<string, readonly PersonnelChange[]>;
  };
}

function covering(t: TimelineState, role: Role, day: DayNumber, site?: string): RoleSegment[] {
  return (t.index.byRole.get(role) ?? []).filter((s) => s.from <= day && day < s.to && scopeCovers(s.scope, site));
}

function holders(this: TimelineState, role: Role, date: DayNumber | string, site?: string): string[] {
  return [...new Set(covering(this, role, toDay(date), site).map((s) => s.personId))].sort();
}

function holds(this: TimelineState, personId: string, role: Role, date: DayNumber | string, site?: string): boolean {
  const day = typeof date === 'number' ? date : toDay(date);
  const own = this.index.byPersonRole.get(personId)?.[role];
  if (!own) return false;
  for (let i = 0; i < own.length; i++) {
    const s = own[i] as RoleSegment;
    if (s.from <= day && day < s.to && scopeCovers(s.scope, site)) return true;
  }
  return false;
}

function rolesOn(this: TimelineState, personId: string, date: DayNumber | string): Role[] {
  return ROLES.filter((r) => this.holds(personId, r, date));
}

function peopleOf(this: TimelineState): PersonRef[] {
  return [...this.index.people.values()].sort((a, b) => (a.personId < b.personId ? -1 : 1));
}

function changesOf(this: TimelineState, personId: string): readonly PersonnelChange[] {
  return this.index.byPerson.get(personId) ?? [];
}

function coverageMask(this: TimelineState, role: Role, from: DayNumber, to: DayNumber, site?: string): Uint8Array {
  const mask = new Uint8Array(Math.max(0, to - from + 1));
  for (const s of this.index.byRole.get(role) ?? []) {
    if (!scopeCovers(s.scope, site)) continue;
    for (let d = Math.max(from, s.from), end = Math.min(to, s.to - 1); d <= end; d++) mask[d - from] = 1;
  }
  return mask;
}
