/**
 * The layout of every record's form: sections that follow the regulation's document structure, and help
 * that says what a field must contain. Fields a section does not name follow at the end.
 */
import type { RecordType } from '@order75/schemas';
import type { RecordLayout } from './types';

const BASIC = { zh: '基本信息', en: 'Basics' };
const CONTENT = { zh: '内容', en: 'Content' };
const PEOPLE = { zh: '人员', en: 'People' };
const EVIDENCE = { zh: '证明材料', en: 'Evidence' };
const NOTES = { zh: '备注', en: 'Remarks' };

/** Layouts by record type. */
export const LAYOUTS: Record<RecordType, RecordLayout> = {
  'enterprise-profile': {
    sections: [
      { title: BASIC, fields: ['name', 'parentUscc', 'address', 'regionCode', 'legalRepresentative', 'timeZone'] },
      { title: { zh: '规模', en: 'Size' }, fields: ['headcount', 'headcountAsOf', 'revenue', 'revenueFiscalYear'] },
      { title: { zh: '厂区与产品', en: 'Sites and products' }, fields: ['sites', 'products'] },
      { title: NOTES, fields: ['remarks'] },
    ],
    help: {
      headcount: { zh: '用于判断企业规模；不清楚可不填，系统将提示规模未知。', en: 'Used for the size class; leave empty if unknown.' },
      revenue: { zh: '单位：万元。', en: 'In 10,000 yuan.' },
    },
  },
  'personnel-change': {
    sections: [
      { title: BASIC, fields: ['person', 'role', 'action', 'effectiveDate', 'sites'] },
      { title: { zh: '任职情况', en: 'Position' }, fields: ['employment', 'position', 'inManagement', 'principalBasis', 'authorisation', 'reportsTo'] },
      { title: EVIDENCE, fields: ['competence', 'appointmentDocument', 'reason'] },
      { title: NOTES, fields: ['remarks'] },
    ],
    help: {
      person: { zh: '只记录人员编号和姓名；身份证号、手机号不写入记录。', en: 'Only the person id and name; no ID numbers or phones.' },
    },
  },
  'management-system': {
    sections: [
      { title: BASIC, fields: ['title', 'version', 'effectiveDate'] },
      { title: { zh: '制度清单', en: 'Rules' }, fields: ['rules'] },
      { title: NOTES, fields: ['remarks'] },
    ],
  },
  'director-duties': {
    sections: [
      { title: BASIC, fields: ['title', 'version', 'effectiveDate', 'document'] },
      { title: { zh: '职责条目', en: 'Duty items' }, fields: ['items'] },
      { title: NOTES, fields: ['remarks'] },
    ],
  },
  'officer-code': {
    sections: [
      { title: BASIC, fields: ['title', 'version', 'effectiveDate', 'document'] },
      { title: { zh: '守则条目', en: 'Code items' }, fields: ['items'] },
      { title: NOTES, fields: ['remarks'] },
    ],
  },
  'risk-list': {
    sections: [
      { title: BASIC, fields: ['title', 'version', 'effectiveDate', 'productCategories', 'sites'] },
      { title: { zh: '清单内容', en: 'Rows' }, fields: ['rows'] },
      { title: NOTES, fields: ['remarks'] },
    ],
    table: { field: 'rows', kind: 'risk-rows' },
  },
  'production-calendar': {
    sections: [
      { title: BASIC, fields: ['site'] },
      { title: { zh: '停产日与调休工作日', en: 'Non-production and make-up days' }, fields: ['declarations'] },
      { title: NOTES, fields: ['remarks'] },
    ],
    help: {
      declarations: { zh: '应在当日或之前申报；事后补报的日期仍按生产日检查。', en: 'Declare on or before the day; late declarations still count as production days.' },
    },
  },
  'daily-check': {
    sections: [
      { title: BASIC, fields: ['date', 'site', 'inspector', 'checkedAt', 'riskList'] },
      { title: { zh: '逐项检查', en: 'Item by item' }, fields: ['items', 'zeroRisk'] },
      { title: NOTES, fields: ['remarks'] },
    ],
    table: { field: 'items', kind: 'daily-items' },
  },
  'weekly-report': {
    sections: [
      { title: BASIC, fields: ['week', 'reviewDate', 'organiser', 'participants'] },
      { title: { zh: '上周整改核实', en: "Last week's fixes" }, fields: ['lastWeekVerification', 'verifications'] },
      { title: { zh: '本周隐患与整改', en: "This week's hazards" }, fields: ['hazards', 'hazardUpdates'] },
      { title: { zh: '评价与下周重点', en: 'Assessment and next week' }, fields: ['assessment', 'nextWeekFocus'] },
      { title: NOTES, fields: ['remarks'] },
    ],
    help: {
      hazards: { zh: '每项隐患注明来源的每日检查记录、原因分析、整改措施、责任人和期限。', en: 'For each hazard: the daily checks it came from, analysis, fix, owner and deadline.' },
      assessment: { zh: '对本周质量安全管理情况作出评价。', en: 'How quality-safety management went this week.' },
    },
  },
  'monthly-meeting': {
    sections: [
      { title: BASIC, fields: ['month', 'meetingDate', 'place'] },
      { title: PEOPLE, fields: ['chair', 'reporter', 'recorder', 'attendees'] },
      { title: { zh: '会议内容', en: 'Minutes' }, fields: ['mainProblems', 'fixStatus', 'openProblems', 'schedulingMatters', 'otherMatters', 'decisions'] },
      { title: { zh: '下月工作与隐患状态', en: 'Next month and hazards' }, fields: ['nextMonthTasks', 'hazardUpdates'] },
      { title: NOTES, fields: ['remarks'] },
    ],
    help: {
      reporter: { zh: '通常为质量安全总监；未配备总监的单位为质量安全员。', en: 'Usually the director; the officer where there is none.' },
    },
  },
  opinion: {
    sections: [
      { title: BASIC, fields: ['kind', 'trigger', 'proposer', 'proposerRole', 'raisedAt'] },
      { title: CONTENT, fields: ['subject', 'content', 'affectedProducts', 'batches', 'certificates', 'requestedActions', 'hazardIds'] },
      { title: EVIDENCE, fields: ['evidence'] },
      { title: NOTES, fields: ['remarks'] },
    ],
    help: {
      kind: { zh: '否决建议须由主要负责人书面分析处置（第四条）。', en: 'A veto needs the principal’s written analysis and disposal (Art. 4).' },
    },
  },
  'opinion-response': {
    sections: [
      { title: BASIC, fields: ['opinion', 'responder', 'respondedAt'] },
      { title: CONTENT, fields: ['analysis', 'measures', 'decision', 'justification', 'defectConfirmed', 'defectConfirmedDate'] },
      { title: NOTES, fields: ['remarks'] },
    ],
  },
  'major-decision': {
    sections: [
      { title: BASIC, fields: ['title', 'date', 'decidedBy'] },
      { title: CONTENT, fields: ['decision', 'opinionsHeard'] },
      { title: NOTES, fields: ['remarks'] },
    ],
  },
  recall: {
    sections: [
      { title: BASIC, fields: ['response', 'startDate', 'reason', 'scope'] },
      { title: CONTENT, fields: ['plan', 'notice', 'reportedToRegulator', 'disposal'] },
      { title: EVIDENCE, fields: ['documents'] },
      { title: NOTES, fields: ['remarks'] },
    ],
  },
  training: {
    sections: [
      { title: BASIC, fields: ['kind', 'title', 'date', 'audience', 'organiser', 'authority'] },
      { title: CONTENT, fields: ['topics', 'hours', 'trainer', 'attendees', 'results', 'rectification'] },
      { title: EVIDENCE, fields: ['materials'] },
      { title: NOTES, fields: ['remarks'] },
    ],
  },
  inspection: {
    sections: [
      { title: BASIC, fields: ['authority', 'date', 'kind', 'inspectors'] },
      { title: { zh: '检查发现与整改', en: 'Findings and fixes' }, fields: ['findings'] },
      { title: EVIDENCE, fields: ['documents'] },
      { title: NOTES, fields: ['remarks'] },
    ],
  },
  incentive: {
    sections: [
      { title: BASIC, fields: ['person', 'kind', 'date'] },
      { title: CONTENT, fields: ['reason', 'measure'] },
      { title: NOTES, fields: ['remarks'] },
    ],
  },
};
