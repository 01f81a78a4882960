/**
 * The business date of a record, by which an archive decides whether the record lies in its period. Each
 * record schema names its date field in `x-order75-record-date` (the day checked, the meeting held, the date a
 * document took effect, `createdAt` for records without a date of their own), so the archive, the store and
 * the engine agree. An instant counts on the calendar day written in it (`2024-05-01T23:30:00+08:00` is
 * 2024-05-01): the day the factory lived, whatever the reader's time zone.
 */
import { bundledSchemas, recordSchemas } from '@order75/schemas';

const DAY = /^\d{4}-\d{2}-\d{2}/;

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
  const value = field === undefined ? undefined : record[field];
  return typeof value === 'string' && DAY.test(value) ? value.slice(0, 10) : undefined;
}

/** Whether the record's date lies in `[from, to]` (inclusive days). */
export function inPeriod(record: Record<string, unknown>, from: string, to: string): boolean {
  const date = recordDate(record);
  return date !== undefined && date >= from && date <= to;
}
