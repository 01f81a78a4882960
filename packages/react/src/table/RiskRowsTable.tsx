/** The risk-list row editor, fast at 1,000 rows (same technique as the daily check: external row store, memoised rows). */
import type { Locale } from '@order75/core';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { RiskRow } from '../form/dailyRows';
import { text } from '../i18n/strings';
import { riskRowTexts } from './itemTitles';
import { RiskRowEditor } from './RiskRowEditor';
import type { RowStore } from './rowStore';

export interface RiskRowsTableProps {
  store: RowStore<Partial<RiskRow>>;
  locale: Locale;
  errors: ReadonlyMap<number, Record<string, string[]>>;
}

/** A row id not used yet: `R-<n>`. */
export function nextRowId(rows: readonly Partial<RiskRow>[]): string {
  const used = new Set(rows.map((r) => r.rowId));
  let n = rows.length + 1;
  while (used.has(`R-${n}`)) n++;
  return `R-${n}`;
}

export function RiskRowsTable({ store, locale, errors }: RiskRowsTableProps) {
  const rows = useSyncExternalStore(store.subscribe, store.get, store.get);
  const { titles, options } = useMemo(() => riskRowTexts(locale), [locale]);
  const onPatch = useCallback((i: number, patch: Partial<RiskRow>) => store.update(i, (row) => ({ ...row, ...patch })), [store]);
  const onRemove = useCallback((i: number) => store.set(store.get().filter((_, j) => j !== i)), [store]);
  const add = () => {
    const current = store.get();
    const seq = current.reduce((m, r) => Math.max(m, r.seq ?? 0), 0) + 1;
    store.set([...current, { rowId: nextRowId(current), seq }]);
  };
  const more = text(locale, 'moreFields');
  return (
    <div className="o75-risk-rows" id="root_rows">
      <div className="o75-table-bar" role="status" aria-live="polite">{text(locale, 'rowsHeading', { count: rows.length })}</div>
      <div className="o75-rrow o75-rrow-head" aria-hidden="true">
        <span className="o75-seq">{titles.seq}</span>
        {(['stage', 'controlStep', 'riskPoint', 'controlMeasure', 'cadence', 'responsibleRole', 'riskLevel'] as const).map((f) => (
          <span key={f} className={`o75-rcell o75-rcell-${f}`}>{titles[f]}</span>
        ))}
        <span className="o75-rrow-actions" />
      </div>
      <div className="o75-rrows" id="o75-rows">
        {rows.map((row, i) => (
          <RiskRowEditor
            key={i}
            index={i}
            row={row}
            titles={titles}
            options={options}
            errors={errors.get(i)}
            onPatch={onPatch}
            onRemove={onRemove}
            moreLabel={more}
            removeLabel={text(locale, 'removeRow')}
            removeAria={text(locale, 'removeRowLabel', { n: i + 1 })}
          />
        ))}
      </div>
      <button type="button" className="o75-btn o75-touch" onClick={add}>{text(locale, 'addRow')}</button>
    </div>
  );
}
