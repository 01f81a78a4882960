/**
 * Template of 《质量安全总监职责》 (Art. 7): items written for a factory, each mapped to the coverage keys
 * 7.1–7.7 the engine checks (`art7.duties-incomplete`).
 */
import type { DirectorDuties } from '@order75/schemas';
import { draftEnvelope, todayLocal, type TemplateOptions, type TemplateProfile } from './common';

type Key = DirectorDuties['items'][number]['coverage'][number];

const ITEMS: ReadonlyArray<readonly [string, string, readonly Key[]]> = [
  ['DD-01', '按照职责要求直接对主要负责人负责，组织本单位严格落实《产品质量法》《工业产品生产许可证管理条例》、强制性产品认证和强制性国家标准等规定的质量安全责任义务及标准要求。', ['7.1']],
  ['DD-02', '跟踪与本单位产品相关的法律法规、强制性国家标准和产品准入要求的变化，组织评估对产品和生产过程的影响，督促相关部门及时落实；关注生产许可证、强制性产品认证证书的有效期和状态。', ['7.1']],
  ['DD-03', '组织制定和修订本单位质量安全管理制度，建立岗位质量安全规范、质量安全责任以及相应的考核办法，并督促落实。', ['7.2']],
  ['DD-04', '督促指导质量安全员落实岗位职责，审阅每日检查记录，定期检查各部门、各岗位质量安全责任制落实情况，对履职不到位的提出考核意见。', ['7.3']],
  ['DD-05', '组织制定《工业产品质量安全风险管控清单》并根据产品、工艺、标准变化及时修订，督促落实风险防控措施。', ['7.4']],
  ['DD-06', '每周至少组织一次风险隐患排查，根据日管控发现的问题分析研判质量安全状况，形成《每周工业产品质量安全排查治理报告》，跟踪隐患整改至验证关闭。', ['7.4']],
  ['DD-07', '定期开展质量安全自查，组织实施风险分析研判，评估质量安全状况，每月向主要负责人汇报质量安全工作情况并提出改进措施。', ['7.4']],
  ['DD-08', '发现产品存在危及安全的缺陷或生产许可证、强制性产品认证证书失效的，行使质量安全一票否决权，提出停止相应产品生产、销售等否决建议，并采取处置措施，消除质量安全隐患。', ['7.4']],
  ['DD-09', '组织拟定质量安全事故处置方案，每年至少组织一次应急演练；发生质量安全事故时，立即采取封存、停止生产销售等措施，防止事故扩大，并按规定报告。', ['7.5']],
  ['DD-10', '制定员工质量安全教育培训计划，对员工组织开展质量安全教育、培训和考核，保存培训考核记录。', ['7.6']],
  ['DD-11', '接受和配合市场监督管理部门开展的监督检查、缺陷产品召回、事故调查和质量安全追溯等工作，如实提供资料。', ['7.7']],
  ['DD-12', '对监督检查、抽查考核和自查发现的问题制定整改措施，明确责任人和期限，积极整改落实并将整改情况报告主要负责人。', ['7.7']],
];

/** A draft 《质量安全总监职责》 for `profile` covering every key 7.1–7.7. Adapt the texts before adopting them. */
export function directorDutiesTemplate(profile: TemplateProfile, options: TemplateOptions = {}): DirectorDuties {
  return {
    ...draftEnvelope('director-duties', profile, options),
    title: `${profile.name}《质量安全总监职责》`,
    version: options.version ?? 'V1.0',
    effectiveDate: options.effectiveDate ?? todayLocal(),
    items: ITEMS.map(([itemId, text, coverage]) => ({ itemId, text, coverage: [...coverage] })),
  };
}
