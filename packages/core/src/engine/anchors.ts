/**
 * Which anchored (non-run) findings to report (OBLIGATIONS.md "Anchors before the window"): anchors from the window
 * are reported; an anchor before `from` (but on or after 2023-05-05) is reported when its condition still holds on the
 * window's first day — i.e. it was not cured before that day; `-late` findings and `art10.calendar-backdated` only
 * when the anchor lies in the window. Nothing is reported for a day out of scope.
 */
import { IN_FORCE_DAY } from '../applicability/applicabilityOn';
import type { DayNumber } from '../calendar/days';
import type { EngineContext } from './context';

/** How an anchored finding treats the window. */
export interface AnchorOptions {
  /** A `-late` (or backdated) finding: only anchors inside the window. */
  readonly late?: boolean;
  /** The day the condition stopped holding, when it did. */
  readonly curedOn?: DayNumber;
}

/** Whether a finding anchored on `anchor` is reported (in force, in scope, in the window or still holding). */
export function reportAnchor(ctx: EngineContext, anchor: DayNumber | undefined, options: AnchorOptions = {}): boolean {
  const win = ctx.win;
  if (!win || anchor === undefined || anchor < IN_FORCE_DAY || anchor > win.to) return false;
  if (!ctx.scope(anchor).inScope) return false;
  if (anchor >= win.from) return true;
  if (options.late) return false;
  return options.curedOn === undefined || options.curedOn >= win.from;
}

/** Calls `fn` for each day of the window whose state units are due, in order. */
export function forEachStateDay(ctx: EngineContext, fn: (day: DayNumber) => void): void {
  if (!ctx.win) return;
  for (let d = ctx.win.from; d <= ctx.stateTo; d++) fn(d);
}
