import type * as T from './generated/types/index';

/** Every record type, in the order of DESIGN.md's catalogue. */
export const RECORD_TYPES = [
  'enterprise-profile',
  'personnel-change',
  'management-system',
  'director-duties',
  'officer-code',
  'risk-list',
  'production-calendar',
  'daily-check',
  'weekly-report',
  'monthly-meeting',
  'opinion',
  'opinion-response',
  'major-decision',
  'recall',
  'training',
  'inspection',
  'incentive',
] as const;

export type RecordType = (typeof RECORD_TYPES)[number];

/** Any record, discriminated by `recordType`. */
export type AnyRecord =
  | T.EnterpriseProfile
  | T.PersonnelChange
  | T.ManagementSystem
  | T.DirectorDuties
  | T.OfficerCode
  | T.RiskList
  | T.ProductionCalendar
  | T.DailyCheck
  | T.WeeklyReport
  | T.MonthlyMeeting
  | T.Opinion
  | T.OpinionResponse
  | T.MajorDecision
  | T.Recall
  | T.Training
  | T.Inspection
  | T.Incentive;

/** The record type for a `recordType` value: `RecordOf<'daily-check'>` is `DailyCheck`. */
export type RecordOf<K extends RecordType> = Extract<AnyRecord, { recordType: K }>;
