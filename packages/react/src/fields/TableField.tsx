/**
 * `o75Table`: where rjsf would draw a large array, the form's fast table (daily-check items, risk-list rows)
 * is drawn instead. Its rows live in the form's row store, not in rjsf's form data.
 */
import { createContext, useContext, type ReactNode } from 'react';

export const TableSlot = createContext<ReactNode>(null);

export function TableField() {
  return <>{useContext(TableSlot)}</>;
}
