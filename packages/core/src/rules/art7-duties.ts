/**
 * Art. 7 — `art7.duties-missing`, `art7.duties-incomplete`: the 《质量安全总监职责》 is in force, covering keys 7.1–7.7,
 * while a director is required or in office.
 */
import type { DirectorDuties, Message } from '@order75/schemas';
import type { DayNumber } from '../calendar/days';
import type { EngineContext } from '../engine/context';
import type { Finding } from '../engine/finding';
import { stateFindings, versionDays, versionFinding } from '../engine/stateRules';

export const DIRECTOR_KEYS = ['7.1', '7.2', '7.3', '7.4', '7.5', '7.6', '7.7'] as const;

/** A director is required (`true`) or someone holds director on the day. */
export const directorNeeded = (ctx: EngineContext, day: DayNumber) => ctx.scope(day).requiresDirector === true || ctx.covered('director', day);

export const missingKeys = (items: readonly { coverage: readonly string[] }[], keys: readonly string[]) => {
  const have = new Set(items.flatMap((i) => i.coverage));
  return keys.filter((k) => !have.has(k));
};

/** The finding message (also used by `recordLevelIssues`). */
export const dutiesMissingMessage = (when: Message): Message => ({
  zh: `${when.zh}：未见生效的《质量安全总监职责》记录（第七条）`,
  en: `${when.en}: no record of a 《质量安全总监职责》 (director duties) in force (Art. 7)`,
});

/** The finding message (also used by `recordLevelIssues`). */
export const dutiesIncompleteMessage = (version: string, keys: readonly string[]) => (when: Message): Message => ({
  zh: `${when.zh}：《质量安全总监职责》${version} 未见第七条第 ${keys.join('、')} 项职责的记录`,
  en: `${when.en}: 《质量安全总监职责》 ${version} has no record of Art. 7 duties ${keys.join(', ')}`,
});

/** Findings of this module's rules for the context. */
export function art7Duties(ctx: EngineContext): Finding[] {
  const out = stateFindings(ctx, 'art7.duties-missing', (d) => (!directorNeeded(ctx, d) ? 'ok' : ctx.duties.on(d) ? 'ok' : 'fire'), dutiesMissingMessage);
  for (const { version, from, to } of versionDays<DirectorDuties>(ctx, ctx.duties, (d) => directorNeeded(ctx, d))) {
    const keys = missingKeys(version.doc.items, DIRECTOR_KEYS);
    if (keys.length) out.push(versionFinding('art7.duties-incomplete', version.doc.id, from, to, dutiesIncompleteMessage(version.doc.version, keys), { missingKeys: keys }));
  }
  return out;
}
