/** Document templates: the management system, director duties, officer code and risk lists (Art. 3, 7, 8, 9). */
export { newRecordId, todayLocal, type TemplateOptions, type TemplateProfile } from './common';
export { managementSystemTemplate } from './managementSystem';
export { directorDutiesTemplate } from './directorDuties';
export { officerCodeTemplate } from './officerCode';
export {
  findRiskListCategory,
  riskListTemplate,
  RISK_LIST_CATEGORIES,
  type RiskListCategory,
  type RiskListCategoryKey,
  type RiskListTemplateOptions,
} from './riskList';
export { CADENCE_OWNER, type Cadence, type RowSpec } from './riskRows/types';
