/** Who may do what at the workstation: role names, which record types each account role may write, slots. */
import type { Message } from '@order75/core';
import { recordSchemas, type RecordType, type Role } from '@order75/schemas';
import type { AccountRole } from './auth/accounts';

export const ROLE_NAMES: Record<AccountRole, Message> = {
  principal: { zh: '主要负责人', en: 'principal' },
  director: { zh: '质量安全总监', en: 'quality-safety director' },
  officer: { zh: '质量安全员', en: 'quality-safety officer' },
  viewer: { zh: '只读用户', en: 'read-only viewer' },
};

/** "质量安全总监或主要负责人" / "quality-safety director or principal". */
export function rolesText(roles: readonly AccountRole[]): Message {
  return { zh: roles.map((r) => ROLE_NAMES[r].zh).join('或'), en: roles.map((r) => ROLE_NAMES[r].en).join(' or ') };
}

const PRINCIPAL_ONLY: readonly RecordType[] = ['opinion-response', 'major-decision', 'recall', 'incentive'];

/** Account roles that may create or correct records of a type (the principal may write everything). */
export function writersOf(type: RecordType): AccountRole[] {
  if (type === 'daily-check') return ['officer', 'director', 'principal'];
  if (type === 'opinion') return ['officer', 'director', 'principal'];
  if (PRINCIPAL_ONLY.includes(type)) return ['principal'];
  return ['director', 'principal'];
}

/** The roles that may fill each signature slot of a record type (`x-order75-signatures`). */
export function slotRoles(type: string, schemaVersion: number): Role[][] {
  const schema = recordSchemas[`${type}@${schemaVersion}` as keyof typeof recordSchemas] as { 'x-order75-signatures'?: Role[][] } | undefined;
  return schema?.['x-order75-signatures'] ?? [];
}
