import type { IdentifierCheck } from './types';

// PLACEHOLDER until the identifier checks land: accepts any non-empty string.
export function checkProductionLicence(value: string): IdentifierCheck {
  return value ? { ok: true, normalized: value } : { ok: false, reason: { zh: '不能为空', en: 'must not be empty' } };
}
