/**
 * One realistic record of every type for the demo enterprise (November 2026), plus the daily checks a weekly
 * draft comes from. Every sample validates (examples/forms-gallery/test/data.test.ts).
 */
import type { AnyRecord, DailyCheck, RecordType } from '@order75/schemas';
import { dailyRowsFor } from '@order75/react';
import { PROFILE, USCC, person } from './enterprise';
import { RISK_LIST } from './riskList';

const env = <T extends RecordType>(recordType: T, n: number) => ({
  id: `0193b000-0000-7000-8000-${String(n).padStart(12, '0')}`,
  recordType,
  schemaVersion: 1 as const,
  revision: 1,
  status: 'final' as const,
  enterprise: USCC,
});

const S1_ROWS = dailyRowsFor(RISK_LIST, 'S1');
const S2_ROWS = dailyRowsFor(RISK_LIST, 'S2');

/** The week's daily checks at both sites; two found hazards. */
export const DAILY_CHECKS: DailyCheck[] = [
  {
    ...env('daily-check', 101),
    date: '2026-11-23',
    site: 'S1',
    riskList: { recordId: RISK_LIST.id, version: RISK_LIST.version },
    inspector: person('E0023'),
    checkedAt: '2026-11-23T09:40:00+08:00',
    items: S1_ROWS.map((r) =>
      r.rowId === 'WC-05'
        ? {
            rowId: r.rowId,
            result: 'hazard' as const,
            hazardId: 'H-20261123-S1-WC-05-k3v9',
            finding: '3 号挤塑机 BV 2.5mm² 绝缘最薄点 0.62mm，低于标准 0.64mm',
            measure: '立即停机，隔离本班次已生产 6 盘并挂待处理标识',
            measureAt: '2026-11-23T09:55:00+08:00',
            handling: '调整模具同心度后复测合格，隔离品逐盘检测',
            reportedTo: person('E0007'),
            reportedAt: '2026-11-23T10:05:00+08:00',
          }
        : { rowId: r.rowId, result: 'ok' as const },
    ),
    zeroRisk: false,
  },
  {
    ...env('daily-check', 102),
    date: '2026-11-24',
    site: 'S2',
    riskList: { recordId: RISK_LIST.id, version: RISK_LIST.version },
    inspector: person('E0031'),
    checkedAt: '2026-11-24T14:20:00+08:00',
    items: S2_ROWS.map((r) =>
      r.rowId === 'WC-07'
        ? {
            rowId: r.rowId,
            result: 'hazard' as const,
            hazardId: 'H-20261124-S2-WC-07-p2m1',
            finding: '火花试验机电压设定 4kV，工艺要求 6kV',
            measure: '立即恢复电压设定，对当班产品重新过火花试验',
            measureAt: '2026-11-24T14:30:00+08:00',
            reportedTo: person('E0007'),
            reportedAt: '2026-11-24T14:40:00+08:00',
          }
        : { rowId: r.rowId, result: 'ok' as const },
    ),
    zeroRisk: false,
  },
  {
    ...env('daily-check', 103),
    date: '2026-11-25',
    site: 'S1',
    riskList: { recordId: RISK_LIST.id, version: RISK_LIST.version },
    inspector: person('E0023'),
    items: S1_ROWS.map((r) => ({ rowId: r.rowId, result: 'ok' as const })),
    zeroRisk: true,
  },
];

/** A sample of every record type except the daily check (which the gallery generates from the risk list). */
export const SAMPLES: Record<RecordType, AnyRecord> = {
  'enterprise-profile': PROFILE,
  'personnel-change': {
    ...env('personnel-change', 2),
    person: person('E0007'),
    role: 'director',
    action: 'appoint',
    effectiveDate: '2026-03-01',
    sites: ['S1', 'S2'],
    employment: 'full-time',
    position: '质量副总经理',
    inManagement: true,
    reportsTo: person('E0001'),
    competence: {
      lawsAndStandards: { text: '熟悉《产品质量法》、GB/T 5023、GB/T 12706 等法规标准，参加省局质量安全总监培训并考核合格' },
      educationAndExperience: { text: '电气工程本科，从事电线电缆质量管理 12 年' },
      processKnowledge: { text: '熟悉拉丝、绞线、挤塑、成缆工艺，主持过进货检验和出厂检验规程修订' },
    },
    reason: '按第五条配备质量安全总监',
  },
  'management-system': {
    ...env('management-system', 3),
    title: '质量安全管理制度汇编',
    version: 'V3.1',
    effectiveDate: '2026-07-01',
    rules: [
      { ruleId: 'QS-01', kind: 'daily-control', title: '每日质量安全检查制度', version: 'V2.0', text: '质量安全员每个生产日按风险管控清单逐项检查并记录。' },
      { ruleId: 'QS-02', kind: 'weekly-review', title: '每周质量安全排查制度', version: 'V2.0' },
      { ruleId: 'QS-03', kind: 'monthly-scheduling', title: '每月质量安全调度制度', version: 'V2.0' },
      { ruleId: 'QS-04', kind: 'principal-duties', title: '主要负责人质量安全职责', version: 'V1.0' },
      { ruleId: 'QS-05', kind: 'director-duties', title: '质量安全总监职责', version: 'V1.0' },
      { ruleId: 'QS-06', kind: 'officer-duties', title: '质量安全员守则', version: 'V1.0' },
      { ruleId: 'QS-09', kind: 'emergency-plan', title: '质量安全事件应急预案', version: 'V1.2' },
    ],
  },
  'director-duties': {
    ...env('director-duties', 4),
    title: '福建闽江电线电缆有限公司质量安全总监职责',
    version: 'V1.0',
    effectiveDate: '2026-03-01',
    items: [
      { itemId: 'D1', text: '组织拟定质量安全管理制度，督促落实', coverage: ['7.1'] },
      { itemId: 'D2', text: '组织风险隐患排查，每周形成排查治理报告', coverage: ['7.2', '7.3'] },
      { itemId: 'D3', text: '对不合格产品提出停止生产、销售和召回的否决建议', coverage: ['7.4'] },
      { itemId: 'D4', text: '组织拟定质量安全事故处置方案，每年至少开展一次应急演练', coverage: ['7.5'] },
      { itemId: 'D5', text: '组织员工质量安全教育、培训和考核', coverage: ['7.6'] },
      { itemId: 'D6', text: '配合市场监管部门监督检查并组织整改', coverage: ['7.7'] },
    ],
  },
  'officer-code': {
    ...env('officer-code', 5),
    title: '福建闽江电线电缆有限公司质量安全员守则',
    version: 'V1.0',
    effectiveDate: '2026-03-01',
    items: [
      { itemId: 'O1', text: '每个生产日按清单开展检查，如实记录', coverage: ['8.1'] },
      { itemId: 'O2', text: '发现隐患立即采取防范措施并报告总监', coverage: ['8.2', '8.3'] },
      { itemId: 'O3', text: '管理维护产品质量安全档案，按要求保存检查记录', coverage: ['8.4'] },
      { itemId: 'O4', text: '完成质量安全总监交办的其他质量安全工作', coverage: ['8.5'] },
    ],
  },
  'risk-list': RISK_LIST,
  'production-calendar': {
    ...env('production-calendar', 7),
    site: 'S2',
    declarations: [
      { date: '2026-10-01', kind: 'non-production', reason: '国庆节放假' },
      { date: '2026-11-29', kind: 'production', reason: '订单赶工，周日加班生产' },
    ],
  },
  'daily-check': DAILY_CHECKS[0] as DailyCheck,
  'weekly-report': {
    ...env('weekly-report', 9),
    status: 'draft',
    week: '2026-W48',
    reviewDate: '2026-11-27',
    organiser: person('E0007'),
    participants: [person('E0007'), person('E0023'), person('E0031'), person('E0042')],
    lastWeekVerification: '上周 W47 发现的 2 项隐患已整改到位，经现场复核关闭。',
    hazards: [
      {
        hazardId: 'H-20261123-S1-WC-05-k3v9',
        site: 'S1',
        foundOn: '2026-11-23',
        sourceRecordIds: [DAILY_CHECKS[0]?.id as string],
        description: '3 号挤塑机绝缘最薄点低于标准',
        analysis: '模具磨损导致偏心，换模后未做首件偏心度检测',
        fix: '更换模具；首件检验增加偏心度项目',
        owner: person('E0042'),
        deadline: '2026-11-30',
      },
      {
        hazardId: 'H-20261124-S2-WC-07-p2m1',
        site: 'S2',
        foundOn: '2026-11-24',
        sourceRecordIds: [DAILY_CHECKS[1]?.id as string],
        description: '火花试验电压设定不足',
        analysis: '交接班时设定被误改，无复核',
        fix: '电压设定加锁，交接班增加复核签字',
        owner: person('E0063'),
        deadline: '2026-11-28',
      },
    ],
    hazardUpdates: [{ hazardId: 'H-20261124-S2-WC-07-p2m1', status: 'fixed', date: '2026-11-26', note: '已加锁并完成复核' }],
    assessment: '本周日管控按时完成，发现 2 项隐患均已采取措施，质量安全总体受控。',
    nextWeekFocus: '跟踪挤塑工序首件检验执行情况；抽查两厂区火花试验记录。',
  },
  'monthly-meeting': {
    ...env('monthly-meeting', 10),
    month: '2026-11',
    meetingDate: '2026-11-30',
    place: '马尾厂区三楼会议室',
    chair: person('E0001'),
    reporter: person('E0007'),
    recorder: person('E0056'),
    attendees: [person('E0001'), person('E0007'), person('E0023'), person('E0031'), person('E0056')],
    mainProblems: '本月日管控发现隐患 5 项，集中在挤塑绝缘厚度和火花试验两个工序。',
    fixStatus: '已整改 4 项，1 项（模具更换）预计 12 月 5 日完成。',
    decisions: '采购 2 套备用挤塑模具；火花试验机加装电压锁定装置。',
    nextMonthTasks: [{ task: '完成挤塑模具更换并验证', owner: person('E0042'), due: '2026-12-05' }],
  },
  opinion: {
    ...env('opinion', 11),
    kind: 'veto',
    trigger: 'defect',
    proposer: person('E0007'),
    proposerRole: 'director',
    subject: '暂停销售批次 20261123-03 的 BV 2.5mm² 电线',
    content: '该批次绝缘最薄点低于标准要求，存在触电风险，建议停止销售并召回已发货部分。',
    affectedProducts: ['P-BV'],
    batches: ['20261123-03'],
    requestedActions: ['stop-sales', 'recall'],
    hazardIds: ['H-20261123-S1-WC-05-k3v9'],
    raisedAt: '2026-11-23T16:00:00+08:00',
  },
  'opinion-response': {
    ...env('opinion-response', 12),
    opinion: env('opinion', 11).id,
    responder: person('E0001'),
    analysis: '经复检确认该批次 6 盘中 2 盘最薄点不合格。',
    measures: ['停止销售该批次', '召回已发往福州某经销商的 2 盘'],
    decision: 'adopted',
    defectConfirmed: true,
    defectConfirmedDate: '2026-11-24',
    respondedAt: '2026-11-24T11:00:00+08:00',
  },
  'major-decision': {
    ...env('major-decision', 13),
    title: '挤塑工序模具管理和首件检验改进',
    decision: '采纳质量安全总监意见：采购 2 套备用挤塑模具，首件检验增加偏心度测量，并修订风险管控清单 WC-05 行。',
    date: '2026-11-26',
    decidedBy: person('E0001'),
    opinionsHeard: [env('opinion', 11).id],
  },
  recall: {
    ...env('recall', 14),
    response: env('opinion-response', 12).id,
    startDate: '2026-11-25',
    reason: '绝缘厚度不合格',
    scope: '批次 20261123-03，已发货 2 盘（共 200 米）',
    plan: '电话通知经销商，3 日内收回并更换合格品。',
    reportedToRegulator: { authority: '福州市马尾区市场监督管理局', date: '2026-11-25' },
  },
  training: {
    ...env('training', 15),
    kind: 'assessment',
    title: '2026 年第四季度质量安全员考核',
    date: '2026-11-20',
    audience: 'staff',
    organiser: '质量部',
    topics: ['《工业产品生产单位落实质量安全主体责任监督管理规定》', 'GB/T 5023 绝缘厚度测量'],
    hours: 4,
    attendees: [person('E0023'), person('E0031')],
    results: [
      { person: person('E0023'), score: 92, passMark: 80, passed: true },
      { person: person('E0031'), score: 85, passMark: 80, passed: true },
    ],
  },
  inspection: {
    ...env('inspection', 16),
    authority: '福州市马尾区市场监督管理局',
    date: '2026-10-16',
    kind: '双随机监督检查',
    inspectors: ['执法人员甲', '执法人员乙'],
    findings: [
      { findingId: 'F1', description: '部分计量器具校准标识过期', deadline: '2026-10-31', closure: { date: '2026-10-28', description: '已送检并更换标识' } },
    ],
  },
  incentive: {
    ...env('incentive', 17),
    person: person('E0023'),
    kind: 'reward',
    date: '2026-11-28',
    reason: '及时发现挤塑绝缘厚度隐患，避免不合格品流出',
    measure: '通报表扬并奖励 500 元',
  },
};
