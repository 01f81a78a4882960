/** Art. 4 ¶2 — `art4.recall-missing`, `art4.recall-late`: a confirmed defect is recalled (default: within 10 days). */
import type { Message } from '@order75/schemas';
import { formatDay, tryDayNumber } from '../calendar/days';
import { reportAnchor } from '../engine/anchors';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';

/** The finding message (also used by `recordLevelIssues`). */
export const recallMissingMessage = (confirmed: string, days: number): Message => ({
  zh: `${confirmed} 确认产品存在缺陷：${days} 日内及至今未见召回记录（第四条第二款）`,
  en: `defect confirmed ${confirmed}: no record of a recall within ${days} days or since (Art. 4 ¶2)`,
});

/** The finding message (also used by `recordLevelIssues`). */
export const recallLateMessage = (confirmed: string, started: string, days: number): Message => ({
  zh: `${confirmed} 确认产品存在缺陷：召回于 ${started} 启动，晚于确认后 ${days} 日（第四条第二款）`,
  en: `defect confirmed ${confirmed}: the recall started ${started}, more than ${days} days later (Art. 4 ¶2)`,
});

/** Findings of this module's rules for the context. */
export function art4Recall(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  const days = ctx.opts.deadlines.recallDays;
  for (const resp of ctx.set.of('opinion-response')) {
    if (resp.defectConfirmed !== true || !resp.defectConfirmedDate) continue;
    const c = tryDayNumber(resp.defectConfirmedDate);
    if (Number.isNaN(c)) continue;
    const recalls = ctx.set
      .of('recall')
      .filter((r) => r.response === resp.id)
      .map((r) => ({ r, day: tryDayNumber(r.startDate) }))
      .filter((x) => x.day <= ctx.today)
      .sort((a, b) => a.day - b.day || (a.r.id < b.r.id ? -1 : 1));
    const first = recalls[0];
    if (!first) {
      if (c + days <= ctx.lastComplete && reportAnchor(ctx, c)) {
        out.push(makeFinding('art4.recall-missing', { date: formatDay(c), recordIds: [resp.id], message: recallMissingMessage(resp.defectConfirmedDate, days) }));
      }
    } else if (first.day > c + days && reportAnchor(ctx, c, { late: true })) {
      out.push(makeFinding('art4.recall-late', { date: formatDay(c), recordIds: [resp.id, first.r.id], message: recallLateMessage(resp.defectConfirmedDate, first.r.startDate, days) }));
    }
  }
  return out;
}
