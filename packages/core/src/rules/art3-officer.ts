/** Art. 3, 8 — `art3.officer-missing`: every production day of every site needs someone holding officer for it. */
import type { Message } from '@order75/schemas';
import type { DayNumber } from '../calendar/days';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';
import { dayRunFields, newRuns, whenText } from '../engine/runs';

/** The finding message (also used by `recordLevelIssues`). */
export const officerMissingMessage = (site: string, when: Message): Message => ({
  zh: `厂区 ${site} ${when.zh}：生产日未见负责该厂区的质量安全员任命记录（第三条、第八条）`,
  en: `site ${site} ${when.en}: no record of an officer appointed for the site on its production days (Art. 3, 8)`,
});

/** Whether (S, D) has no officer: also used to suppress `art10.daily-missing`. */
export const noOfficer = (ctx: EngineContext, site: string, day: DayNumber) => !ctx.covered('officer', day, site);

/** Findings of this module's rules for the context. */
export function art3Officer(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  for (const site of ctx.sites) {
    const runs = newRuns<DayNumber>();
    // The days of `forEachStateDay`, as a plain loop: no closure made per site.
    for (let day = ctx.win?.from ?? 0; ctx.win && day <= ctx.stateTo; day++) {
      if (!ctx.scope(day).inScope) runs.ok();
      else if (!ctx.production(site, day)) continue;
      else if (noOfficer(ctx, site, day)) runs.fire(day);
      else runs.ok();
    }
    for (const run of runs.runs()) {
      const fields = dayRunFields(run);
      out.push(makeFinding('art3.officer-missing', { ...fields, site, recordIds: [], message: officerMissingMessage(site, whenText(fields)) }));
    }
  }
  return out;
}
