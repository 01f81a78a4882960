/** The risk list in force (the wire-and-cable template), and a 1,000-row list for the performance page. */
import { riskListTemplate } from '@order75/core';
import type { RiskList } from '@order75/schemas';
import { ENTERPRISE_NAME, SITES, USCC } from './enterprise';

const profile = { enterprise: USCC, name: ENTERPRISE_NAME, sites: SITES.map((s) => ({ ...s, weeklyPattern: [1, 2, 3, 4, 5, 6] })) };

export const RISK_LIST: RiskList = {
  ...riskListTemplate('wire-cable', profile, { id: '0193a8f1-0000-7000-8000-00000000a001', version: 'V2.0', effectiveDate: '2026-07-01' }),
  status: 'final',
};

const STAGES = ['原材料进货', '拉丝退火', '绞线', '挤塑', '成缆', '铠装', '护套', '出厂检验', '包装标识', '仓储发运'];

/** A list of `n` rows (all daily, all sites) for measuring the 1,000-row forms. */
export function bigRiskList(n: number): RiskList {
  return {
    ...RISK_LIST,
    id: '0193a8f1-0000-7000-8000-00000000b001',
    version: `BIG${n}`,
    title: `${ENTERPRISE_NAME}风险管控清单（${n} 行测试）`,
    rows: Array.from({ length: n }, (_, i) => ({
      rowId: `B-${String(i + 1).padStart(4, '0')}`,
      seq: i + 1,
      stage: STAGES[i % STAGES.length] as string,
      controlStep: `控制点 ${i + 1}`,
      riskPoint: `第 ${i + 1} 项：${STAGES[i % STAGES.length]}环节关键参数偏离工艺要求，可能导致导体电阻或绝缘厚度不合格`,
      controlMeasure: '按作业指导书逐项核对参数并记录，偏离时立即停机调整并复测',
      cadence: 'daily' as const,
      responsibleRole: 'officer' as const,
    })),
  };
}
