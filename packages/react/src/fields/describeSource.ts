/** A linked record in one line, by its date, site and person. */
import { text } from '../i18n/strings';

type Rec = Record<string, unknown>;

/** A one-line description of a source record: its date field, site and inspector or organiser. */
export function describeSource(record: Rec | undefined, id: string, locale: 'zh-CN' | 'en'): string {
  if (!record) return text(locale, 'unknownSource', { id: id.slice(0, 8) });
  const date = (record.date ?? record.reviewDate ?? record.meetingDate) as string | undefined;
  const person = (record.inspector ?? record.organiser ?? record.chair) as { name?: string } | undefined;
  return [date, record.site as string | undefined, person?.name].filter(Boolean).join(' · ');
}

