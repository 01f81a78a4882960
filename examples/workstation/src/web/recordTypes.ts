/** Record type names for lists and menus (the schemas' titles). */
import { bundledSchemas, RECORD_TYPES, type RecordType } from '@order75/schemas';

export function typeName(type: string, en: boolean): string {
  const s = bundledSchemas[type as RecordType] as { title?: string; 'x-title-en'?: string } | undefined;
  return (en ? s?.['x-title-en'] : s?.title) ?? type;
}

export { RECORD_TYPES };

/** The date a list shows for a record. */
export function recordDate(r: Record<string, unknown>): string {
  for (const k of ['date', 'reviewDate', 'meetingDate', 'effectiveDate', 'raisedAt', 'respondedAt', 'startDate']) {
    if (typeof r[k] === 'string') return (r[k] as string).slice(0, 10);
  }
  return typeof r.createdAt === 'string' ? r.createdAt.slice(0, 10) : '';
}
