/** Art. 3, 9 — `art3.system-missing`, `art3.principal-duties-missing`: the management system and the principal's duties. */
import type { ManagementSystem, Message } from '@order75/schemas';
import type { EngineContext } from '../engine/context';
import type { Finding } from '../engine/finding';
import { stateFindings, versionDays, versionFinding } from '../engine/stateRules';

/** Whether a management system version has a rule of a kind. */
export const hasRule = (doc: ManagementSystem, kind: ManagementSystem['rules'][number]['kind']) => doc.rules.some((r) => r.kind === kind);

/** The finding message (also used by `recordLevelIssues`). */
export const systemMissingMessage = (when: Message): Message => ({
  zh: `${when.zh}：未见生效的质量安全管理制度记录（第三条）`,
  en: `${when.en}: no record of a management system in force (Art. 3)`,
});

/** The finding message (also used by `recordLevelIssues`). */
export const principalDutiesMessage = (version: string) => (when: Message): Message => ({
  zh: `${when.zh}：质量安全管理制度 ${version} 中未见主要负责人岗位职责（第三条）；请在制度中增加“主要负责人职责”`,
  en: `${when.en}: management system ${version} has no record of the principal’s duties (Art. 3); add a "principal-duties" rule`,
});

/** Findings of this module's rules for the context. */
export function art3System(ctx: EngineContext): Finding[] {
  const out = stateFindings(ctx, 'art3.system-missing', (d) => (ctx.systems.on(d) ? 'ok' : 'fire'), systemMissingMessage);
  for (const { version, from, to } of versionDays(ctx, ctx.systems)) {
    if (!hasRule(version.doc, 'principal-duties')) out.push(versionFinding('art3.principal-duties-missing', version.doc.id, from, to, principalDutiesMessage(version.doc.version)));
  }
  return out;
}
