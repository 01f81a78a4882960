/** Art. 5 — `art5.director-missing`: where a director is required (`requiresDirector` true), someone holds director. */
import type { Message } from '@order75/schemas';
import type { EngineContext } from '../engine/context';
import type { Finding } from '../engine/finding';
import { stateFindings } from '../engine/stateRules';

/** The finding message (also used by `recordLevelIssues`). */
export const directorMissingMessage = (when: Message): Message => ({
  zh: `${when.zh}：本单位应当配备质量安全总监，未见质量安全总监任命记录（第五条）`,
  en: `${when.en}: a director is required, and there is no record of one appointed (Art. 5)`,
});

/** Findings of this module's rules for the context. */
export function art5Director(ctx: EngineContext): Finding[] {
  return stateFindings(ctx, 'art5.director-missing', (d) => (ctx.scope(d).requiresDirector === true && !ctx.covered('director', d) ? 'fire' : 'ok'), directorMissingMessage);
}
