/** Art. 6, 18(5) — `art6.competence-unrecorded`: an appointment of a director or officer records Art. 6 evidence. */
import type { Message, PersonnelChange } from '@order75/schemas';
import { tryDayNumber } from '../calendar/days';
import { reportAnchor } from '../engine/anchors';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';
import { COMPETENCE_GAP_LABELS, type CompetenceGap, competenceGaps } from '../personnel/qualification';

const ROLE: Record<string, Message> = { director: { zh: '质量安全总监', en: 'director' }, officer: { zh: '质量安全员', en: 'officer' } };

/** The finding message (also used by `recordLevelIssues`). */
export const competenceMessage = (change: Pick<PersonnelChange, 'person' | 'role' | 'effectiveDate'>, gaps: readonly CompetenceGap[]): Message => ({
  zh: `${change.effectiveDate} 任命${ROLE[change.role]?.zh ?? change.role} ${change.person.name}：未见以下任职能力证明记录：${gaps.map((g) => COMPETENCE_GAP_LABELS[g].zh).join('；')}（第六条）`,
  en: `${change.effectiveDate} appointment of ${change.person.name} as ${ROLE[change.role]?.en ?? change.role}: no record of ${gaps.map((g) => COMPETENCE_GAP_LABELS[g].en).join('; ')} (Art. 6)`,
});

/** Findings of this module's rules for the context. */
export function art6Competence(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  for (const c of ctx.set.of('personnel-change')) {
    if (c.action !== 'appoint') continue;
    const gaps = competenceGaps(c);
    const day = tryDayNumber(c.effectiveDate);
    if (gaps.length === 0 || !reportAnchor(ctx, Number.isNaN(day) ? undefined : day)) continue;
    out.push(makeFinding('art6.competence-unrecorded', { date: c.effectiveDate, subjects: [c.person.personId], recordIds: [c.id], message: competenceMessage(c, gaps) }));
  }
  return out;
}
