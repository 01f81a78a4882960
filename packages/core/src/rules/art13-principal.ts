/** Art. 13, 18(4) — `art13.principal-unrecorded`: the records name who holds principal on every day. */
import type { Message } from '@order75/schemas';
import type { EngineContext } from '../engine/context';
import type { Finding } from '../engine/finding';
import { stateFindings } from '../engine/stateRules';

/** The finding message (also used by `recordLevelIssues`). */
export const principalUnrecordedMessage = (when: Message): Message => ({
  zh: `${when.zh}：未见主要负责人（法定代表人、法定代表委托人或实际控制人）的设立记录（第十三条）`,
  en: `${when.en}: no record of who holds principal (legal representative, authorised delegate or actual controller) (Art. 13)`,
});

/** Findings of this module's rules for the context. */
export function art13Principal(ctx: EngineContext): Finding[] {
  return stateFindings(ctx, 'art13.principal-unrecorded', (d) => (ctx.covered('principal', d) ? 'ok' : 'fire'), principalUnrecordedMessage);
}
