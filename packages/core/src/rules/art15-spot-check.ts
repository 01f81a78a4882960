/**
 * Art. 15 ¶3 — `art15.spot-check-unresolved`: after a failed regulator spot-check on F, by the end of F + 15 days
 * (default) the person is removed from the post, or retrained (a session after F) and re-assessed with a pass.
 */
import type { Message } from '@order75/schemas';
import { type DayNumber, formatDay } from '../calendar/days';
import { reportAnchor } from '../engine/anchors';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';

/** The finding message (also used by `recordLevelIssues`). */
export const spotCheckMessage = (name: string, date: string, days: number): Message => ({
  zh: `${name} 于 ${date} 监督抽查考核不合格：${days} 日内未见免职或重新培训并考核合格的记录（第十五条）`,
  en: `${name} failed a regulator spot-check on ${date}: no record of removal, or of retraining and a passed re-assessment, within ${days} days (Art. 15)`,
});

/** The first day after F on which the failure is resolved (removed, or retrained and re-assessed), if any. */
export function resolvedOn(ctx: EngineContext, personId: string, failed: DayNumber): DayNumber | undefined {
  let removed: DayNumber | undefined;
  const holdsPost = (d: DayNumber) => ctx.personnel.holds(personId, 'director', d) || ctx.personnel.holds(personId, 'officer', d);
  const ends = ctx.personnel.segments.filter((s) => s.personId === personId && s.role !== 'principal' && s.to > failed).map((s) => s.to);
  for (const d of [failed + 1, ...ends].sort((a, b) => a - b)) {
    if (Number.isFinite(d) && d > failed && !holdsPost(d)) {
      removed = d;
      break;
    }
  }
  const session = ctx.training.sessions(personId).find((d) => d > failed);
  const pass = session === undefined ? undefined : ctx.training.results(personId).find((r) => r.passed && r.day > failed && r.day >= session)?.day;
  const candidates = [removed, pass].filter((d): d is DayNumber => d !== undefined);
  return candidates.length ? Math.min(...candidates) : undefined;
}

/** Findings of this module's rules for the context. */
export function art15SpotCheck(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  const days = ctx.opts.deadlines.spotCheckDays;
  for (const person of ctx.personnel.people()) {
    for (const r of ctx.training.results(person.personId)) {
      if (r.kind !== 'spot-check' || r.passed || r.day + days > ctx.lastComplete) continue;
      const resolved = resolvedOn(ctx, person.personId, r.day);
      if (resolved !== undefined && resolved <= r.day + days) continue;
      if (!reportAnchor(ctx, r.day, { curedOn: resolved })) continue;
      out.push(makeFinding('art15.spot-check-unresolved', { date: formatDay(r.day), subjects: [person.personId], recordIds: [r.recordId], message: spotCheckMessage(person.name, r.date, days) }));
    }
  }
  return out;
}
