/** What the rules tell the summary besides findings: cadence counts, pending units, late signatures, undetermined units. */
import type { Message } from '@order75/schemas';
import type { RuleId } from '../rules/catalogue';

/** A cadence unit not yet due and not yet satisfied. */
export interface PendingUnit {
  /** The day (`YYYY-MM-DD`), ISO week or month. */
  readonly unit: string;
  readonly site?: string;
  /** Last day of its deadline: due at the end of this day. */
  readonly dueAfter: string;
}

/** Completion counts of one cadence (daily, weekly, monthly). */
export interface CadenceCount {
  /** Units that counted and were due. */
  expected: number;
  /** Of those, units with a record (late or not). */
  done: number;
  /** Units with a `-late` finding. */
  late: number;
  readonly pending: PendingUnit[];
}

/** A required slot not filled by its deadline, and when (if ever) it was. */
export interface LateSignature {
  readonly recordId: string;
  readonly recordType: string;
  readonly slot: number;
  readonly deadline: string;
  /** When a filling signature finally came; absent if it never did. */
  readonly signedAt?: string;
}

/** A unit the engine could not decide from the records (e.g. unknown creation of revision 1). */
export interface Undetermined {
  readonly rule: RuleId;
  readonly recordIds: readonly string[];
  readonly text: Message;
}

/** Everything rules report to the summary besides findings. */
export interface Notes {
  readonly daily: CadenceCount;
  readonly weekly: CadenceCount;
  readonly monthly: CadenceCount;
  readonly lateSignatures: LateSignature[];
  readonly undetermined: Undetermined[];
}

const count = (): CadenceCount => ({ expected: 0, done: 0, late: 0, pending: [] });

/** Fresh, empty notes. */
export function emptyNotes(): Notes {
  return { daily: count(), weekly: count(), monthly: count(), lateSignatures: [], undetermined: [] };
}
