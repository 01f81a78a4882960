/**
 * Art. 15 ¶1, 6(4) — `art15.unassessed`: a director or officer holds the post only after passing the unit's internal
 * assessment; a failed latest assessment bars the post. Runs of calendar days per person.
 */
import type { Message } from '@order75/schemas';
import type { EngineContext } from '../engine/context';
import type { Finding } from '../engine/finding';
import { stateFindings } from '../engine/stateRules';
import { assessmentTimeline } from '../personnel/qualification';
import { scopeCovers } from '../personnel/timeline';

/** The finding message (also used by `recordLevelIssues`). */
export const unassessedMessage = (name: string) => (when: Message): Message => ({
  zh: `${when.zh}：${name} 担任质量安全总监或质量安全员，未见通过的内部考核记录（或最近一次考核未通过）（第十五条）`,
  en: `${when.en}: ${name} holds director or officer with no record of a passed internal assessment (or the latest one failed) (Art. 15)`,
});

/** Findings of this module's rules for the context. */
export function art15Assessment(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  const win = ctx.win;
  if (!win) return out;
  const people = new Map<string, string>();
  for (const s of ctx.personnel.segments) if (s.role !== 'principal') people.set(s.personId, s.name);
  for (const [personId, name] of [...people].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // Days of the window on which the person holds director or officer (anywhere), as a mask: no lookups per day.
    const from = win.from;
    const holding = new Uint8Array(Math.max(0, ctx.stateTo - from + 1));
    for (const s of ctx.personnel.segments) {
      if (s.personId !== personId || (s.role !== 'director' && s.role !== 'officer') || !scopeCovers(s.scope)) continue;
      for (let d = Math.max(from, s.from), end = Math.min(ctx.stateTo, s.to - 1); d <= end; d++) holding[d - from] = 1;
    }
    const assessment = assessmentTimeline(ctx.training, personId);
    out.push(
      ...stateFindings(ctx, 'art15.unassessed', (d) => (holding[d - from] === 1 && assessment(d).status !== 'passed' ? 'fire' : 'ok'), unassessedMessage(name), {
        subjects: [personId],
        recordIds: (run) => [...new Set(run.map((d) => assessment(d).latest?.recordId).filter((x): x is string => !!x))],
      }),
    );
  }
  return out;
}
