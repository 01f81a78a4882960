/**
 * Every rule ID of OBLIGATIONS.md with its article, fixed severity, Art. 17 limb, unit, anchor, default deadline and
 * bilingual semantics. Rule IDs are public API: never rename one, add new ones instead. The rules reference
 * (`docs/rules.md`) is rendered from this table. Data, hence longer than a usual file.
 */
import type { Message } from '@order75/schemas';

export type Severity = 'violation' | 'warning' | 'info';
/** Art. 17 limbs: (a) no management system; (b) directors/officers not appointed, trained, assessed; (c) duties not carried out. */
export type Limb = 'a' | 'b' | 'c';
export type RuleUnit = 'calendar-day' | 'production-day' | 'iso-week' | 'month' | 'version' | 'record' | 'hazard';

export interface RuleMeta {
  readonly id: string;
  readonly article: string;
  readonly severity: Severity;
  readonly limb: Limb | null;
  readonly unit: RuleUnit;
  readonly title: Message;
  readonly fires: Message;
  readonly notFires: Message | null;
  readonly anchor: Message;
  /** Default deadline (project default, not law), when the rule has one. */
  readonly deadline: Message | null;
}

const m = (zh: string, en: string): Message => ({ zh, en });
const R = <I extends string>(
  id: I,
  article: string,
  severity: Severity,
  limb: Limb | null,
  unit: RuleUnit,
  title: Message,
  fires: Message,
  notFires: Message | null,
  anchor: Message,
  deadline: Message | null = null,
): RuleMeta & { readonly id: I } => ({ id, article, severity, limb, unit, title, fires, notFires, anchor, deadline });

const DAY_RUN = m('按日历日连续区间报告', 'runs of calendar days');
const PROD_RUN = m('按厂区生产日连续区间报告', 'runs of the site’s production days');
const VERSION = m('每个有缺陷的版本一条，期间为其在窗口内生效的日期', 'one per deficient version, period = the window days it is in force');
const FOUND = m('隐患发现日', 'the day the hazard was found');

export const RULES = [
  R('art3.system-missing', '3', 'violation', 'a', 'calendar-day', m('未见生效的质量安全管理制度', 'No management system in force'), m('某日没有生效的质量安全管理制度记录', 'on D no management-system is in force'), null, DAY_RUN),
  R('art3.principal-duties-missing', '3', 'warning', 'a', 'version', m('制度未明确主要负责人职责', 'Principal’s duties not defined'), m('生效的管理制度未列出主要负责人职责', 'the management system in force defines no duties for the principal'), m('当日无生效制度（由 art3.system-missing 报告）', 'no system in force (art3.system-missing speaks)'), VERSION),
  R('art3.officer-missing', '3', 'violation', 'b', 'production-day', m('厂区生产日无质量安全员', 'No officer for a site’s production day'), m('厂区 S 的生产日 D 无人担任负责 S 的质量安全员', 'production day D of site S and nobody holds officer for S'), m('D 不是 S 的生产日', 'D is not a production day of S'), PROD_RUN),
  R('art4.decision-unconsulted', '4(1)', 'warning', 'c', 'record', m('重大决策未见听取意见记录', 'Major decision without opinions heard'), m('重大质量安全决策未关联质量安全总监或质量安全员的意见（意见须在决策日或之前提出）', 'a major-decision links no opinion of the director or an officer (raised on or before the decision date)'), null, m('决策日期', 'the decision date')),
  R('art4.veto-unanswered', '4(2)', 'violation', 'c', 'record', m('否决建议未见处置记录', 'Veto not answered'), m('否决建议提出后 24 小时已过，仍无含分析研判和至少一项措施的处置记录', 'a veto raised at T has, at now > T + 24 h, no response with an analysis and at least one measure'), m('有这样的处置记录，无论是否采纳（缺分析或措施的处置不算回应）', 'such a response exists, whatever its decision (a response lacking either does not answer the veto)'), m('否决建议提出日', 'the day the veto was raised'), m('24 小时', '24 hours')),
  R('art4.veto-late', '4(2)', 'warning', 'c', 'record', m('否决建议处置超时', 'Veto answered late'), m('回应否决建议的处置晚于提出后 24 小时', 'the answering response came after T + 24 h'), null, m('否决建议提出日', 'the day the veto was raised'), m('24 小时', '24 hours')),
  R('art4.recall-missing', '4(2)', 'violation', 'c', 'record', m('确认缺陷后未见召回记录', 'No recall after a confirmed defect'), m('处置确认缺陷之日 C 起 10 日已过，仍无引用该处置的召回记录', 'a response confirms the defect on C, C + 10 days has passed, and no recall references it'), m('未确认缺陷；未到期；已有召回', 'defect not confirmed; not yet due; a recall exists'), m('缺陷确认日', 'the day the defect was confirmed'), m('10 日', '10 days')),
  R('art4.recall-late', '4(2)', 'warning', 'c', 'record', m('召回启动超时', 'Recall started late'), m('引用该处置的召回晚于 C + 10 日启动', 'the recall referencing it started after C + 10 days'), null, m('缺陷确认日', 'the day the defect was confirmed'), m('10 日', '10 days')),
  R('art4.certificate-invalid', '4(2)', 'violation', 'c', 'record', m('证书失效后未见否决建议', 'No veto after a certificate became invalid'), m('在产产品的许可证或 CCC 证书自 L 日失效，至 L + 1 日结束仍无引用该证书的否决建议', 'a certificate covering a product in production becomes invalid on L and no veto referencing it is raised by the end of L + 1 day'), m('产品自 L 日起停产；证书续期连续（L 日另有有效证书）', 'the product is not in production from L; the renewal is continuous'), m('失效日 L', 'the day L the certificate became invalid'), m('1 日', '1 day')),
  R('art5.director-missing', '5', 'violation', 'b', 'calendar-day', m('应配备质量安全总监而未见任命', 'Required director not appointed'), m('当日 requiresDirector 为 true 且无人担任质量安全总监', 'requiresDirector is true on D and nobody holds director'), m('requiresDirector 为 false、"recommended" 或 "unknown"', 'requiresDirector is false, "recommended" or "unknown"'), DAY_RUN),
  R('art6.competence-unrecorded', '6', 'warning', 'b', 'record', m('任职能力证明缺失', 'Competence evidence missing'), m('总监或安全员的任命缺第六条第一至三项证明；总监另缺职务或管理层身份', 'an appointment of a director/officer lacks evidence for Art. 6 items 1–3; for a director also when position is absent or management membership is absent or false'), m('第四项（考核）由 art15.unassessed 报告', 'item 4 (that is art15.unassessed)'), m('任命生效日', 'the change’s effective date')),
  R('art7.duties-missing', '7', 'violation', 'a', 'calendar-day', m('未见生效的《质量安全总监职责》', 'No director duties in force'), m('应配备或已任命总监的日期没有生效的《质量安全总监职责》', 'a director is required or in office on D and no 《质量安全总监职责》 is in force'), m('既不要求也未任命总监', 'no director required or appointed'), DAY_RUN),
  R('art7.duties-incomplete', '7', 'warning', 'a', 'version', m('《质量安全总监职责》未覆盖全部职责', 'Director duties incomplete'), m('生效版本缺少覆盖项 7.1–7.7 之一（details.missingKeys 列出）', 'the version in force lacks a coverage key 7.1–7.7 (details.missingKeys lists them)'), null, VERSION),
  R('art7.emergency-plan-missing', '7(5)', 'warning', 'a', 'calendar-day', m('管理制度未含事故处置方案', 'No emergency plan'), m('应配备或已任命总监的日期，生效的管理制度没有事故处置方案（应急预案）', 'a director is required or in office on D and the management system in force has no emergency plan'), m('当日无生效制度（不重复报告）', 'no management system in force (suppressed)'), DAY_RUN),
  R('art7.rectification-overdue', '7(7)', 'violation', 'c', 'record', m('监督检查问题整改逾期未完成', 'Inspection finding not rectified by its deadline'), m('监督检查问题的整改期限 dl 已过，无 dl 前的整改完成记录，且至今未关闭', 'a regulator inspection finding with deadline dl has no closure dated ≤ dl and is still open at now > dl'), null, m('整改期限', 'the finding’s deadline')),
  R('art7.rectification-late', '7(7)', 'warning', 'c', 'record', m('监督检查问题整改完成晚于期限', 'Inspection finding rectified late'), m('整改完成日期晚于期限 dl', 'its closure is dated after dl'), null, m('整改期限', 'the finding’s deadline')),
  R('art8.code-missing', '8', 'violation', 'a', 'calendar-day', m('未见生效的《质量安全员守则》', 'No officer code in force'), m('某日没有生效的《质量安全员守则》（适用于所有单位）', 'on D no 《质量安全员守则》 is in force (every in-scope unit)'), null, DAY_RUN),
  R('art8.code-incomplete', '8', 'warning', 'a', 'version', m('《质量安全员守则》未覆盖全部职责', 'Officer code incomplete'), m('生效版本缺少覆盖项 8.1–8.5 之一（details.missingKeys 列出）', 'the version in force lacks a coverage key 8.1–8.5 (details.missingKeys lists them)'), null, VERSION),
  R('art9.risk-list-missing', '9', 'violation', 'a', 'calendar-day', m('未见生效的风险管控清单', 'No risk list in force'), m('某日没有生效的风险管控清单，或生效的清单均无日管控项', 'on D no risk list is in force, or none in force has a daily row'), null, DAY_RUN),
  R('art9.cadence-rules-missing', '9', 'warning', 'a', 'version', m('管理制度缺日管控、周排查或月调度制度', 'Daily/weekly/monthly rules missing'), m('生效的管理制度缺少书面的日管控、周排查或月调度制度', 'the management system in force lacks the written daily, weekly or monthly 制度'), null, VERSION),
  R('art10.daily-missing', '10', 'violation', 'c', 'production-day', m('未见每日检查记录', 'No daily check'), m('厂区 S 的生产日 D 已到期（次日结束），无 (S, D) 的每日检查记录', 'production day D of site S is due and no daily check for (S, D) exists'), m('非生产日；已有 (S, D) 的检查记录（无论是否迟录）；当日无质量安全员（由 art3.officer-missing 报告）', 'not a production day; any check for (S, D) exists, late or not; nobody holds officer (art3.officer-missing speaks)'), PROD_RUN, m('次日结束', 'end of the next day')),
  R('art10.daily-late', '10', 'warning', 'c', 'record', m('每日检查记录迟录', 'Daily check entered late'), m('(S, D) 最早的定稿检查记录（按其第 1 修订版创建时间）晚于录入期限创建；每个 (S, D) 一条', 'the earliest final check for (S, D), dated by the creation of its revision 1, was created after the daily-entry deadline (one per (S, D))'), null, m('检查日 D', 'D'), m('次日结束', 'end of the next day')),
  R('art10.checklist-incomplete', '10', 'violation', 'c', 'production-day', m('每日检查未覆盖清单日管控项', 'Daily check misses list rows'), m('(S, D) 至少有一条检查记录，但合并后缺少当日生效清单中适用于 S 的日管控项（不适用也算已检查；details 列出缺项）', 'at least one check exists for (S, D) and their union misses a daily row of the series in force on D applicable to S (n/a counts as covered; details lists the rows)'), m('(S, D) 无检查记录；当日无生效清单', 'no check for (S, D); no list in force'), PROD_RUN),
  R('art10.hazard-no-measure', '10', 'violation', 'c', 'hazard', m('隐患未见防范措施记录', 'Hazard without an immediate measure'), m('隐患没有立即采取的防范措施', 'a hazard has no immediate measure'), null, FOUND, m('检查当日结束', 'end of the check’s day')),
  R('art10.hazard-measure-late', '10', 'warning', 'c', 'hazard', m('隐患防范措施晚于期限', 'Hazard measure late'), m('防范措施时间晚于期限', 'the measure is dated after the deadline'), null, FOUND, m('检查当日结束', 'end of the check’s day')),
  R('art10.hazard-unreported', '10', 'violation', 'c', 'hazard', m('隐患未见上报记录', 'Hazard not reported'), m('隐患没有上报给当时担任质量安全总监或主要负责人的人员，或没有上报时间', 'a hazard has no report to a person holding director or principal at the report time, or no report time'), null, FOUND, m('检查当日结束', 'end of the check’s day')),
  R('art10.hazard-report-late', '10', 'warning', 'c', 'hazard', m('隐患上报晚于期限', 'Hazard reported late'), m('上报晚于期限（如次日才上报）', 'it was reported after the deadline (e.g. the next day)'), null, FOUND, m('检查当日结束', 'end of the check’s day')),
  R('art10.calendar-backdated', '10', 'warning', 'c', 'record', m('停产日事后登记', 'Non-production day declared afterwards'), m('某日的停产声明在该日之后才登记（声明仍然有效）', 'a non-production declaration for D was recorded after D (it still counts)'), null, m('声明的日期', 'the declared day')),
  R('art11.weekly-missing', '11', 'violation', 'c', 'iso-week', m('未见每周排查治理报告', 'No weekly report'), m('ISO 周 W 已到期，窗口内某厂区在 W 有生产日，且无 W 的周报告', 'ISO week W is due, some site had a production day in W inside the window, and no weekly report for W exists'), m('已有 W 的报告（无论是否迟交）', 'any report for W exists, late or not'), m('按 ISO 周连续区间报告（周一至周日）', 'runs of ISO weeks (Monday–Sunday)'), m('周日后 2 日结束', 'end of Sunday + 2 days')),
  R('art11.weekly-late', '11', 'warning', 'c', 'iso-week', m('每周报告迟延', 'Weekly report late'), m('报告的排查日期晚于 W，或首个有效签名晚于周日后 2 日结束', 'the report’s review date falls after W, or the first signature filling one of its slots came after the end of Sunday + 2 days'), m('从未签名的报告（由 art13.unsigned 报告），除非排查日期已晚', 'a report never signed (that is art13.unsigned) unless its review date is late'), m('该周', 'the week'), m('周日后 2 日结束', 'end of Sunday + 2 days')),
  R('art11.hazard-unreviewed', '11', 'violation', 'c', 'hazard', m('隐患未纳入周排查', 'Hazard not reviewed weekly'), m('排查日期不早于发现日 D 的第一份周报告已存在，但未按隐患编号引用该隐患', 'the first weekly report whose review date is ≥ D exists and does not reference by hazardId a hazard found on D'), m('尚无这样的周报告（缺周报由 art11.weekly-missing 报告）', 'no such report exists yet (a missing week is art11.weekly-missing)'), FOUND),
  R('art11.fix-overdue', '11', 'warning', 'c', 'hazard', m('隐患整改逾期', 'Hazard fix overdue'), m('周报告设定的整改期限已过，隐患至今未关闭', 'a fix deadline set in a weekly report has passed and the hazard is still open at now'), null, FOUND),
  R('art11.fix-late', '11', 'warning', 'c', 'hazard', m('隐患整改晚于期限', 'Hazard fixed late'), m('关闭（已整改、已验证或已关闭）的更新晚于整改期限', 'the closing update (fixed, verified or closed) is dated after the fix deadline'), null, FOUND),
  R('art12.monthly-missing', '12', 'violation', 'c', 'month', m('未见每月调度会议纪要', 'No monthly meeting'), m('月份 M 已到期，没有计入 M 的会议纪要', 'month M is due and no meeting counts for M'), m('已有计入 M 的会议（无论是否迟开）', 'a meeting counts for M, late or not'), m('按月连续区间报告', 'runs of months'), m('月末后 0 日', 'month end + 0 days')),
  R('art12.monthly-late', '12', 'warning', 'c', 'month', m('每月调度会议迟开', 'Monthly meeting late'), m('计入 M 的会议晚于 M 最后一日加宽限期召开', 'the meeting counting for M was held after M’s last day + grace'), null, m('该月', 'the month'), m('月末后 0 日', 'month end + 0 days')),
  R('art12.principal-absent', '12', 'violation', 'c', 'record', m('调度会议未见主要负责人', 'Principal absent from the monthly meeting'), m('主持人和参会人员中无人在会议日担任主要负责人（含法定代表委托人）', 'neither the chair nor an attendee holds principal (directly or as a delegated principal) on the meeting date'), null, m('会议日期', 'the meeting date')),
  R('art13.principal-unrecorded', '13', 'violation', 'c', 'calendar-day', m('未见主要负责人设立记录', 'No principal on record'), m('某日记录中无人担任主要负责人', 'on D no person holds principal in the records'), null, DAY_RUN),
  R('art13.unsigned', '13', 'warning', 'c', 'record', m('记录未按时签名', 'Record not signed in time'), m('签名期限届满时，定稿记录的必需签名栏没有其角色的任职人签名（事后签名不能补救，摘要列出签名时间）', 'at the signature deadline a required slot of a final record had no signature by a holder of one of its roles (a later signature does not cure it; the summary shows when it came)'), m('草稿', 'drafts'), m('记录日期', 'the record date'), m('记录日期与修订版创建日中较晚者后 7 日', '7 days after the later of the record date and the revision’s creation')),
  R('art15.unassessed', '15', 'violation', 'b', 'calendar-day', m('任职人员未通过考核', 'Holder not assessed'), m('P 在 D 担任总监或安全员，但 D 之前（含）没有通过的内部考核，或最近一次考核未通过', 'P holds director/officer on D without a passed internal assessment dated ≤ D, or the latest one ≤ D failed'), null, m('按日历日连续区间报告，每人一组', 'runs of calendar days per person')),
  R('art15.spot-check-unresolved', '15', 'violation', 'b', 'record', m('监督抽查考核不合格未整改', 'Failed spot-check not resolved'), m('P 于 F 日抽查考核不合格，至 F + 15 日结束既未免职，也未在 F 后重新培训并考核通过', 'a regulator spot-check of P failed on F and by the end of F + 15 days P was neither removed nor retrained and re-assessed (passed) after F'), null, m('不合格日', 'the failure date'), m('15 日', '15 days')),
  R('art16.rejected-without-reason', '16(4)', 'info', null, 'record', m('意见未采纳且未说明理由', 'Opinion rejected without a reason'), m('意见（建议或否决）被“不采纳”或“部分采纳”且无理由，或否决建议过处置期限仍无处置；提出人为对象', 'an opinion (advice or veto) answered rejected or partly with no justification, or a veto with no response at now once its response deadline has passed; the proposer is the subject'), m('已采纳', 'adopted'), m('意见提出日', 'the day the opinion was raised')),
  R('art18.size-unknown', '18(3)', 'warning', null, 'calendar-day', m('规模未知', 'Size unknown'), m('当日只有第五条第三项可能要求配备总监，且规模未知', 'on D only Art. 5(3) can require a director and sizeClass is unknown'), m('已知指标已达到中型', 'a known measure already reaches medium'), DAY_RUN),
];

export type RuleId = (typeof RULES)[number]['id'];

const BY_ID = new Map<string, RuleMeta>(RULES.map((r) => [r.id, r]));

/** The metadata of a rule ID. */
export function ruleMeta(id: RuleId): RuleMeta {
  return BY_ID.get(id) as RuleMeta;
}

/** Every rule ID, in catalogue order. */
export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);
