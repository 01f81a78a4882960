/**
 * Art. 18(3), 5(3) — `art18.size-unknown`: when only Art. 5(3) can require a director, the size class decides it, so an
 * unknown size (never assumed small) is reported.
 */
import type { Message } from '@order75/schemas';
import type { EngineContext } from '../engine/context';
import type { Finding } from '../engine/finding';
import { stateFindings } from '../engine/stateRules';

/** The finding message (also used by `recordLevelIssues`). */
export const sizeUnknownMessage = (when: Message): Message => ({
  zh: `${when.zh}：未见从业人员数（含统计日期）或营业收入（含年度）记录，无法按第十八条确定规模，也无法确定是否应配备质量安全总监（第五条第三项）`,
  en: `${when.en}: no record of the head-count (with its as-of date) or revenue (with its fiscal year), so the Art. 18 size and whether a director is required (Art. 5(3)) are unknown`,
});

/** Findings of this module's rules for the context. */
export function art18Size(ctx: EngineContext): Finding[] {
  return stateFindings(ctx, 'art18.size-unknown', (d) => {
    const s = ctx.scope(d);
    return s.hasProfile && s.requiresDirector === 'unknown' ? 'fire' : 'ok';
  }, sizeUnknownMessage);
}
