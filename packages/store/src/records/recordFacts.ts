/**
 * The columns the store indexes a record by: its record date (the field named by the schema's
 * `x-order75-record-date`, instants taken as China local dates, UTC+8, no DST), site and author.
 */
import { recordSchemas, type AnyRecord } from '@order75/schemas';

const CHINA_OFFSET_MS = 8 * 3_600_000;
const dateField = new Map<string, string | undefined>();

/** The name of the field that dates records of this type and version. */
export function recordDateField(recordType: string, schemaVersion: number): string | undefined {
  const key = `${recordType}@${schemaVersion}`;
  if (!dateField.has(key)) {
    const schema = recordSchemas[key] as { 'x-order75-record-date'?: string } | undefined;
    dateField.set(key, schema?.['x-order75-record-date']);
  }
  return dateField.get(key);
}

/** `YYYY-MM-DD` of a local date or of an instant in China time; `undefined` if neither. */
export function chinaDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export interface RecordFacts {
  recordDate: string | null;
  site: string | null;
  author: string;
}

export function recordFacts(record: AnyRecord, actor: string): RecordFacts {
  const r = record as unknown as Record<string, unknown>;
  const field = recordDateField(record.recordType, record.schemaVersion);
  const site = typeof r.site === 'string' ? r.site : null;
  const creator = (r.createdBy as { personId?: unknown } | undefined)?.personId;
  return {
    recordDate: (field ? chinaDate(r[field]) : undefined) ?? null,
    site,
    author: typeof creator === 'string' ? creator : actor,
  };
}

/** The signature slots of a record type: per slot, the roles that may fill it. */
export function signatureSlots(recordType: string, schemaVersion: number): string[][] {
  const schema = recordSchemas[`${recordType}@${schemaVersion}`] as { 'x-order75-signatures'?: string[][] } | undefined;
  return schema?.['x-order75-signatures'] ?? [];
}
