/**
 * One schema-valid sample record per record type, for the conformance suite's round-trip case. The free text is
 * Chinese with straight and curly quotes, emoji, SQL fragments, backslashes, tabs, newlines, combining marks and
 * supplementary-plane characters — everything a host mapping tends to mangle — but no NUL (PostgreSQL `text`
 * cannot hold it).
 */
import type { AnyRecord, RecordOf, RecordType } from '@order75/schemas';

/** Text that trips naive escaping: quotes, a SQL fragment, emoji (incl. ZWJ sequences), a surrogate-pair CJK ideograph. */
export const ODD_TEXT = `“引号”'单引号' "双引号" '; DROP TABLE x; -- 🏭✅👩‍🔧 𠀀 \\反斜杠\\ \t制表\n换行 é ñ ﻿BOM 〇`;

const USCC = '91350100M000100Y43';
const AT = '2026-11-27T09:30:00+08:00';
const HASH = `sha256:${'ab'.repeat(32)}`;
const P = (personId: string, name: string) => ({ personId, name });
const uuid = (n: number) => `0193a5b0-7c00-7000-8000-${n.toString(16).padStart(12, '0')}`;
const base = <K extends RecordType>(recordType: K, n: number) => ({
  id: uuid(n), recordType, schemaVersion: 1 as const, revision: 1, status: 'final' as const, enterprise: USCC,
  createdAt: AT, createdBy: P('E-001', '张三'), remarks: `备注 ${ODD_TEXT}`,
});

const samples: { [K in RecordType]: RecordOf<K> } = {
  'enterprise-profile': {
    ...base('enterprise-profile', 1), name: '福建“示例”电器有限公司 🏭', address: '福州市鼓楼区“工业路” 1 号', regionCode: '350102',
    legalRepresentative: P('E-000', '李四'), headcount: 120, headcountAsOf: '2026-01-01', revenue: 4321.5, revenueFiscalYear: 2025,
    sites: [{ siteId: 'S1', name: '一号厂区 \'A\'', weeklyPattern: [1, 2, 3, 4, 5] }, { siteId: 'S2', name: `二号厂区 ${ODD_TEXT}`, weeklyPattern: [1, 2, 3, 4, 5, 6] }],
    products: [{
      productId: 'P-01', name: '电热水壶', regime: 'licence', standards: ['GB 4706.1-2005'], sites: ['S1'],
      certificates: [{ number: 'XK16-108-00001', kind: 'licence', validFrom: '2024-01-01', validTo: '2029-12-31', status: 'valid' }],
    }],
  },
  'personnel-change': {
    ...base('personnel-change', 2), person: P('E-010', '王五'), role: 'director', action: 'appoint', effectiveDate: '2026-03-01',
    sites: ['S1', 'S2'], employment: 'full-time', position: '质量部经理', inManagement: true, reportsTo: P('E-000', '李四'),
    competence: { lawsAndStandards: { text: `熟悉《产品质量法》 ${ODD_TEXT}` } }, appointmentDocument: { hash: HASH, name: '任命书.pdf', mediaType: 'application/pdf', size: 2048 },
    reason: '新设岗位',
  },
  'management-system': {
    ...base('management-system', 3), title: '质量安全管理制度汇编', version: 'v2.1', effectiveDate: '2026-01-01',
    rules: [
      { ruleId: 'R-daily', kind: 'daily-control', title: '日管控制度', text: `每日检查 ${ODD_TEXT}` },
      { ruleId: 'R-emerg', kind: 'emergency-plan', title: '应急预案', version: '1', effectiveDate: '2026-01-01' },
    ],
  },
  'director-duties': {
    ...base('director-duties', 4), title: '《质量安全总监职责》', version: '2026', effectiveDate: '2026-01-01',
    items: [{ itemId: 'D1', text: `组织拟定质量安全管理制度 ${ODD_TEXT}`, coverage: ['7.1', '7.2'] }, { itemId: 'D2', text: '提出否决建议', coverage: ['7.7'] }],
  },
  'officer-code': {
    ...base('officer-code', 5), title: '《质量安全员守则》', version: '2026', effectiveDate: '2026-01-01',
    items: [{ itemId: 'O1', text: `每日检查并记录 ${ODD_TEXT}`, coverage: ['8.1', '8.2', '8.3'] }],
  },
  'risk-list': {
    ...base('risk-list', 6), title: '《工业产品质量安全风险管控清单》', version: 'RL-1', effectiveDate: '2026-01-01',
    productCategories: ['家用电器', '电热水壶 "壶"'], sites: ['S1'],
    rows: [
      { rowId: 'r1', seq: 1, stage: '原材料进货', riskPoint: '温控器不合格', controlMeasure: `核验 3C 证书 ${ODD_TEXT}`, cadence: 'daily', responsibleRole: 'officer', riskLevel: 'high' },
      { rowId: 'r2', seq: 2, stage: '出厂检验', riskPoint: '耐压试验', controlMeasure: '逐台检验', cadence: 'weekly', responsibleRole: 'director', legalBasis: 'GB 4706.1' },
    ],
  },
  'production-calendar': {
    ...base('production-calendar', 7), site: 'S1',
    declarations: [{ date: '2026-10-01', kind: 'non-production', reason: '国庆节 🇨🇳' }, { date: '2026-10-10', kind: 'production', reason: `调休补班 ${ODD_TEXT}` }],
  },
  'daily-check': {
    ...base('daily-check', 8), date: '2026-11-27', site: 'S1', riskList: { recordId: uuid(6), version: 'RL-1' },
    inspector: P('E-020', '赵六'), checkedAt: AT, zeroRisk: false,
    items: [
      { rowId: 'r1', result: 'ok', note: `正常 ${ODD_TEXT}` },
      {
        rowId: 'r2', result: 'hazard', hazardId: 'H-2026-001', finding: '耐压仪未校准 "超期"', measure: '暂停使用，借用备用仪器',
        measureAt: AT, handling: '送检', reportedTo: P('E-010', '王五'), reportedAt: AT, photos: [{ hash: HASH, mediaType: 'image/jpeg' }],
      },
    ],
  },
  'weekly-report': {
    ...base('weekly-report', 9), week: '2026-W48', reviewDate: '2026-11-27', organiser: P('E-010', '王五'), participants: [P('E-020', '赵六')],
    lastWeekVerification: '上周问题已整改', verifications: [{ hazardId: 'H-2026-000', verified: true, note: '复查通过 ✅' }],
    hazards: [{ hazardId: 'H-2026-001', site: 'S1', foundOn: '2026-11-27', sourceRecordIds: [uuid(8)], description: `耐压仪未校准 ${ODD_TEXT}`, owner: P('E-020', '赵六'), deadline: '2026-12-04' }],
    hazardUpdates: [{ hazardId: 'H-2026-001', status: 'fixing', date: '2026-11-27', by: P('E-010', '王五') }],
    assessment: '总体受控', nextWeekFocus: '仪器校准',
  },
  'monthly-meeting': {
    ...base('monthly-meeting', 10), month: '2026-11', meetingDate: '2026-11-30', place: '二楼会议室 "A"', chair: P('E-000', '李四'),
    reporter: P('E-010', '王五'), recorder: P('E-020', '赵六'), attendees: [P('E-000', '李四'), P('E-010', '王五')],
    mainProblems: `仪器校准超期 ${ODD_TEXT}`, decisions: '建立校准台账', nextMonthTasks: [{ task: '完成校准', owner: P('E-020', '赵六'), due: '2026-12-15' }],
    hazardUpdates: [{ hazardId: 'H-2026-001', status: 'closed', date: '2026-11-30' }],
  },
  opinion: {
    ...base('opinion', 11), kind: 'veto', trigger: 'defect', proposer: P('E-010', '王五'), proposerRole: 'director', subject: '停止生产建议',
    content: `批次 B-1 耐压不合格 ${ODD_TEXT}`, affectedProducts: ['P-01'], batches: ['B-1'], requestedActions: ['stop-production', 'recall'],
    hazardIds: ['H-2026-001'], raisedAt: AT, evidence: [{ hash: HASH, mediaType: 'application/pdf' }],
  },
  'opinion-response': {
    ...base('opinion-response', 12), opinion: uuid(11), responder: P('E-000', '李四'), analysis: `确认缺陷 ${ODD_TEXT}`,
    measures: ['停产', '召回 "B-1"'], decision: 'adopted', defectConfirmed: true, defectConfirmedDate: '2026-11-28', respondedAt: AT,
  },
  'major-decision': {
    ...base('major-decision', 13), title: '产线改造', decision: `投资 50 万元改造耐压工位 ${ODD_TEXT}`, date: '2026-11-28',
    decidedBy: P('E-000', '李四'), opinionsHeard: [uuid(11)],
  },
  recall: {
    ...base('recall', 14), response: uuid(12), startDate: '2026-11-29', reason: '耐压不合格', scope: `批次 B-1 共 200 台 ${ODD_TEXT}`,
    plan: '逐户更换', reportedToRegulator: { authority: '福州市市场监督管理局', date: '2026-11-29' }, documents: [{ hash: HASH, mediaType: 'application/pdf' }],
  },
  training: {
    ...base('training', 15), kind: 'assessment', title: '质量安全知识考核', date: '2026-06-01', audience: 'managers', hours: 2.5,
    topics: ['《规定》第六条', `风险清单 ${ODD_TEXT}`], attendees: [P('E-010', '王五')],
    results: [{ person: P('E-010', '王五'), score: 92.5, passMark: 60, passed: true, note: '优秀 👍' }],
  },
  inspection: {
    ...base('inspection', 16), authority: '福州市市场监督管理局', date: '2026-09-10', kind: '日常监督检查', inspectors: ['检查员甲'],
    findings: [{ findingId: 'F1', description: `未张贴制度 ${ODD_TEXT}`, deadline: '2026-09-30', closure: { date: '2026-09-20', description: '已张贴' } }],
  },
  incentive: {
    ...base('incentive', 17), person: P('E-020', '赵六'), kind: 'reward', date: '2026-12-01', reason: `及时发现隐患 ${ODD_TEXT}`, measure: '奖励 500 元',
  },
};

/** Fresh deep copies of the 17 samples, in catalogue order. */
export function sampleRecords(): AnyRecord[] {
  return Object.values(structuredClone(samples)) as AnyRecord[];
}

/** A fresh deep copy of one type's sample. */
export function sampleRecord<K extends RecordType>(recordType: K): RecordOf<K> {
  return structuredClone(samples[recordType]) as RecordOf<K>;
}
