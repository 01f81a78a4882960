/**
 * Shared inputs of the document templates (Art. 7, 8, 9): the enterprise they are written for and the
 * envelope options every template accepts.
 */
import type { EnterpriseProfile } from '@order75/schemas';

/** What a template needs from the enterprise profile: its USCC and name; sites and products when present. */
export type TemplateProfile = Pick<EnterpriseProfile, 'enterprise' | 'name'> & Partial<Pick<EnterpriseProfile, 'sites' | 'products'>>;

/** Envelope options shared by every template. */
export interface TemplateOptions {
  /** Record id (UUID); a fresh UUIDv7 when absent. */
  id?: string;
  /** Document version; `V1.0` when absent. */
  version?: string;
  /** Effective date (local, YYYY-MM-DD); today's local date when absent. */
  effectiveDate?: string;
}

/** A fresh UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits, from WebCrypto (browser and Node). */
export function newRecordId(now: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let ms = now;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Today's date in the runtime's local time zone, YYYY-MM-DD (a default only; pass `effectiveDate` to be exact). */
export function todayLocal(now: Date = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}

/** The envelope of a template record: revision 1, status draft, for the profile's enterprise. */
export function draftEnvelope<T extends string>(recordType: T, profile: TemplateProfile, options: TemplateOptions) {
  return {
    id: options.id ?? newRecordId(),
    recordType,
    schemaVersion: 1 as const,
    revision: 1,
    status: 'draft' as const,
    enterprise: profile.enterprise,
  };
}
