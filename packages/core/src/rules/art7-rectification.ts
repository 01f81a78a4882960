/**
 * Art. 7(7), 14 — `art7.rectification-overdue`, `art7.rectification-late`: findings of regulator inspections are
 * rectified by their deadline (applies to every unit, with or without a director).
 */
import type { Message } from '@order75/schemas';
import { tryDayNumber } from '../calendar/days';
import { reportAnchor } from '../engine/anchors';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';

/** The finding message (also used by `recordLevelIssues`). */
export const rectificationOverdueMessage = (authority: string, findingId: string, deadline: string): Message => ({
  zh: `${authority} 监督检查问题 ${findingId}：整改期限 ${deadline} 已过，未见整改完成记录（第七条第七项）`,
  en: `inspection by ${authority}, finding ${findingId}: the deadline ${deadline} has passed with no record of its closure (Art. 7(7))`,
});

/** The finding message (also used by `recordLevelIssues`). */
export const rectificationLateMessage = (authority: string, findingId: string, deadline: string, closed: string): Message => ({
  zh: `${authority} 监督检查问题 ${findingId}：整改完成于 ${closed}，晚于期限 ${deadline}（第七条第七项）`,
  en: `inspection by ${authority}, finding ${findingId}: closed ${closed}, after its deadline ${deadline} (Art. 7(7))`,
});

/** Findings of this module's rules for the context. */
export function art7Rectification(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  for (const insp of ctx.set.of('inspection')) {
    for (const f of insp.findings) {
      if (!f.deadline) continue;
      const dl = tryDayNumber(f.deadline);
      if (Number.isNaN(dl)) continue;
      const closed = f.closure ? tryDayNumber(f.closure.date) : Number.NaN;
      const closedByNow = !Number.isNaN(closed) && closed <= ctx.today;
      if (!closedByNow) {
        if (dl <= ctx.lastComplete && reportAnchor(ctx, dl)) {
          out.push(makeFinding('art7.rectification-overdue', { date: f.deadline, recordIds: [insp.id], message: rectificationOverdueMessage(insp.authority, f.findingId, f.deadline) }));
        }
      } else if (closed > dl && reportAnchor(ctx, dl, { late: true })) {
        out.push(makeFinding('art7.rectification-late', { date: f.deadline, recordIds: [insp.id], message: rectificationLateMessage(insp.authority, f.findingId, f.deadline, f.closure?.date ?? '') }));
      }
    }
  }
  return out;
}
