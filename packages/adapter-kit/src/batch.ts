/** Splitting work into batches within a host's cap (Jiandaoyun 100 per request, Feishu 500, …). */

/** Splits `items` into consecutive batches of at most `cap` items (the last may be shorter). */
export function splitBatches<T>(items: readonly T[], cap: number): T[][] {
  if (!Number.isInteger(cap) || cap < 1) throw new RangeError(`batch cap must be a positive integer, got ${cap}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += cap) out.push(items.slice(i, i + cap));
  return out;
}

/**
 * Runs `fn` over batches of at most `cap` items, `concurrency` batches at a time (default 1, in order), and
 * returns the results in batch order.
 */
export async function mapBatches<T, R>(
  items: readonly T[],
  cap: number,
  fn: (batch: T[], index: number) => Promise<R>,
  concurrency = 1,
): Promise<R[]> {
  const batches = splitBatches(items, cap);
  const results = new Array<R>(batches.length);
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const i = next++;
      results[i] = await fn(batches[i] as T[], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, batches.length)) }, worker));
  return results;
}
