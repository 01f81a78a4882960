/** One daily-check item: the risk-list row it checks, the result (OK / hazard / not applicable), a note, and hazard details. */
import { memo } from 'react';
import type { DailyItem, RiskRow } from '../form/dailyRows';
import { HazardDetails } from './HazardDetails';
import type { ItemTitles } from './itemTitles';

export interface DailyItemRowProps {
  index: number;
  row: RiskRow;
  item: Partial<DailyItem>;
  titles: ItemTitles;
  results: readonly { value: string; label: string }[];
  errors: Record<string, string[]> | undefined;
  onResult: (index: number, result: DailyItem['result']) => void;
  onPatch: (index: number, patch: Partial<DailyItem>) => void;
  /** "第 {n} 项" in the form's language. */
  ordinal: string;
}

function DailyItemRowImpl({ index, row, item, titles, results, errors, onResult, onPatch, ordinal }: DailyItemRowProps) {
  const base = `o75-items-${index}`;
  const resultError = errors?.result;
  const rowErrors = errors?.[''];
  return (
    <div className="o75-drow" data-result={item.result ?? 'none'} id={base} data-row-id={row.rowId}>
      <div className="o75-drow-head">
        <span className="o75-seq" aria-hidden="true">{row.seq ?? index + 1}</span>
        <div className="o75-drow-text">
          <div className="o75-drow-stage">
            {row.stage}
            {row.controlStep ? ` · ${row.controlStep}` : ''}
          </div>
          <div className="o75-drow-risk" id={`${base}-risk`}>{row.riskPoint}</div>
          <div className="o75-drow-measure">{row.controlMeasure}</div>
        </div>
      </div>
      <fieldset
        className="o75-seg-group"
        id={`${base}-result`}
        aria-describedby={resultError ? `${base}-result__error` : `${base}-risk`}
        aria-invalid={resultError ? true : undefined}
      >
        <legend className="o75-visually-hidden">
          {titles.result} {ordinal}
        </legend>
        {results.map((r) => (
          <label key={r.value} className={`o75-seg o75-seg-${r.value}`}>
            <input
              type="radio"
              name={`${base}-result`}
              value={r.value}
              checked={item.result === r.value}
              onChange={() => onResult(index, r.value as DailyItem['result'])}
            />
            <span>{r.label}</span>
          </label>
        ))}
      </fieldset>
      {resultError ? <div id={`${base}-result__error`} className="o75-error" role="alert">{resultError.join('；')}</div> : null}
      <input
        id={`${base}-note`}
        className="o75-in o75-note"
        placeholder={titles.note}
        aria-label={`${titles.note} ${ordinal}`}
        maxLength={4000}
        value={item.note ?? ''}
        onChange={(e) => onPatch(index, { note: e.target.value === '' ? undefined : e.target.value })}
      />
      {rowErrors ? <div className="o75-error" role="alert">{rowErrors.join('；')}</div> : null}
      {item.result === 'hazard' ? <HazardDetails index={index} item={item} titles={titles} errors={errors} onPatch={onPatch} /> : null}
    </div>
  );
}

/** Memoised on props identity: a keystroke in one item re-renders that item only. */
export const DailyItemRow = memo(DailyItemRowImpl);
