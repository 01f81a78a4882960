/** The engine over the workstation's records: one call, the store's first-creation instants, the clock. */
import { checkCompliance, latestFinal, type RecordSet } from '@order75/core';
import type { Workstation } from './context';

export type CheckResult = ReturnType<typeof checkCompliance>;

/** Findings and summary over `[from, to]` as of now. */
export async function runCheck(ws: Workstation, from: string, to: string): Promise<{ set: RecordSet; result: CheckResult }> {
  const set = latestFinal(await ws.records());
  const result = checkCompliance(set, { from, to, now: ws.now(), firstCreatedAt: await ws.firstCreatedAt() });
  return { set, result };
}
