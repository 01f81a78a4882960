/**
 * The daily check generated from the risk list in force (Art. 10): one item per daily-cadence row that
 * applies to the site, in list order, and hazard ids that stay unique across checks of the same day.
 */
import type { DailyCheck, RiskList } from '@order75/schemas';

export type DailyItem = DailyCheck['items'][number];
export type RiskRow = RiskList['rows'][number];

/** The risk-list rows a site checks daily: cadence `daily`, and the site among the row's (or the list's) sites. */
export function dailyRowsFor(list: RiskList, site: string | undefined): RiskRow[] {
  const listSites = list.sites ?? [];
  if (site && listSites.length > 0 && !listSites.includes(site)) return [];
  return list.rows
    .filter((r) => r.cadence === 'daily' && (!site || !r.sites || r.sites.length === 0 || r.sites.includes(site)))
    .sort((a, b) => (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER));
}

/** Items for the rows, keeping results already entered (a restored draft, an edited record) by row id. */
export function itemsFor(rows: readonly RiskRow[], existing: readonly Partial<DailyItem>[] = []): Partial<DailyItem>[] {
  const byRow = new Map(existing.filter((i) => i.rowId).map((i) => [i.rowId as string, i]));
  return rows.map((r) => byRow.get(r.rowId) ?? { rowId: r.rowId });
}

/**
 * A hazard id: `H-<yyyymmdd>-<site>-<rowId>-<4 random>`; the random tail keeps two checks of one site and
 * day apart. Characters stay within the schema's `[A-Za-z0-9._:-]`.
 */
export function newHazardId(date: string | undefined, site: string | undefined, rowId: string, random: () => number = Math.random): string {
  const day = (date ?? '').replace(/-/g, '') || '00000000';
  const tail = Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0');
  return `H-${day}-${site ?? 'S'}-${rowId}-${tail}`.slice(0, 80);
}

/** Whether every item is OK or not applicable (a zero-risk report); false while any item is unchecked. */
export function isZeroRisk(items: readonly Partial<DailyItem>[]): boolean {
  return items.length > 0 && items.every((i) => i.result === 'ok' || i.result === 'na');
}
