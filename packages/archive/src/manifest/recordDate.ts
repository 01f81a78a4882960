/**
 * The business date of a record, by which an archive decides whether the record lies in its period. Each
 * record schema names its date field in `x-order75-record-date` (the day checked, the meeting held, the date a
 * document took effect, `createdAt` for records without a date of their own), so the archive, the store and
 * the engine agree. An instant counts on its China local date (UTC+8, no daylight saving), as the store indexes
 * it: `2024-04-30T16:30:00Z` is 2024-05-01, whatever the reader's time zone.
 */
import { bundledSchemas, recordSchemas } from '@order75/schemas';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** `YYYY-MM-DD` of a local date, or of an instant in China time; `undefined` for anything else. */
export function chinaDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (DAY.test(value)) return value;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

type Annotated = { 'x-order75-record-date'?: unknown } | undefined;

/** The date field of a record type (at a schema version, when given). */
export function recordDateField(recordType: string, schemaVersion?: unknown): string | undefined {
  const schema = ((recordSchemas as Record<string, Annotated>)[`${recordType}@${String(schemaVersion)}`] ??
    (bundledSchemas as Record<string, Annotated>)[recordType]) as Annotated;
  const field = schema?.['x-order75-record-date'];
  return typeof field === 'string' ? field : undefined;
}

/** The record's date (`YYYY-MM-DD`), or `undefined` when its type is unknown or the field is absent. */
export function recordDate(record: Record<string, unknown>): string | undefined {
  const field = recordDateField(String(record.recordType), record.schemaVersion);
  return field === undefined ? undefined : chinaDate(record[field]);
}

/** Whether the record's date lies in `[from, to]` (inclusive days). */
export function inPeriod(record: Record<string, unknown>, from: string, to: string): boolean {
  const date = recordDate(record);
  return date !== undefined && date >= from && date <= to;
}
