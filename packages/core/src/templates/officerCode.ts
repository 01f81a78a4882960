/**
 * Template of 《质量安全员守则》 (Art. 8): items written for a factory, each mapped to the coverage keys
 * 8.1–8.5 the engine checks (`art8.code-incomplete`).
 */
import type { OfficerCode } from '@order75/schemas';
import { draftEnvelope, todayLocal, type TemplateOptions, type TemplateProfile } from './common';

type Key = OfficerCode['items'][number]['coverage'][number];

const ITEMS: ReadonlyArray<readonly [string, string, readonly Key[]]> = [
  ['OC-01', '按照职责要求对质量安全总监或主要负责人负责，熟悉本单位产品、工艺、标准和质量管理制度，忠于职守，如实记录。', ['8.1']],
  ['OC-02', '督促指导员工落实岗位质量安全规范和作业指导书，发现违规操作当场纠正，并做好记录。', ['8.1']],
  ['OC-03', '每个生产日按照《工业产品质量安全风险管控清单》逐项检查，形成《每日工业产品质量安全检查记录》；未发现问题的，也如实记录，实行零风险报告。', ['8.2']],
  ['OC-04', '检查原材料进货查验、生产过程控制、产品出厂检验等制度的落实情况，核对查验记录、工艺参数记录和检验记录是否真实完整。', ['8.2']],
  ['OC-05', '发现质量安全风险隐患时，立即采取隔离、标识、暂停放行等防范措施，并于当日报告质量安全总监或主要负责人。', ['8.2', '8.3']],
  ['OC-06', '实施不合格品控制，监督不合格品的标识、隔离、评审和处置，严防不合格品流入下道工序或出厂。', ['8.3']],
  ['OC-07', '督促员工采取有效措施整改质量问题，跟踪整改结果，并及时报告质量安全总监。', ['8.3']],
  ['OC-08', '管理维护本单位产品质量安全档案，按要求保存检查记录、检验报告、培训记录等资料，不得涂改、隐匿或销毁。', ['8.4']],
  ['OC-09', '接受和配合市场监督管理部门开展的监督检查、缺陷产品召回、事故调查和质量安全追溯等工作，如实提供有关材料。', ['8.5']],
  ['OC-10', '发现产品存在危及安全的缺陷，或生产许可证、强制性产品认证证书失效的，及时提出停止相应产品生产、销售等否决建议。', ['8.3']],
];

/** A draft 《质量安全员守则》 for `profile` covering every key 8.1–8.5. Adapt the texts before adopting them. */
export function officerCodeTemplate(profile: TemplateProfile, options: TemplateOptions = {}): OfficerCode {
  return {
    ...draftEnvelope('officer-code', profile, options),
    title: `${profile.name}《质量安全员守则》`,
    version: options.version ?? 'V1.0',
    effectiveDate: options.effectiveDate ?? todayLocal(),
    items: ITEMS.map(([itemId, text, coverage]) => ({ itemId, text, coverage: [...coverage] })),
  };
}
