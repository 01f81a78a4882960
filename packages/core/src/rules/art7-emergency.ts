/** Art. 7(5) — `art7.emergency-plan-missing`: while a director is required or in office, the system has an emergency plan. */
import type { Message } from '@order75/schemas';
import type { EngineContext } from '../engine/context';
import type { Finding } from '../engine/finding';
import { stateFindings } from '../engine/stateRules';
import { hasRule } from './art3-system';
import { directorNeeded } from './art7-duties';

/** The finding message (also used by `recordLevelIssues`). */
export const emergencyPlanMessage = (when: Message): Message => ({
  zh: `${when.zh}：生效的质量安全管理制度中未见质量安全事故处置方案（应急预案）记录（第七条第五项）`,
  en: `${when.en}: the management system in force has no record of an emergency (incident) plan (Art. 7(5))`,
});

/** Findings of this module's rules for the context. */
export function art7Emergency(ctx: EngineContext): Finding[] {
  return stateFindings(ctx, 'art7.emergency-plan-missing', (d) => {
    const system = ctx.systems.on(d);
    // No system in force: art3.system-missing speaks alone.
    if (!system || !directorNeeded(ctx, d)) return 'ok';
    return hasRule(system, 'emergency-plan') ? 'ok' : 'fire';
  }, emergencyPlanMessage);
}
