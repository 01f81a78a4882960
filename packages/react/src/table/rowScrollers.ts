/**
 * Virtualised tables register how to bring a row on screen, so the error summary can focus a field of a row
 * that is not rendered yet.
 */
const scrollers = new Map<string, (index: number) => void>();

/** Registers the scroller of table `field` (`rows`); returns the unregister function. */
export function registerRowScroller(field: string, scroll: (index: number) => void): () => void {
  scrollers.set(field, scroll);
  return () => {
    if (scrollers.get(field) === scroll) scrollers.delete(field);
  };
}

/** Scrolls row `index` of table `field` into the rendered window; false when the table is not virtualised. */
export function scrollRowIntoWindow(field: string, index: number): boolean {
  const scroll = scrollers.get(field);
  if (!scroll) return false;
  scroll(index);
  return true;
}
