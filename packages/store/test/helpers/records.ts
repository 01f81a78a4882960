/** Valid records for the store tests. */
import { randomUUID } from 'node:crypto';
import type { DailyCheck, PersonnelChange } from '@order75/schemas';

export const ENTERPRISE = '91350100M000100Y43';

/** A UUIDv7-shaped id (time-ordered prefix, random rest). */
export function newId(): string {
  const hex = Date.now().toString(16).padStart(12, '0');
  const r = randomUUID().replace(/-/g, '');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${r.slice(0, 3)}-8${r.slice(3, 6)}-${r.slice(6, 18)}`;
}

export function dailyCheck(overrides: Partial<DailyCheck> = {}, rows = 5): DailyCheck {
  const date = overrides.date ?? '2026-05-06';
  return {
    id: newId(),
    recordType: 'daily-check',
    schemaVersion: 1,
    revision: 1,
    status: 'draft',
    enterprise: ENTERPRISE,
    date,
    site: 'mawei',
    riskList: { recordId: '019b5d88-b900-705c-995b-58f7642c0a7e', version: 'V2.0' },
    inspector: { personId: 'P003', name: '王磊' },
    checkedAt: `${date}T09:40:00+08:00`,
    items: Array.from({ length: rows }, (_, i) => ({ rowId: `R${String(i + 1).padStart(2, '0')}`, result: 'ok' as const, note: `第 ${i + 1} 项正常` })),
    zeroRisk: true,
    ...overrides,
  };
}

export function appoint(personId: string, name: string, role: PersonnelChange['role'], effectiveDate: string, action: PersonnelChange['action'] = 'appoint'): PersonnelChange {
  return {
    id: newId(),
    recordType: 'personnel-change',
    schemaVersion: 1,
    revision: 1,
    status: 'final',
    enterprise: ENTERPRISE,
    person: { personId, name },
    role,
    action,
    effectiveDate,
    ...(role === 'principal' && action !== 'remove' ? { principalBasis: 'legal-representative' as const } : {}),
  };
}

/** A paper signature stub (scan attached by hash). */
export function paperSignature(contentHash: string, personId: string, role: 'officer' | 'director' | 'principal', signedAt: string, slot = 0) {
  return {
    slot,
    role,
    personId,
    signedAt,
    contentHash,
    method: 'paper' as const,
    attachment: { hash: `sha256:${'ab'.repeat(32)}`, mediaType: 'image/jpeg' },
  };
}
