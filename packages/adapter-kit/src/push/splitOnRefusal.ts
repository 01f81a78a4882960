/**
 * Batch writes to hosts that refuse a whole request for one record's data (Jiandaoyun, Feishu): the batch is split
 * in halves until each refused record stands alone and fails by itself, while the others go through. A batch of
 * `n` with one bad record costs about `2·log2(n)` extra requests instead of `n`.
 */

/** Options of {@link writeSplittingRefusals}. */
export interface SplitOnRefusalOptions<T> {
  /** Whether the error is the host refusing the data of (some) record in the request, as opposed to a failure of the call. */
  refused: (error: unknown) => boolean;
  /** Settles items that failed for good: a lone refused record, or a batch whose call failed otherwise. */
  fail: (items: T[], error: unknown) => void;
  /** Called before a refused batch is split (for a log line). */
  onSplit?: (size: number, error: unknown) => void;
}

/** Writes `items` with `write` (which settles the outcomes of what it wrote), splitting on refusals. */
export async function writeSplittingRefusals<T>(items: T[], write: (items: T[]) => Promise<void>, options: SplitOnRefusalOptions<T>): Promise<void> {
  if (items.length === 0) return;
  try {
    await write(items);
  } catch (error) {
    if (items.length > 1 && options.refused(error)) {
      options.onSplit?.(items.length, error);
      const half = Math.ceil(items.length / 2);
      await writeSplittingRefusals(items.slice(0, half), write, options);
      await writeSplittingRefusals(items.slice(half), write, options);
    } else options.fail(items, error);
  }
}
