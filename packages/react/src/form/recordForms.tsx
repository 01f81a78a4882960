/** One named component per record type: `<DailyCheckForm …/>` is `<RecordForm recordType="daily-check" …/>`. */
import type { RecordType } from '@order75/schemas';
import { RecordForm, type RecordFormProps } from './RecordForm';

/** Props of a named form: those of {@link RecordForm} without `recordType`. */
export type NamedFormProps<K extends RecordType> = Omit<RecordFormProps<K>, 'recordType'>;

/** 生产单位档案 */
export function EnterpriseProfileForm(props: NamedFormProps<'enterprise-profile'>) {
  return <RecordForm {...props} recordType="enterprise-profile" />;
}

/** 人员设立、调整 */
export function PersonnelChangeForm(props: NamedFormProps<'personnel-change'>) {
  return <RecordForm {...props} recordType="personnel-change" />;
}

/** 质量安全管理制度 */
export function ManagementSystemForm(props: NamedFormProps<'management-system'>) {
  return <RecordForm {...props} recordType="management-system" />;
}

/** 《质量安全总监职责》 */
export function DirectorDutiesForm(props: NamedFormProps<'director-duties'>) {
  return <RecordForm {...props} recordType="director-duties" />;
}

/** 《质量安全员守则》 */
export function OfficerCodeForm(props: NamedFormProps<'officer-code'>) {
  return <RecordForm {...props} recordType="officer-code" />;
}

/** 《工业产品质量安全风险管控清单》 */
export function RiskListForm(props: NamedFormProps<'risk-list'>) {
  return <RecordForm {...props} recordType="risk-list" />;
}

/** 生产日历 */
export function ProductionCalendarForm(props: NamedFormProps<'production-calendar'>) {
  return <RecordForm {...props} recordType="production-calendar" />;
}

/** 《每日工业产品质量安全检查记录》 (pass `riskList` and `site`) */
export function DailyCheckForm(props: NamedFormProps<'daily-check'>) {
  return <RecordForm {...props} recordType="daily-check" />;
}

/** 《每周工业产品质量安全排查治理报告》 (pass an engine draft as `initialRecord` and its `sources`) */
export function WeeklyReportForm(props: NamedFormProps<'weekly-report'>) {
  return <RecordForm {...props} recordType="weekly-report" />;
}

/** 《每月工业产品质量安全调度会议纪要》 */
export function MonthlyMeetingForm(props: NamedFormProps<'monthly-meeting'>) {
  return <RecordForm {...props} recordType="monthly-meeting" />;
}

/** 意见建议 / 否决建议 */
export function OpinionForm(props: NamedFormProps<'opinion'>) {
  return <RecordForm {...props} recordType="opinion" />;
}

/** 主要负责人处置 */
export function OpinionResponseForm(props: NamedFormProps<'opinion-response'>) {
  return <RecordForm {...props} recordType="opinion-response" />;
}

/** 重大质量安全决策 */
export function MajorDecisionForm(props: NamedFormProps<'major-decision'>) {
  return <RecordForm {...props} recordType="major-decision" />;
}

/** 召回记录 */
export function RecallForm(props: NamedFormProps<'recall'>) {
  return <RecordForm {...props} recordType="recall" />;
}

/** 培训考核 / 应急演练 */
export function TrainingForm(props: NamedFormProps<'training'>) {
  return <RecordForm {...props} recordType="training" />;
}

/** 监督检查与整改 */
export function InspectionForm(props: NamedFormProps<'inspection'>) {
  return <RecordForm {...props} recordType="inspection" />;
}

/** 激励约束 */
export function IncentiveForm(props: NamedFormProps<'incentive'>) {
  return <RecordForm {...props} recordType="incentive" />;
}
