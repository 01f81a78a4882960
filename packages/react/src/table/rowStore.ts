/**
 * The rows of a large table, outside React state: a keystroke replaces one row object, the table re-renders
 * only that row (rows are memoised on identity), and the form reads the rows only when it saves or submits.
 */

type Listener = () => void;

/** A tiny external store of table rows for `useSyncExternalStore`. */
export interface RowStore<R> {
  get(): readonly R[];
  /** Replaces all rows (restore, generate, all clear). */
  set(rows: readonly R[]): void;
  /** Replaces row `index` with `update(row)`; other row objects keep their identity. */
  update(index: number, update: (row: R) => R): void;
  subscribe(listener: Listener): () => void;
}

export function createRowStore<R>(initial: readonly R[]): RowStore<R> {
  let rows = initial;
  const listeners = new Set<Listener>();
  const emit = () => {
    for (const l of listeners) l();
  };
  return {
    get: () => rows,
    set(next) {
      rows = next;
      emit();
    },
    update(index, update) {
      const current = rows[index];
      if (current === undefined) return;
      const next = update(current);
      if (next === current) return;
      const copy = rows.slice();
      copy[index] = next;
      rows = copy;
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
