/**
 * What a hazard row needs (Art. 10): the finding, the immediate measure and its time, the handling, whom it
 * was reported to and when, and photos. Rendered only for rows marked as a hazard.
 */
import type { Attachment, PersonRef } from '@order75/schemas';
import { memo } from 'react';
import { useServices } from '../context';
import { PersonPicker } from '../fields/PersonPicker';
import { text } from '../i18n/strings';
import type { DailyItem } from '../form/dailyRows';
import { PhotoInput } from '../photos/PhotoInput';
import { inputToInstant, instantToInput, toInstant } from '../time';
import type { ItemTitles } from './itemTitles';

const REPORT_ROLES = ['director', 'principal'] as const;

export interface HazardDetailsProps {
  index: number;
  item: Partial<DailyItem>;
  titles: ItemTitles;
  errors: Record<string, string[]> | undefined;
  onPatch: (index: number, patch: Partial<DailyItem>) => void;
}

function HazardDetailsImpl({ index, item, titles, errors, onPatch }: HazardDetailsProps) {
  const { locale, now } = useServices();
  const id = (field: string) => `o75-items-${index}-${field}`;
  const err = (field: string) => errors?.[field];
  const described = (field: string) => (err(field) ? `${id(field)}__error` : undefined);
  const errorOf = (field: string) =>
    err(field) ? (
      <div id={`${id(field)}__error`} className="o75-error" role="alert">
        {err(field)?.join('；')}
      </div>
    ) : null;
  const area = (field: 'finding' | 'measure' | 'handling', required = false) => (
    <div className="o75-hz-field o75-wide">
      <label htmlFor={id(field)} className="o75-label">
        {required ? <span className="o75-required" aria-hidden="true">*</span> : null}
        {titles[field]}
      </label>
      <textarea
        id={id(field)}
        className="o75-in"
        rows={2}
        maxLength={4000}
        aria-invalid={err(field) ? true : undefined}
        aria-describedby={described(field)}
        value={item[field] ?? ''}
        onChange={(e) => onPatch(index, { [field]: e.target.value === '' ? undefined : e.target.value })}
      />
      {errorOf(field)}
    </div>
  );
  const when = (field: 'measureAt' | 'reportedAt') => (
    <div className="o75-hz-field">
      <label htmlFor={id(field)} className="o75-label">{titles[field]}</label>
      <div className="o75-when">
        <input
          id={id(field)}
          className="o75-in"
          type="datetime-local"
          aria-invalid={err(field) ? true : undefined}
          aria-describedby={described(field)}
          value={instantToInput(item[field])}
          onChange={(e) => onPatch(index, { [field]: inputToInstant(e.target.value) })}
        />
        <button type="button" className="o75-btn o75-touch" onClick={() => onPatch(index, { [field]: toInstant(now()) })}>
          {text(locale, 'now')}
        </button>
      </div>
      {errorOf(field)}
    </div>
  );
  return (
    <fieldset className="o75-hazard">
      <legend className="o75-visually-hidden">{`${titles.hazardId} ${item.hazardId ?? ''}`}</legend>
      <div className="o75-hz-id">
        {titles.hazardId}：<code>{item.hazardId}</code>
      </div>
      {area('finding', true)}
      {area('measure', true)}
      {when('measureAt')}
      {area('handling')}
      <div className="o75-hz-field">
        <label htmlFor={id('reportedTo')} className="o75-label">{titles.reportedTo}</label>
        <PersonPicker
          id={id('reportedTo')}
          roles={REPORT_ROLES}
          value={item.reportedTo}
          invalid={!!err('reportedTo')}
          describedBy={described('reportedTo')}
          onChange={(v: PersonRef | undefined) => onPatch(index, { reportedTo: v })}
        />
        {errorOf('reportedTo')}
      </div>
      {when('reportedAt')}
      <div className="o75-hz-field o75-wide">
        <label htmlFor={id('photos')} className="o75-label">{titles.photos}</label>
        <PhotoInput
          id={id('photos')}
          value={item.photos ?? []}
          describedBy={described('photos')}
          onChange={(photos: Attachment[]) => onPatch(index, { photos: photos.length ? photos : undefined })}
        />
        {errorOf('photos')}
      </div>
    </fieldset>
  );
}

export const HazardDetails = memo(HazardDetailsImpl);
