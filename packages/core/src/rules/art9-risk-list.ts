/**
 * Art. 9 — `art9.risk-list-missing`, `art9.cadence-rules-missing`: a risk list with daily rows is in force, and the
 * management system has the written 日管控、周排查、月调度 rules.
 */
import type { ManagementSystem, Message, RiskList } from '@order75/schemas';
import type { DayNumber } from '../calendar/days';
import type { EngineContext } from '../engine/context';
import type { Finding } from '../engine/finding';
import { stateFindings, versionDays, versionFinding } from '../engine/stateRules';
import { hasRule } from './art3-system';

export const CADENCE_KINDS = ['daily-control', 'weekly-review', 'monthly-scheduling'] as const;
const KIND_TEXT: Record<string, Message> = {
  'daily-control': { zh: '日管控制度', en: 'daily control rule' },
  'weekly-review': { zh: '周排查制度', en: 'weekly review rule' },
  'monthly-scheduling': { zh: '月调度制度', en: 'monthly scheduling rule' },
};

/** The risk-list versions in force on a day, one per series (the same array while none changes). */
export const listsInForce = (ctx: EngineContext, day: DayNumber): readonly RiskList[] => ctx.listsOn(day);

/** The finding message (also used by `recordLevelIssues`). */
export const riskListMissingMessage = (when: Message): Message => ({
  zh: `${when.zh}：未见生效且含日管控项的《工业产品质量安全风险管控清单》记录（第九条）`,
  en: `${when.en}: no record of a risk list (《工业产品质量安全风险管控清单》) in force with daily rows (Art. 9)`,
});

/** The finding message (also used by `recordLevelIssues`). */
export const cadenceRulesMessage = (version: string, kinds: readonly string[]) => (when: Message): Message => ({
  zh: `${when.zh}：质量安全管理制度 ${version} 未见${kinds.map((k) => KIND_TEXT[k]?.zh ?? k).join('、')}（第九条）`,
  en: `${when.en}: management system ${version} has no record of the ${kinds.map((k) => KIND_TEXT[k]?.en ?? k).join(', ')} (Art. 9)`,
});

export const missingCadenceKinds = (doc: ManagementSystem) => CADENCE_KINDS.filter((k) => !hasRule(doc, k));

/** Findings of this module's rules for the context. */
export function art9RiskList(ctx: EngineContext): Finding[] {
  // The verdict depends only on the lists in force, which change rarely: reuse it while the array is the same.
  let lists: readonly RiskList[] | undefined;
  let daily = false;
  const hasDailyRows = (d: DayNumber) => {
    const now = listsInForce(ctx, d);
    if (now !== lists) {
      lists = now;
      daily = now.some((l) => l.rows.some((r) => r.cadence === 'daily'));
    }
    return daily;
  };
  const out = stateFindings(ctx, 'art9.risk-list-missing', (d) => (hasDailyRows(d) ? 'ok' : 'fire'), riskListMissingMessage);
  for (const { version, from, to } of versionDays<ManagementSystem>(ctx, ctx.systems)) {
    const kinds = missingCadenceKinds(version.doc);
    if (kinds.length) out.push(versionFinding('art9.cadence-rules-missing', version.doc.id, from, to, cadenceRulesMessage(version.doc.version, kinds)));
  }
  return out;
}
