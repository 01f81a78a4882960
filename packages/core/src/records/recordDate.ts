/**
 * Record dates (OBLIGATIONS.md "Signatures"): the field each schema names in `x-order75-record-date` — a local
 * date, or an instant converted to the enterprise's local date; `createdAt` means the creation of the revision.
 */
import type { AnyRecord } from '@order75/schemas';
import { recordSchemas } from '@order75/schemas';
import { type DayNumber, tryDayNumber } from '../calendar/days';
import { parseInstant, type TimeZone } from '../calendar/timeZone';

const fieldCache = new Map<string, Map<number, string | undefined>>();

/** The field that dates records of a type and schema version, from the schema's `x-order75-record-date`. */
export function recordDateField(record: Pick<AnyRecord, 'recordType' | 'schemaVersion'>): string | undefined {
  let byVersion = fieldCache.get(record.recordType);
  if (!byVersion) {
    byVersion = new Map();
    fieldCache.set(record.recordType, byVersion);
  }
  if (!byVersion.has(record.schemaVersion)) {
    const schema = recordSchemas[`${record.recordType}@${record.schemaVersion}`] as { 'x-order75-record-date'?: string } | undefined;
    byVersion.set(record.schemaVersion, schema?.['x-order75-record-date']);
  }
  return byVersion.get(record.schemaVersion);
}

/** A local date or an instant, as a local day; `undefined` when absent or malformed. */
export function localDayOf(value: unknown, tz: TimeZone): DayNumber | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.length === 10) {
    const d = tryDayNumber(value);
    return Number.isNaN(d) ? undefined : d;
  }
  const ms = parseInstant(value);
  return Number.isNaN(ms) ? undefined : tz.localDay(ms);
}

/** The record's date as a local day; `undefined` when the dating field is absent (e.g. no `createdAt`). */
export function recordDay(record: AnyRecord, tz: TimeZone): DayNumber | undefined {
  const field = recordDateField(record);
  return field ? localDayOf((record as unknown as Record<string, unknown>)[field], tz) : undefined;
}

/** The revision's creation as epoch ms; `NaN` when absent. */
export function createdMs(record: AnyRecord): number {
  return record.createdAt ? parseInstant(record.createdAt) : Number.NaN;
}
