/**
 * Options of `checkCompliance`. Deadlines for "立即 / 及时" are project defaults (OBLIGATIONS.md "Evaluation
 * conventions"), not law; "n days after X" ends at 24:00 local time of date(X) + n, hours are instants.
 */

/** Deadlines, in days after a date (ending at 24:00 local time) or in hours after an instant. */
export interface DeadlineOptions {
  /** Hazard measure: days after the check's day (0 = end of that day). */
  hazardMeasureDays: number;
  /** Hazard report: days after the check's day. */
  hazardReportDays: number;
  /** Veto response: hours after it was raised. */
  vetoResponseHours: number;
  /** Raising a veto after a certificate lapses on L: days after L. */
  certificateVetoDays: number;
  /** Recall after a confirmed defect: days after the confirmation. */
  recallDays: number;
  /** Daily entry: days after the check's day (1 = end of the next day). */
  dailyEntryDays: number;
  /** Weekly report's first signature: days after its Sunday. */
  weeklySignatureDays: number;
  /** Monthly meeting: days of grace after the month's last day. */
  monthlyGraceDays: number;
  /** Signatures: days after the later of the record date and the revision's creation date. */
  signatureDays: number;
  /** Spot-check rectification: days after the failure. */
  spotCheckDays: number;
}

/** The project's default deadlines (OBLIGATIONS.md "Evaluation conventions"). */
export const DEFAULT_DEADLINES: Readonly<DeadlineOptions> = Object.freeze({
  hazardMeasureDays: 0,
  hazardReportDays: 0,
  vetoResponseHours: 24,
  certificateVetoDays: 1,
  recallDays: 10,
  dailyEntryDays: 1,
  weeklySignatureDays: 2,
  monthlyGraceDays: 0,
  signatureDays: 7,
  spotCheckDays: 15,
});

/** Options of `checkCompliance`. */
export interface CheckOptions {
  /** First local date of the period (`YYYY-MM-DD`). */
  from: string;
  /** Last local date of the period (`YYYY-MM-DD`); days after today are not evaluated. */
  to: string;
  /** The evaluation instant: RFC 3339 with offset, epoch ms or a `Date`. Nothing is read from the clock. */
  now: string | number | Date;
  deadlines?: Partial<DeadlineOptions>;
  /** Every calendar day is a production day of every site; declarations are ignored (late ones still reported). */
  strictCalendarDays?: boolean;
  /** IANA time zone; default: the profile's `timeZone`, else Asia/Shanghai. */
  timeZone?: string;
  /** Region codes with local guidance to appoint a director (Art. 5 ¶2). */
  localGuidanceRegions?: readonly string[];
  /**
   * Creation instant of revision 1 per record id, for `art10.daily-late` when only a later revision is given
   * (a store knows it). Without it, a check at revision 1 uses its own `createdAt`; a later revision whose own
   * `createdAt` is within the deadline proves revision 1 was too; otherwise the unit is reported as undetermined.
   */
  firstCreatedAt?: Readonly<Record<string, string>>;
}

/** Options with defaults applied. */
export interface ResolvedOptions {
  readonly deadlines: Readonly<DeadlineOptions>;
  readonly strictCalendarDays: boolean;
  readonly localGuidanceRegions: readonly string[];
  readonly firstCreatedAt: Readonly<Record<string, string>>;
  readonly hasFirstCreatedAt: boolean;
}

/** Applies the defaults. */
export function resolveOptions(options: CheckOptions): ResolvedOptions {
  return {
    deadlines: { ...DEFAULT_DEADLINES, ...options.deadlines },
    strictCalendarDays: options.strictCalendarDays === true,
    localGuidanceRegions: options.localGuidanceRegions ?? [],
    firstCreatedAt: options.firstCreatedAt ?? {},
    hasFirstCreatedAt: options.firstCreatedAt !== undefined && Object.keys(options.firstCreatedAt).length > 0,
  };
}
