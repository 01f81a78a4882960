/**
 * The daily check's item list, fast at 1,000 items: rows live in a {@link RowStore}, each row is memoised,
 * off-screen rows skip layout and paint (`content-visibility`), and every control is a native element so
 * the whole list is reachable by keyboard and by the browser's find.
 */
import type { Locale } from '@order75/core';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { DailyItem, RiskRow } from '../form/dailyRows';
import { text } from '../i18n/strings';
import { dailyItemTexts } from './itemTitles';
import type { RowStore } from './rowStore';

import { DailyItemRow } from './DailyItemRow';

export interface DailyItemsTableProps {
  store: RowStore<Partial<DailyItem>>;
  rows: readonly RiskRow[];
  locale: Locale;
  /** Errors by item index, then by field ('' for the item itself). */
  errors: ReadonlyMap<number, Record<string, string[]>>;
  /** A fresh hazard id for a row (called once, when the row first becomes a hazard). */
  hazardId: (rowId: string) => string;
}

const EMPTY = new Map<number, Record<string, string[]>>();

export function DailyItemsTable({ store, rows, locale, errors = EMPTY, hazardId }: DailyItemsTableProps) {
  const items = useSyncExternalStore(store.subscribe, store.get, store.get);
  const { titles, options } = useMemo(() => dailyItemTexts(locale), [locale]);
  const results = options.result ?? [];
  const onPatch = useCallback((i: number, patch: Partial<DailyItem>) => store.update(i, (item) => ({ ...item, ...patch })), [store]);
  const onResult = useCallback(
    (i: number, result: DailyItem['result']) =>
      store.update(i, (item) => {
        if (result !== 'hazard') {
          const { hazardId: _h, finding: _f, measure: _m, measureAt: _ma, handling: _hd, reportedTo: _rt, reportedAt: _ra, photos: _p, ...rest } = item;
          return { ...rest, result };
        }
        return { ...item, result, hazardId: item.hazardId ?? hazardId(item.rowId as string) };
      }),
    [store, hazardId],
  );
  const allClear = useCallback(() => store.set(store.get().map((item) => (item.result ? item : { ...item, result: 'ok' }))), [store]);

  let done = 0;
  let hazards = 0;
  for (const item of items) {
    if (item.result) done++;
    if (item.result === 'hazard') hazards++;
  }
  const zeroRisk = items.length > 0 && done === items.length && hazards === 0;

  if (rows.length === 0) return <div className="o75-empty">{text(locale, 'noDailyRows')}</div>;
  return (
    <div className="o75-daily" id="root_items">
      <div className="o75-table-bar">
        <span role="status" aria-live="polite">
          {text(locale, 'itemsHeading', { count: rows.length })} · {text(locale, 'progress', { done, total: items.length })}
        </span>
        {hazards > 0 ? <span className="o75-badge-hazard">{text(locale, 'hazardCount', { count: hazards })}</span> : null}
        <button type="button" className="o75-btn o75-btn-primary o75-touch" onClick={allClear} disabled={done === items.length}>
          {text(locale, 'allClear')}
        </button>
      </div>
      {zeroRisk ? <div className="o75-zero-risk" data-testid="o75-zero-risk">{text(locale, 'zeroRiskBanner')}</div> : null}
      <div className="o75-drows" id="o75-items">
        {items.map((item, i) => {
          const row = rows[i];
          if (!row) return null;
          return (
            <DailyItemRow
              key={row.rowId}
              index={i}
              row={row}
              item={item}
              titles={titles}
              results={results}
              errors={errors.get(i)}
              onResult={onResult}
              onPatch={onPatch}
              ordinal={locale === 'en' ? `item ${i + 1}` : `第 ${i + 1} 项`}
            />
          );
        })}
      </div>
    </div>
  );
}
