/**
 * Art. 16 ¶4 — `art16.rejected-without-reason` (info): an opinion not adopted without a proper reason means the proposer
 * has done their duty. Fires for an opinion answered `rejected` or `partly` with no justification, or a veto with no
 * response once its response deadline has passed; the proposer is the subject.
 */
import type { Message } from '@order75/schemas';
import { formatDay } from '../calendar/days';
import { reportAnchor } from '../engine/anchors';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';
import { responsesTo, vetoDeadline } from './art4-veto';

/** The finding message (also used by `recordLevelIssues`). */
export const rejectedMessage = (name: string, raisedAt: string): Message => ({
  zh: `${name} 于 ${raisedAt} 提出的意见未被采纳（或部分采纳），未见不采纳理由的记录；按第十六条第四款，提出人已依法履职`,
  en: `the opinion ${name} raised at ${raisedAt} was not (fully) adopted with no record of a reason; under Art. 16 ¶4 the proposer has done their duty`,
});
/** The finding message (also used by `recordLevelIssues`). */
export const vetoIgnoredMessage = (name: string, raisedAt: string): Message => ({
  zh: `${name} 于 ${raisedAt} 提出的否决建议至处置期限未见任何处置记录；按第十六条第四款，提出人已依法履职`,
  en: `the veto ${name} raised at ${raisedAt} has no record of any response by its deadline; under Art. 16 ¶4 the proposer has done their duty`,
});

/** Findings of this module's rules for the context. */
export function art16Rejected(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  for (const op of ctx.set.of('opinion')) {
    const day = ctx.dayOf(op);
    if (day === undefined) continue;
    const responses = responsesTo(ctx, op.id);
    const latest = responses[responses.length - 1]?.response;
    let message: Message | undefined;
    if (latest) {
      if ((latest.decision === 'rejected' || latest.decision === 'partly') && !latest.justification) message = rejectedMessage(op.proposer.name, op.raisedAt);
    } else if (op.kind === 'veto' && ctx.nowMs > vetoDeadline(ctx, op)) message = vetoIgnoredMessage(op.proposer.name, op.raisedAt);
    if (!message || !reportAnchor(ctx, day)) continue;
    out.push(makeFinding('art16.rejected-without-reason', { date: formatDay(day), subjects: [op.proposer.personId], recordIds: [op.id, ...(latest ? [latest.id] : [])], message }));
  }
  return out;
}
