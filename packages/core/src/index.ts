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
