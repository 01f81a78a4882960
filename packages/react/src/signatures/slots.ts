/**
 * Signature slots of a record type (`x-order75-signatures`, `x-order75-slot-conditions`) and the role check
 * a form makes before it accepts a signature: only a role the slot lists may fill it.
 */
import type { Message } from '@order75/core';
import { bundledSchemas, type RecordType, type Role } from '@order75/schemas';
import { message } from '../i18n/strings';

/** One slot: its index, the roles that may fill it, and when it is required (`null`: always). */
export interface SignatureSlot {
  index: number;
  roles: Role[];
  condition: string | null;
}

/** Role names as the regulation writes them. */
export const ROLE_NAMES: Record<Role, Message> = {
  principal: { zh: '主要负责人', en: 'principal' },
  director: { zh: '质量安全总监', en: 'quality-safety director' },
  officer: { zh: '质量安全员', en: 'quality-safety officer' },
};

/** The slots of a record type, in order. */
export function signatureSlots(recordType: RecordType): SignatureSlot[] {
  const schema = bundledSchemas[recordType] as unknown as Record<string, unknown>;
  const slots = (schema['x-order75-signatures'] as Role[][] | undefined) ?? [];
  const conditions = (schema['x-order75-slot-conditions'] as (string | null)[] | undefined) ?? [];
  return slots.map((roles, index) => ({ index, roles, condition: conditions[index] ?? null }));
}

/** "质量安全总监或主要负责人" / "quality-safety director or principal". */
export function rolesText(roles: readonly Role[]): Message {
  return {
    zh: roles.map((r) => ROLE_NAMES[r].zh).join('或'),
    en: roles.map((r) => ROLE_NAMES[r].en).join(' or '),
  };
}

/** Why `role` may not fill `slot` (bilingual), or undefined when it may. */
export function roleRefusal(slot: SignatureSlot, role: Role | undefined): Message | undefined {
  if (role && slot.roles.includes(role)) return undefined;
  const allowed = rolesText(slot.roles);
  const who = role ? ROLE_NAMES[role] : { zh: '未指定岗位的人员', en: 'person without a role' };
  return {
    zh: message('wrongRole', { role: who.zh, roles: allowed.zh }).zh,
    en: message('wrongRole', { role: who.en, roles: allowed.en }).en,
  };
}
