/** Row data of the risk-list templates (Art. 9), written compactly and expanded by `riskListTemplate`. */

/** 日管控 / 周排查 / 月调度. */
export type Cadence = 'daily' | 'weekly' | 'monthly';

/** `[rowId, stage 环节, controlStep 控制环节, riskPoint 风险点, controlMeasure 管控措施, cadence, legalBasis 依据?]`. */
export type RowSpec = readonly [string, string, string, string, string, Cadence, string?];

/**
 * The owner of each cadence, as in the provincial lists (regulation-research §2.1): 日管控 by the officer,
 * 周排查 by the director, 月调度 by the principal.
 */
export const CADENCE_OWNER = { daily: 'officer', weekly: 'director', monthly: 'principal' } as const;

/**
 * Management rows every list carries, under the list's own row-id prefix so that lists of different
 * series never share a row id: certificates, standards, people, the list itself, daily-check completeness,
 * complaints, measuring instruments, recall.
 */
export function commonRows(prefix: string): RowSpec[] {
  return [
    [`${prefix}-C1`, '人员与记录', '日管控落实', '日管控检查漏项、漏日，或检查记录补记、不实', '每周抽查各厂区每日检查记录的完整性和真实性，漏项漏日的查明原因并督促整改', 'weekly', '《工业产品生产单位落实质量安全主体责任监督管理规定》第十条、第十一条'],
    [`${prefix}-C2`, '设备与计量', '计量器具', '使用未经检定、校准或超出有效期的计量器具和检测设备', '检查计量器具的检定/校准标识和有效期，过期或失准的立即停用并送检，追溯已检产品', 'daily', '《中华人民共和国计量法》'],
    [`${prefix}-C3`, '售后与召回', '投诉与缺陷研判', '涉及人身财产安全的投诉、事故信息未及时调查研判', '每周汇总用户投诉、退货和事故信息，逐件分析是否涉及缺陷，必要时提出否决建议', 'weekly', '《中华人民共和国产品质量法》'],
    [`${prefix}-C4`, '产品准入', '证书有效性', '生产许可证或强制性产品认证证书临近到期、被暂停、撤销或注销后仍继续生产、销售', '每月核查证书有效期和状态，到期前提前办理延续；证书失效的立即提出否决建议，停止相应产品生产、销售', 'monthly', '《中华人民共和国工业产品生产许可证管理条例》；《强制性产品认证管理规定》'],
    [`${prefix}-C5`, '标准管理', '标准更新', '强制性国家标准、产品标准发布或修订后，产品和检验未及时按新标准执行', '每月查询标准发布和实施信息，组织评估影响，制定转换计划并跟踪落实', 'monthly', '《中华人民共和国标准化法》'],
    [`${prefix}-C6`, '人员与记录', '人员配备与考核', '质量安全总监、质量安全员空缺，或未经培训考核合格即上岗', '每月核对人员设立、调整记录和培训考核记录，空缺岗位及时任命，未通过考核的调整岗位', 'monthly', '《工业产品生产单位落实质量安全主体责任监督管理规定》第五条、第六条、第十五条'],
    [`${prefix}-C7`, '风险管理', '清单维护', '风险管控清单与现有产品、工艺、设备和标准不符', '每月评审清单的适宜性，产品、工艺或标准变化时及时修订并重新发布', 'monthly', '《工业产品生产单位落实质量安全主体责任监督管理规定》第九条'],
    [`${prefix}-C8`, '售后与召回', '缺陷产品召回', '确认存在缺陷的产品未按规定及时召回', '每月通报缺陷研判结论和召回进展，确认缺陷的按规定启动召回并报告', 'monthly', '《中华人民共和国产品质量法》；国家有关缺陷产品召回的规定'],
  ];
}
