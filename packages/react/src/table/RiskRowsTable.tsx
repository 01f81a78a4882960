/**
 * The risk-list row editor, fast at 1,000 rows: rows live in an external store and are memoised, and only the
 * rows near the viewport are rendered (window virtualisation, measured row heights). The row holding focus
 * stays rendered, so Tab and Shift-Tab walk the rows and the browser scrolls along.
 */
import type { Locale } from '@order75/core';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { RiskRow } from '../form/dailyRows';
import { text } from '../i18n/strings';
import { riskRowTexts } from './itemTitles';
import { RiskRowEditor } from './RiskRowEditor';
import { registerRowScroller } from './rowScrollers';
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

const INLINE = ['stage', 'controlStep', 'riskPoint', 'controlMeasure', 'cadence', 'responsibleRole', 'riskLevel'] as const;

export function RiskRowsTable({ store, locale, errors }: RiskRowsTableProps) {
  const rows = useSyncExternalStore(store.subscribe, store.get, store.get);
  const { titles, options } = useMemo(() => riskRowTexts(locale), [locale]);
  const onPatch = useCallback((i: number, patch: Partial<RiskRow>) => store.update(i, (row) => ({ ...row, ...patch })), [store]);
  const onRemove = useCallback((i: number) => store.set(store.get().filter((_, j) => j !== i)), [store]);
  const list = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  const focused = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    const top = (list.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - margin) > 1) setMargin(top);
  });
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const f = focused.current;
    if (f !== undefined && f < range.count && !indexes.includes(f)) indexes.push(f);
    return indexes.sort((a, b) => a - b);
  }, []);
  const virtualizer = useWindowVirtualizer({ count: rows.length, estimateSize: () => 96, overscan: 8, scrollMargin: margin, rangeExtractor });
  useEffect(() => registerRowScroller('rows', (i) => virtualizer.scrollToIndex(i, { align: 'center' })), [virtualizer]);
  const add = () => {
    const current = store.get();
    const seq = current.reduce((m, r) => Math.max(m, r.seq ?? 0), 0) + 1;
    store.set([...current, { rowId: nextRowId(current), seq }]);
    requestAnimationFrame(() => virtualizer.scrollToIndex(current.length, { align: 'center' }));
  };
  const more = text(locale, 'moreFields');
  const remove = text(locale, 'removeRow');
  return (
    <div className="o75-risk-rows" id="root_rows">
      <div className="o75-table-bar" role="status" aria-live="polite">{text(locale, 'rowsHeading', { count: rows.length })}</div>
      <div className="o75-rrow o75-rrow-head" aria-hidden="true">
        <span className="o75-seq">{titles.seq}</span>
        {INLINE.map((f) => (
          <span key={f} className={`o75-rcell o75-rcell-${f}`}>{titles[f]}</span>
        ))}
        <span className="o75-rrow-actions" />
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: onFocus only tracks which row holds focus, to keep it rendered */}
      <div
        ref={list}
        className="o75-rrows"
        id="o75-rows"
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        onFocus={(e) => {
          const index = (e.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index;
          focused.current = index === undefined ? undefined : Number(index);
        }}
      >
        {virtualizer.getVirtualItems().map((v) => {
          const row = rows[v.index];
          if (!row) return null;
          return (
            <div
              key={v.key}
              data-index={v.index}
              ref={virtualizer.measureElement}
              className="o75-vrow"
              style={{ transform: `translateY(${v.start - virtualizer.options.scrollMargin}px)` }}
            >
              <RiskRowEditor
                index={v.index}
                row={row}
                titles={titles}
                options={options}
                errors={errors.get(v.index)}
                onPatch={onPatch}
                onRemove={onRemove}
                moreLabel={more}
                removeLabel={remove}
                removeAria={text(locale, 'removeRowLabel', { n: v.index + 1 })}
              />
            </div>
          );
        })}
      </div>
      <button type="button" className="o75-btn o75-touch" onClick={add}>{text(locale, 'addRow')}</button>
    </div>
  );
}
