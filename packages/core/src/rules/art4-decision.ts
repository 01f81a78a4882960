/** Art. 4 ¶1 — `art4.decision-unconsulted`: a major decision links an opinion of the director or an officer. */
import type { MajorDecision, Message } from '@order75/schemas';
import { formatDay } from '../calendar/days';
import { reportAnchor } from '../engine/anchors';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';

/** The finding message (also used by `recordLevelIssues`). */
export const decisionUnconsultedMessage = (title: string, date: string): Message => ({
  zh: `${date} 重大质量安全决策“${title}”：未见听取质量安全总监或质量安全员意见的记录（第四条第一款）；请关联所听取的意见`,
  en: `${date} major decision "${title}": no record of the director’s or an officer’s opinion heard (Art. 4 ¶1); link the opinions heard`,
});

/** Opinions (existing, raised on or before the decision date) the decision links. */
export function opinionsHeard(ctx: EngineContext, decision: MajorDecision): string[] {
  const day = ctx.dayOf(decision);
  return (decision.opinionsHeard ?? []).filter((id) => {
    const op = ctx.set.byId.get(id);
    if (op?.recordType !== 'opinion') return false;
    const raised = ctx.dayOf(op);
    return raised !== undefined && day !== undefined && raised <= day;
  });
}

/** Findings of this module's rules for the context. */
export function art4Decision(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  for (const d of ctx.set.of('major-decision')) {
    const day = ctx.dayOf(d);
    if (day === undefined || opinionsHeard(ctx, d).length > 0 || !reportAnchor(ctx, day)) continue;
    out.push(makeFinding('art4.decision-unconsulted', { date: formatDay(day), recordIds: [d.id], message: decisionUnconsultedMessage(d.title, d.date) }));
  }
  return out;
}
