/** Art. 8 — `art8.code-missing`, `art8.code-incomplete`: the 《质量安全员守则》 is in force, covering keys 8.1–8.5. */
import type { Message, OfficerCode } from '@order75/schemas';
import type { EngineContext } from '../engine/context';
import type { Finding } from '../engine/finding';
import { stateFindings, versionDays, versionFinding } from '../engine/stateRules';
import { missingKeys } from './art7-duties';

export const OFFICER_KEYS = ['8.1', '8.2', '8.3', '8.4', '8.5'] as const;

/** The finding message (also used by `recordLevelIssues`). */
export const codeMissingMessage = (when: Message): Message => ({
  zh: `${when.zh}：未见生效的《质量安全员守则》记录（第八条）`,
  en: `${when.en}: no record of a 《质量安全员守则》 (officer code) in force (Art. 8)`,
});

/** The finding message (also used by `recordLevelIssues`). */
export const codeIncompleteMessage = (version: string, keys: readonly string[]) => (when: Message): Message => ({
  zh: `${when.zh}：《质量安全员守则》${version} 未见第八条第 ${keys.join('、')} 项职责的记录`,
  en: `${when.en}: 《质量安全员守则》 ${version} has no record of Art. 8 duties ${keys.join(', ')}`,
});

/** Findings of this module's rules for the context. */
export function art8Code(ctx: EngineContext): Finding[] {
  const out = stateFindings(ctx, 'art8.code-missing', (d) => (ctx.codes.on(d) ? 'ok' : 'fire'), codeMissingMessage);
  for (const { version, from, to } of versionDays<OfficerCode>(ctx, ctx.codes)) {
    const keys = missingKeys(version.doc.items, OFFICER_KEYS);
    if (keys.length) out.push(versionFinding('art8.code-incomplete', version.doc.id, from, to, codeIncompleteMessage(version.doc.version, keys), { missingKeys: keys }));
  }
  return out;
}
