/** One named component per record type: `<DailyCheckForm …/>` is `<RecordForm recordType="daily-check" …/>`. */
import type { RecordType } from '@order75/schemas';
import { RecordForm, type RecordFormProps } from './RecordForm';

/** Props of a named form: those of {@link RecordForm} without `recordType`. */
export type NamedFormProps<K extends RecordType> = Omit<RecordFormProps<K>, 'recordType'>;

function named<K extends RecordType>(recordType: K, displayName: string) {
  const Form = (props: NamedFormProps<K>) => <RecordForm<K> {...props} recordType={recordType} />;
  Form.displayName = displayName;
  return Form;
}

/** 生产单位档案 */
export const EnterpriseProfileForm = named('enterprise-profile', 'EnterpriseProfileForm');
/** 人员设立、调整 */
export const PersonnelChangeForm = named('personnel-change', 'PersonnelChangeForm');
/** 质量安全管理制度 */
export const ManagementSystemForm = named('management-system', 'ManagementSystemForm');
/** 《质量安全总监职责》 */
export const DirectorDutiesForm = named('director-duties', 'DirectorDutiesForm');
/** 《质量安全员守则》 */
export const OfficerCodeForm = named('officer-code', 'OfficerCodeForm');
/** 《工业产品质量安全风险管控清单》 */
export const RiskListForm = named('risk-list', 'RiskListForm');
/** 生产日历 */
export const ProductionCalendarForm = named('production-calendar', 'ProductionCalendarForm');
/** 《每日工业产品质量安全检查记录》 (pass `riskList` and `site`) */
export const DailyCheckForm = named('daily-check', 'DailyCheckForm');
/** 《每周工业产品质量安全排查治理报告》 (pass an engine draft as `initialRecord` and its `sources`) */
export const WeeklyReportForm = named('weekly-report', 'WeeklyReportForm');
/** 《每月工业产品质量安全调度会议纪要》 */
export const MonthlyMeetingForm = named('monthly-meeting', 'MonthlyMeetingForm');
/** 意见建议 / 否决建议 */
export const OpinionForm = named('opinion', 'OpinionForm');
/** 主要负责人处置 */
export const OpinionResponseForm = named('opinion-response', 'OpinionResponseForm');
/** 重大质量安全决策 */
export const MajorDecisionForm = named('major-decision', 'MajorDecisionForm');
/** 召回记录 */
export const RecallForm = named('recall', 'RecallForm');
/** 培训考核 / 应急演练 */
export const TrainingForm = named('training', 'TrainingForm');
/** 监督检查与整改 */
export const InspectionForm = named('inspection', 'InspectionForm');
/** 激励约束 */
export const IncentiveForm = named('incentive', 'IncentiveForm');
