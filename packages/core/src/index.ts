/**
 * @order75/core — framework-neutral, browser-safe: record validation with bilingual messages,
 * identifiers, and (as they land) calendars, the compliance engine, drafts and templates.
 */
export { createAjv } from './validation/ajv';
export { validateRecord, toIssues, type ValidationIssue, type ValidationResult } from './validation/validateRecord';
export { fieldLabel } from './validation/fieldPath';
export { localize, parseLocale, type Locale, type Message } from './messages';
export {
  checkIsoWeek,
  checkProductionLicence,
  checkRegionCode,
  checkResidentId,
  checkUscc,
  detectIdentifier,
  type IdentifierCheck,
} from '@order75/schemas';
export {
  CADENCE_OWNER,
  directorDutiesTemplate,
  findRiskListCategory,
  managementSystemTemplate,
  newRecordId,
  officerCodeTemplate,
  RISK_LIST_CATEGORIES,
  riskListTemplate,
  todayLocal,
  type Cadence,
  type RiskListCategory,
  type RiskListCategoryKey,
  type RiskListTemplateOptions,
  type RowSpec,
  type TemplateOptions,
  type TemplateProfile,
} from './templates/index';
export * from './integrity/index';
// Calendars, applicability, personnel and hazards (compliance engine, issue 3)
export { addDays, civilToDay, dayNumber, dayToCivil, daysInMonth, formatDay, isoWeekday, toDay, tryDayNumber, type DayNumber } from './calendar/days';
export { isoWeekByIndex, isoWeekOf, monthByIndex, monthOf, parseIsoWeek, parseMonth, type CalendarMonth, type IsoWeek } from './calendar/periods';
export { DEFAULT_TIME_ZONE, instantMs, parseInstant, timeZone, type TimeZone } from './calendar/timeZone';
export { CN_HOLIDAYS, CN_HOLIDAYS_VERSION, type HolidayYear } from './calendar/cn-holidays';
export { holidayTable, nationalDayKind, nationalTable, unknownHolidayYears, type HolidayTable, type NationalDayKind } from './calendar/nationalDays';
export { buildSiteCalendar, siteCalendar, type Declaration, type SiteCalendar, type SiteCalendarOptions, type SiteDay, type SiteDayReason } from './calendar/siteCalendar';
export { latestFinal, type RecordSet } from './records/latest';
export { recordDateField, recordDay } from './records/recordDate';
export { profileTimeline, type ProfileTimeline } from './applicability/profileTimeline';
export { sizeClass, SIZE_THRESHOLDS, type SizeAssessment, type SizeClass } from './applicability/sizeClass';
export { certificateLapse, certificateValidOn, inProductionOn } from './applicability/certificates';
export { applicabilityOn, assessApplicability, IN_FORCE_DATE, regionCovers, type Applicability, type ApplicabilityOptions, type ApplicabilityReason, type RequiresDirector } from './applicability/applicabilityOn';
export { personnelTimeline, scopeCovers, type IgnoredChange, type PersonnelTimeline, type RoleSegment, type SiteScope } from './personnel/timeline';
export { assessmentOn, COMPETENCE_GAP_LABELS, COMPETENCE_ITEMS, competenceGaps, trainingIndex, type AssessmentResult, type AssessmentStatus, type CompetenceGap, type TrainingIndex } from './personnel/qualification';
export { buildHazardIndex, CLOSING_STATUSES, hazardStates, type HazardEvent, type HazardState, type HazardStatus } from './hazards/hazardStates';
export { draftMonthlyMeeting, draftWeeklyReport, type DraftOptions, type MonthlyDraftOptions, type WeeklyDraftOptions } from './drafts/index';
// The compliance engine (issue 3)
export { checkCompliance, type CheckResult } from './engine/checkCompliance';
export { DEFAULT_DEADLINES, type CheckOptions, type DeadlineOptions } from './engine/options';
export { compareFindings, type Finding } from './engine/finding';
export type { CadenceSummary, CheckSummary, HazardSummaryItem, PersonQualification, ScopeSpan } from './engine/summary';
export type { CadenceCount, LateSignature, PendingUnit, Undetermined } from './engine/notes';
export { RULE_IDS, RULES, ruleMeta, type Limb, type RuleId, type RuleMeta, type RuleUnit, type Severity } from './rules/catalogue';
export { recordLevelIssues, type FormCode, type RecordIssue, type RecordIssueContext } from './forms/recordLevelIssues';
