/**
 * Builders for schema-valid records, so each test and scenario states only what differs. Every builder signs its
 * record by default with the person who holds the slot's role in the default cast (pass `signatures: []` to leave
 * it unsigned) and dates its creation at 18:00 (08:00 for personnel changes) local time of its record date.
 */
import type {
  DailyCheck,
  DirectorDuties,
  EnterpriseProfile,
  Inspection,
  MajorDecision,
  ManagementSystem,
  MonthlyMeeting,
  OfficerCode,
  Opinion,
  OpinionResponse,
  PersonnelChange,
  PersonRef,
  ProductionCalendar,
  Recall,
  RiskList,
  Role,
  Signature,
  Training,
  WeeklyReport,
} from '@order75/schemas';

export const ENTERPRISE = '91350100MA2Y0K7Q3H';
export const BOSS: PersonRef = { personId: 'boss', name: '王总' };
export const DIR: PersonRef = { personId: 'dir', name: '李总监' };
export const OFF1: PersonRef = { personId: 'off1', name: '张安全员' };
export const OFF2: PersonRef = { personId: 'off2', name: '赵安全员' };
export const RISK_LIST_ID = '00000000-0000-7000-8000-ffff00000001';

let seq = 0;
/** A fresh deterministic UUID (version 7 layout). */
export function newId(): string {
  seq += 1;
  return `00000000-0000-7000-8000-${seq.toString(16).padStart(12, '0')}`;
}

/** `2026-03-02` + `09:30` → `2026-03-02T09:30:00+08:00`. */
export const at = (date: string, time = '18:00'): string => `${date}T${time}:00+08:00`;

/** A signature filling `slot` as `role`, by `person`, at `signedAt`. */
export function sig(slot: number, role: Role, person: PersonRef, signedAt: string): Signature {
  return { slot, role, personId: person.personId, signedAt, contentHash: `sha256:${'0'.repeat(64)}`, method: 'key', alg: 'ed25519', sig: 'AAAA' };
}

function envelope<T extends string>(recordType: T, createdAt: string) {
  return { id: newId(), recordType, schemaVersion: 1 as const, revision: 1, status: 'final' as const, enterprise: ENTERPRISE, createdAt };
}

type Over<T> = Partial<T>;

export function profile(over: Over<EnterpriseProfile> = {}): EnterpriseProfile {
  const createdAt = over.createdAt ?? at('2023-01-01', '09:00');
  return {
    ...envelope('enterprise-profile', createdAt),
    name: '福州示例电缆有限公司',
    regionCode: '350100',
    legalRepresentative: BOSS,
    headcount: 500,
    headcountAsOf: '2025-12-31',
    revenue: 30000,
    revenueFiscalYear: 2025,
    sites: [{ siteId: 'S1', name: '一厂', weeklyPattern: [1, 2, 3, 4, 5] }],
    products: [
      {
        productId: 'wire',
        name: '电线电缆',
        regime: 'licence',
        certificates: [{ number: 'XK06-001-00012', kind: 'licence', validFrom: '2022-01-01', validTo: '2027-12-31', status: 'valid' }],
      },
    ],
    signatures: [sig(0, 'principal', BOSS, createdAt)],
    ...over,
  };
}

const COMPETENCE = {
  lawsAndStandards: { text: '熟悉产品质量法及 GB/T 5023' },
  educationAndExperience: { text: '电气工程本科，十年质量管理经验' },
  processKnowledge: { text: '熟悉拉丝、绞线、挤塑工序及进货、出厂检验' },
};

/** A personnel change; appointments of directors and officers carry full Art. 6 evidence unless overridden. */
export function change(role: Role, person: PersonRef, action: PersonnelChange['action'], effectiveDate: string, over: Over<PersonnelChange> = {}): PersonnelChange {
  const createdAt = over.createdAt ?? at(effectiveDate, '08:00');
  const extra: Partial<PersonnelChange> =
    action === 'remove'
      ? {}
      : role === 'principal'
        ? { principalBasis: 'legal-representative' }
        : role === 'director'
          ? { competence: COMPETENCE, position: '副总经理', inManagement: true, employment: 'full-time' }
          : { competence: COMPETENCE, employment: 'full-time' };
  return {
    ...envelope('personnel-change', createdAt),
    person,
    role,
    action,
    effectiveDate,
    ...extra,
    signatures: [sig(0, 'principal', BOSS, createdAt)],
    ...over,
  };
}
export const appoint = (role: Role, person: PersonRef, date: string, over: Over<PersonnelChange> = {}) => change(role, person, 'appoint', date, over);
export const removal = (role: Role, person: PersonRef, date: string, over: Over<PersonnelChange> = {}) => change(role, person, 'remove', date, over);

/** An assessment, spot-check, session or drill with per-person results. */
export function training(kind: Training['kind'], date: string, results: { person: PersonRef; passed: boolean }[], over: Over<Training> = {}): Training {
  const createdAt = over.createdAt ?? at(date);
  const people = results.map((r) => r.person);
  return {
    ...envelope('training', createdAt),
    kind,
    title: kind === 'spot-check' ? '监督抽查考核' : kind === 'session' ? '质量安全培训' : '质量安全管理人员考核',
    date,
    audience: 'managers',
    ...(kind === 'session' ? { attendees: people } : { results: results.map((r) => ({ person: r.person, passed: r.passed, score: r.passed ? 90 : 40, passMark: 60 })) }),
    ...(kind === 'spot-check' ? { authority: '福州市市场监督管理局' } : {}),
    signatures: [sig(0, 'director', DIR, createdAt)],
    ...over,
  };
}

export const ALL_RULE_KINDS = [
  'daily-control',
  'weekly-review',
  'monthly-scheduling',
  'principal-duties',
  'director-duties',
  'officer-duties',
  'emergency-plan',
] as const;

export function managementSystem(effectiveDate: string, kinds: readonly ManagementSystem['rules'][number]['kind'][] = ALL_RULE_KINDS, over: Over<ManagementSystem> = {}): ManagementSystem {
  const createdAt = over.createdAt ?? at(effectiveDate, '09:00');
  return {
    ...envelope('management-system', createdAt),
    title: '质量安全管理制度',
    version: 'V1',
    effectiveDate,
    rules: kinds.map((kind, i) => ({ ruleId: `R${i + 1}`, kind, title: `制度 ${kind}` })),
    signatures: [sig(0, 'principal', BOSS, createdAt)],
    ...over,
  };
}

const D_KEYS = ['7.1', '7.2', '7.3', '7.4', '7.5', '7.6', '7.7'] as const;
const O_KEYS = ['8.1', '8.2', '8.3', '8.4', '8.5'] as const;

export function directorDuties(effectiveDate: string, keys: readonly (typeof D_KEYS)[number][] = D_KEYS, over: Over<DirectorDuties> = {}): DirectorDuties {
  const createdAt = over.createdAt ?? at(effectiveDate, '09:00');
  return {
    ...envelope('director-duties', createdAt),
    title: '质量安全总监职责',
    version: 'V1',
    effectiveDate,
    items: keys.map((k, i) => ({ itemId: `D${i + 1}`, text: `职责 ${k}`, coverage: [k] })),
    signatures: [sig(0, 'principal', BOSS, createdAt)],
    ...over,
  };
}

export function officerCode(effectiveDate: string, keys: readonly (typeof O_KEYS)[number][] = O_KEYS, over: Over<OfficerCode> = {}): OfficerCode {
  const createdAt = over.createdAt ?? at(effectiveDate, '09:00');
  return {
    ...envelope('officer-code', createdAt),
    title: '质量安全员守则',
    version: 'V1',
    effectiveDate,
    items: keys.map((k, i) => ({ itemId: `O${i + 1}`, text: `守则 ${k}`, coverage: [k] })),
    signatures: [sig(0, 'principal', BOSS, createdAt)],
    ...over,
  };
}

type RiskRow = RiskList['rows'][number];
export const riskRow = (rowId: string, cadence: RiskRow['cadence'] = 'daily', over: Partial<RiskRow> = {}): RiskRow => ({
  rowId,
  stage: '生产过程',
  riskPoint: `风险点 ${rowId}`,
  controlMeasure: `管控措施 ${rowId}`,
  cadence,
  responsibleRole: cadence === 'daily' ? 'officer' : 'director',
  ...over,
});

export function riskList(effectiveDate: string, rows: RiskRow[] = [riskRow('r1'), riskRow('r2'), riskRow('r3', 'weekly')], over: Over<RiskList> = {}): RiskList {
  const createdAt = over.createdAt ?? at(effectiveDate, '09:00');
  return {
    ...envelope('risk-list', createdAt),
    id: RISK_LIST_ID,
    title: '工业产品质量安全风险管控清单',
    version: 'V1',
    effectiveDate,
    productCategories: ['电线电缆'],
    rows,
    signatures: [sig(0, 'director', DIR, createdAt), sig(1, 'principal', BOSS, createdAt)],
    ...over,
  };
}

type Item = DailyCheck['items'][number];
export const ok = (rowId: string): Item => ({ rowId, result: 'ok' });
export const na = (rowId: string): Item => ({ rowId, result: 'na' });
/** A hazard row, by default with a measure and a report to the director at 10:00 on `date`. */
export function hazard(rowId: string, hazardId: string, date: string, over: Partial<Item> = {}): Item {
  return {
    rowId,
    result: 'hazard',
    hazardId,
    finding: `隐患 ${hazardId}`,
    measure: '立即隔离不合格品',
    measureAt: at(date, '09:30'),
    reportedTo: DIR,
    reportedAt: at(date, '10:00'),
    ...over,
  };
}

export function daily(site: string, date: string, over: Over<DailyCheck> = {}): DailyCheck {
  const createdAt = over.createdAt ?? at(date);
  const items = over.items ?? [ok('r1'), ok('r2')];
  return {
    ...envelope('daily-check', createdAt),
    date,
    site,
    riskList: { recordId: RISK_LIST_ID, version: 'V1' },
    inspector: OFF1,
    checkedAt: at(date, '09:00'),
    items,
    zeroRisk: items.every((i) => i.result !== 'hazard'),
    signatures: [sig(0, 'officer', OFF1, createdAt)],
    ...over,
  };
}

export function weekly(week: string, reviewDate: string, over: Over<WeeklyReport> = {}): WeeklyReport {
  const createdAt = over.createdAt ?? at(reviewDate);
  return {
    ...envelope('weekly-report', createdAt),
    week,
    reviewDate,
    organiser: DIR,
    participants: [DIR, OFF1],
    assessment: '本周质量安全状况总体受控',
    signatures: [sig(0, 'director', DIR, createdAt)],
    ...over,
  };
}

export function monthly(month: string, meetingDate: string, over: Over<MonthlyMeeting> = {}): MonthlyMeeting {
  const createdAt = over.createdAt ?? at(meetingDate);
  return {
    ...envelope('monthly-meeting', createdAt),
    month,
    meetingDate,
    chair: BOSS,
    reporter: DIR,
    attendees: [BOSS, DIR, OFF1],
    mainProblems: '本月未发现重大问题',
    decisions: '继续执行日管控、周排查',
    signatures: [sig(0, 'principal', BOSS, createdAt), sig(1, 'director', DIR, createdAt)],
    ...over,
  };
}

export function opinion(kind: Opinion['kind'], raisedAt: string, over: Over<Opinion> = {}): Opinion {
  return {
    ...envelope('opinion', over.createdAt ?? raisedAt),
    kind,
    ...(kind === 'veto' ? { trigger: 'defect' as const, requestedActions: ['stop-sales' as const] } : {}),
    proposer: DIR,
    proposerRole: 'director',
    content: kind === 'veto' ? '产品存在危及安全的缺陷，建议停止销售' : '建议增加进货抽检频次',
    raisedAt,
    signatures: [sig(0, 'director', DIR, raisedAt)],
    ...over,
  };
}

export function response(opinionId: string, respondedAt: string, over: Over<OpinionResponse> = {}): OpinionResponse {
  return {
    ...envelope('opinion-response', over.createdAt ?? respondedAt),
    opinion: opinionId,
    responder: BOSS,
    analysis: '组织分析研判，确认风险来源',
    measures: ['暂停发货', '隔离库存'],
    decision: 'adopted',
    respondedAt,
    signatures: [sig(0, 'principal', BOSS, respondedAt)],
    ...over,
  };
}

export function majorDecision(date: string, opinionsHeard: string[], over: Over<MajorDecision> = {}): MajorDecision {
  const createdAt = over.createdAt ?? at(date);
  return {
    ...envelope('major-decision', createdAt),
    title: '新增生产线',
    decision: '批准新增一条挤塑生产线',
    date,
    decidedBy: BOSS,
    ...(opinionsHeard.length ? { opinionsHeard } : {}),
    signatures: [sig(0, 'principal', BOSS, createdAt)],
    ...over,
  };
}

export function recall(responseId: string, startDate: string, over: Over<Recall> = {}): Recall {
  const createdAt = over.createdAt ?? at(startDate);
  return {
    ...envelope('recall', createdAt),
    response: responseId,
    startDate,
    scope: '批次 B2026-01',
    signatures: [sig(0, 'principal', BOSS, createdAt)],
    ...over,
  };
}

export function inspection(date: string, findings: Inspection['findings'], over: Over<Inspection> = {}): Inspection {
  const createdAt = over.createdAt ?? at(date);
  return {
    ...envelope('inspection', createdAt),
    authority: '福州市市场监督管理局',
    date,
    findings,
    signatures: [sig(0, 'director', DIR, createdAt)],
    ...over,
  };
}

export function productionCalendar(site: string, declarations: ProductionCalendar['declarations'], createdAt: string, over: Over<ProductionCalendar> = {}): ProductionCalendar {
  return {
    ...envelope('production-calendar', createdAt),
    site,
    declarations,
    signatures: [sig(0, 'director', DIR, createdAt)],
    ...over,
  };
}
