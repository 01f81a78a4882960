/**
 * Art. 4 ¶2 — `art4.veto-unanswered`, `art4.veto-late`: the principal at once organises analysis and takes measures
 * on a veto (否决建议). A response answers the veto when it has an analysis and at least one measure, whatever its
 * decision; the response deadline defaults to 24 h after the veto was raised.
 */
import type { Message, Opinion, OpinionResponse } from '@order75/schemas';
import { formatDay } from '../calendar/days';
import { parseInstant } from '../calendar/timeZone';
import { reportAnchor } from '../engine/anchors';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';

/** Responses to an opinion given by `now`, in time order. */
export function responsesTo(ctx: EngineContext, opinionId: string): { response: OpinionResponse; ms: number }[] {
  return ctx.set
    .of('opinion-response')
    .filter((r) => r.opinion === opinionId)
    .map((response) => ({ response, ms: parseInstant(response.respondedAt) }))
    .filter((x) => !Number.isNaN(x.ms) && x.ms <= ctx.nowMs)
    .sort((a, b) => a.ms - b.ms || (a.response.id < b.response.id ? -1 : 1));
}

/** Whether a response answers a veto: an analysis and at least one measure. */
export const answersVeto = (r: OpinionResponse) => !!r.analysis && (r.measures?.length ?? 0) > 0;

/** The finding message (also used by `recordLevelIssues`). */
export const vetoUnansweredMessage = (raisedAt: string, hours: number): Message => ({
  zh: `${raisedAt} 提出的否决建议：提出后 ${hours} 小时内及至今未见含分析研判和处置措施的处置记录（第四条第二款）`,
  en: `veto raised ${raisedAt}: no record of a response with an analysis and measures within ${hours} h or since (Art. 4 ¶2)`,
});

/** The finding message (also used by `recordLevelIssues`). */
export const vetoLateMessage = (raisedAt: string, respondedAt: string, hours: number): Message => ({
  zh: `${raisedAt} 提出的否决建议：处置记录时间 ${respondedAt} 晚于提出后 ${hours} 小时（第四条第二款）`,
  en: `veto raised ${raisedAt}: the response at ${respondedAt} came more than ${hours} h after it (Art. 4 ¶2)`,
});

/** The response deadline of a veto, as epoch ms. */
export const vetoDeadline = (ctx: EngineContext, veto: Opinion) => parseInstant(veto.raisedAt) + ctx.opts.deadlines.vetoResponseHours * 3_600_000;

/** Findings of this module's rules for the context. */
export function art4Veto(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  const hours = ctx.opts.deadlines.vetoResponseHours;
  for (const veto of ctx.set.of('opinion')) {
    if (veto.kind !== 'veto') continue;
    const day = ctx.dayOf(veto);
    const deadline = vetoDeadline(ctx, veto);
    if (day === undefined || Number.isNaN(deadline)) continue;
    const answering = responsesTo(ctx, veto.id).find((x) => answersVeto(x.response));
    if (!answering) {
      if (ctx.nowMs > deadline && reportAnchor(ctx, day)) {
        out.push(makeFinding('art4.veto-unanswered', { date: formatDay(day), recordIds: [veto.id], message: vetoUnansweredMessage(veto.raisedAt, hours) }));
      }
    } else if (answering.ms > deadline && reportAnchor(ctx, day, { late: true })) {
      out.push(makeFinding('art4.veto-late', { date: formatDay(day), recordIds: [veto.id, answering.response.id], message: vetoLateMessage(veto.raisedAt, answering.response.respondedAt, hours) }));
    }
  }
  return out;
}
