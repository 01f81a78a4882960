/** The words people write in spreadsheets for cadences, roles and check results, mapped to schema values. */

export type Cadence = 'daily' | 'weekly' | 'monthly';
export type Role = 'principal' | 'director' | 'officer';

/** Labels written on export. */
export const CADENCE_LABEL: Record<Cadence, string> = { daily: '日管控', weekly: '周排查', monthly: '月调度' };
export const ROLE_LABEL: Record<Role, string> = { principal: '主要负责人', director: '质量安全总监', officer: '质量安全员' };
export const RESULT_LABEL = { ok: '正常', hazard: '发现隐患', na: '不适用' } as const;

const CADENCE_ALIASES: Record<string, Cadence> = {};
for (const [value, words] of [
  ['daily', ['日管控', '每日', '每天', '日', '天', '日检', '每日检查', 'daily', 'day', 'd']],
  ['weekly', ['周排查', '每周', '周', '周检', '每周排查', 'weekly', 'week', 'w']],
  ['monthly', ['月调度', '每月', '月', '月检', '每月调度', 'monthly', 'month', 'm']],
] as const) {
  for (const word of words) CADENCE_ALIASES[word] = value;
}

const ROLE_ALIASES: Record<string, Role> = {};
for (const [value, words] of [
  ['officer', ['质量安全员', '安全员', '质安员', 'officer', 'quality-safety officer', 'quality safety officer']],
  ['director', ['质量安全总监', '总监', '质安总监', 'director', 'quality-safety director', 'quality safety director']],
  ['principal', ['主要负责人', '负责人', '总经理', '法定代表人', 'principal']],
] as const) {
  for (const word of words) ROLE_ALIASES[word] = value;
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `日管控`, `每日`, `daily`, … → `daily`; `undefined` when unrecognised. */
export function parseCadence(text: string): Cadence | undefined {
  return CADENCE_ALIASES[normalise(text)];
}

/** `质量安全员`, `安全员`, `officer`, … → `officer`; `undefined` when unrecognised. */
export function parseRole(text: string): Role | undefined {
  return ROLE_ALIASES[normalise(text)];
}

/** Splits a cell listing several values (`S1、S2`, `S1, S2`, `S1；S2`). */
export function splitList(text: string): string[] {
  return text.split(/[、,，;；\n]+/).map((s) => s.trim()).filter((s) => s.length > 0);
}
