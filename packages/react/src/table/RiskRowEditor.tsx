/** One editable row of the risk list: the main columns inline, the rest behind "more fields". */
import { memo, useState, type ReactNode } from 'react';
import type { RiskRow } from '../form/dailyRows';
import type { ItemTitles } from './itemTitles';

type Field = keyof RiskRow;
type Options = Record<string, { value: string; label: string }[]>;

export interface RiskRowEditorProps {
  index: number;
  row: Partial<RiskRow>;
  titles: ItemTitles;
  options: Options;
  errors: Record<string, string[]> | undefined;
  onPatch: (index: number, patch: Partial<RiskRow>) => void;
  onRemove: (index: number) => void;
  moreLabel: string;
  removeLabel: string;
  removeAria: string;
}

const INLINE: Field[] = ['stage', 'controlStep', 'riskPoint', 'controlMeasure', 'cadence', 'responsibleRole', 'riskLevel'];
const MORE: Field[] = ['rowId', 'riskDescription', 'sites', 'legalBasis', 'remarks'];
const REQUIRED = new Set<Field>(['rowId', 'stage', 'riskPoint', 'controlMeasure', 'cadence', 'responsibleRole']);

function RiskRowEditorImpl({ index, row, titles, options, errors, onPatch, onRemove, moreLabel, removeLabel, removeAria }: RiskRowEditorProps) {
  const [open, setOpen] = useState(false);
  const base = `o75-rows-${index}`;
  const hasMoreError = MORE.some((f) => errors?.[f]);
  const cell = (field: Field) => {
    const id = `${base}-${field}`;
    const err = errors?.[field];
    const label = `${titles[field] ?? field}（${index + 1}）`;
    const common = {
      id,
      className: 'o75-in',
      'aria-label': label,
      'aria-invalid': err ? true : undefined,
      'aria-describedby': err ? `${id}__error` : undefined,
      required: REQUIRED.has(field),
    };
    const value = row[field];
    let control: ReactNode;
    if (options[field]) {
      control = (
        <select {...common} value={(value as string | undefined) ?? ''} onChange={(e) => onPatch(index, { [field]: e.target.value || undefined })}>
          <option value="">—</option>
          {options[field].map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      );
    } else if (field === 'sites') {
      control = (
        <input
          {...common}
          value={Array.isArray(value) ? value.join(', ') : ''}
          onChange={(e) => {
            const sites = e.target.value.split(/[,，\s]+/).filter(Boolean);
            onPatch(index, { sites: sites.length ? sites : undefined });
          }}
        />
      );
    } else if (field === 'riskPoint' || field === 'controlMeasure' || field === 'riskDescription') {
      control = <textarea {...common} rows={2} maxLength={4000} value={(value as string | undefined) ?? ''} onChange={(e) => onPatch(index, { [field]: e.target.value || undefined })} />;
    } else {
      control = <input {...common} value={(value as string | undefined) ?? ''} onChange={(e) => onPatch(index, { [field]: e.target.value || undefined })} />;
    }
    return (
      <div className={`o75-rcell o75-rcell-${field}`} key={field}>
        <span className="o75-rcell-label" aria-hidden="true">{titles[field]}</span>
        {control}
        {err ? <div id={`${id}__error`} className="o75-error" role="alert">{err.join('；')}</div> : null}
      </div>
    );
  };
  return (
    <fieldset className="o75-rrow" id={base}>
      <legend className="o75-visually-hidden">{`${titles.seq ?? ''} ${row.seq ?? index + 1}`}</legend>
      <span className="o75-seq">{row.seq ?? index + 1}</span>
      {INLINE.map(cell)}
      <div className="o75-rrow-actions">
        <button type="button" className="o75-btn o75-touch" aria-expanded={open || hasMoreError} aria-controls={`${base}-more`} onClick={() => setOpen(!open)}>
          {moreLabel}
        </button>
        <button type="button" className="o75-btn o75-btn-danger o75-touch" aria-label={removeAria} onClick={() => onRemove(index)}>
          {removeLabel}
        </button>
      </div>
      {open || hasMoreError ? (
        <div className="o75-rrow-more" id={`${base}-more`}>
          {MORE.map(cell)}
        </div>
      ) : null}
    </fieldset>
  );
}

/** Memoised on props identity: a keystroke in one row re-renders that row only. */
export const RiskRowEditor = memo(RiskRowEditorImpl);
