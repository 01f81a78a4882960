/** zh-CN first, with an English switch: the UI strings of the workstation and the language context. */
import type { Locale, Message } from '@order75/core';
import { createContext, useContext } from 'react';

const STRINGS = {
  appTitle: { zh: '质量安全主体责任工作站', en: 'Order 75 compliance workstation' },
  login: { zh: '登录', en: 'Log in' },
  logout: { zh: '退出', en: 'Log out' },
  username: { zh: '用户名', en: 'Username' },
  password: { zh: '密码', en: 'Password' },
  demoHint: { zh: '演示账号见启动时终端输出', en: 'Demo logins are printed in the terminal at start' },
  daily: { zh: '今日检查', en: 'Today’s check' },
  weekly: { zh: '本周排查', en: 'This week' },
  principal: { zh: '负责人待办', en: 'Principal' },
  dashboard: { zh: '看板', en: 'Dashboard' },
  records: { zh: '记录', en: 'Records' },
  settings: { zh: '设置', en: 'Settings' },
  inspector: { zh: '检查导出', en: 'For inspectors' },
  heatmap: { zh: '每日检查热力图', en: 'Daily checks' },
  weeklyStatus: { zh: '周排查', en: 'Weekly reviews' },
  monthlyStatus: { zh: '月调度', en: 'Monthly meetings' },
  openHazards: { zh: '未关闭隐患', en: 'Open hazards' },
  personnel: { zh: '人员资格', en: 'Personnel qualification' },
  applicability: { zh: '适用性（第五条）', en: 'Applicability (Art. 5)' },
  findings: { zh: '检查发现', en: 'Findings' },
  noFindings: { zh: '未见证据缺失', en: 'No evidence gaps' },
  ageDays: { zh: '已 {n} 天', en: '{n} days' },
  site: { zh: '厂区', en: 'Site' },
  done: { zh: '已完成', en: 'Done' },
  'zero-risk': { zh: '零风险', en: 'Zero risk' },
  hazard: { zh: '发现隐患', en: 'Hazard' },
  missed: { zh: '缺失', en: 'Missed' },
  'non-production': { zh: '非生产日', en: 'Non-production' },
  pending: { zh: '待完成', en: 'Pending' },
  late: { zh: '逾期', en: 'Late' },
  missing: { zh: '缺失', en: 'Missing' },
  open: { zh: '打开', en: 'Open' },
  newCheck: { zh: '填写检查', en: 'Fill in the check' },
  nonProductionToday: { zh: '今日为非生产日，无需检查', en: 'Not a production day; no check needed' },
  checkedToday: { zh: '今日已检查', en: 'Checked today' },
  weeklyDraft: { zh: '本周排查治理报告（引擎草稿）', en: 'This week’s report (engine draft)' },
  weeklyDone: { zh: '本周报告已提交', en: 'This week’s report is in' },
  vetoes: { zh: '待处置的否决建议', en: 'Vetoes awaiting an answer' },
  noVetoes: { zh: '没有待处置的否决建议', en: 'No veto awaits an answer' },
  answer: { zh: '处置', en: 'Answer' },
  monthlyDraft: { zh: '本月调度会议纪要（引擎草稿）', en: 'This month’s meeting (engine draft)' },
  monthlyDone: { zh: '本月会议纪要已提交', en: 'This month’s minutes are in' },
  saved: { zh: '已保存', en: 'Saved' },
  history: { zh: '修订历史', en: 'History' },
  sign: { zh: '签名', en: 'Sign' },
  correct: { zh: '更正', en: 'Correct' },
  print: { zh: '打印', en: 'Print' },
  attachScan: { zh: '上传签字扫描件', en: 'Attach signed scan' },
  passphrase: { zh: '签名口令', en: 'Signing passphrase' },
  signWithKey: { zh: '电子密钥签名', en: 'Sign with key' },
  slot: { zh: '签名栏', en: 'Slot' },
  create: { zh: '新建', en: 'New' },
  type: { zh: '类型', en: 'Type' },
  date: { zh: '日期', en: 'Date' },
  status: { zh: '状态', en: 'Status' },
  revision: { zh: '修订版', en: 'Revision' },
  reason: { zh: '原因', en: 'Reason' },
  actor: { zh: '操作人', en: 'By' },
  action: { zh: '操作', en: 'Action' },
  profile: { zh: '生产单位档案', en: 'Enterprise profile' },
  sitesPattern: { zh: '厂区与每周生产日', en: 'Sites and weekly pattern' },
  people: { zh: '人员与角色', en: 'People and roles' },
  accounts: { zh: '账号', en: 'Accounts' },
  riskList: { zh: '风险管控清单', en: 'Risk list' },
  templates: { zh: '制度与职责模板', en: 'Templates' },
  exportXlsx: { zh: '导出 XLSX', en: 'Export XLSX' },
  importXlsx: { zh: '导入 XLSX', en: 'Import XLSX' },
  signingKey: { zh: '签名密钥', en: 'Signing key' },
  newKey: { zh: '生成新密钥', en: 'New key' },
  period: { zh: '期间', en: 'Period' },
  archive: { zh: '归档包（.o75.zip）', en: 'Archive (.o75.zip)' },
  verifyHtml: { zh: '离线校验页面 verify.html', en: 'Offline verifier verify.html' },
  reportHtml: { zh: '合规检查报告（HTML）', en: 'Compliance report (HTML)' },
  reportJson: { zh: '合规检查报告（JSON）', en: 'Compliance report (JSON)' },
  dailyXlsx: { zh: '每日检查记录（XLSX）', en: 'Daily checks (XLSX)' },
  download: { zh: '下载', en: 'Download' },
  loading: { zh: '加载中…', en: 'Loading…' },
  back: { zh: '返回', en: 'Back' },
  viewRecord: { zh: '查看记录', en: 'View record' },
  required: { zh: '需设', en: 'required' },
  notRequired: { zh: '无需', en: 'not required' },
  inScope: { zh: '适用本规定', en: 'In scope' },
  outOfScope: { zh: '不适用', en: 'Out of scope' },
  qualified: { zh: '合格', en: 'Qualified' },
  notQualified: { zh: '证据不全', en: 'Evidence gaps' },
  disclaimer: { zh: '检查发现说明的是记录证据的缺失，不是法律认定。', en: 'Findings describe missing evidence, not legal determinations.' },
} satisfies Record<string, Message>;

export type StringKey = keyof typeof STRINGS;

export const LangContext = createContext<{ locale: Locale; setLocale: (l: Locale) => void }>({ locale: 'zh-CN', setLocale: () => {} });

/** `t('ageDays', { n: 3 })` in the current language. */
export function useT(): (key: StringKey, vars?: Record<string, string | number>) => string {
  const { locale } = useContext(LangContext);
  return (key, vars) => {
    let s = STRINGS[key][locale === 'en' ? 'en' : 'zh'];
    for (const [k, v] of Object.entries(vars ?? {})) s = s.replace(`{${k}}`, String(v));
    return s;
  };
}

/** A bilingual message in the current language. */
export function useMsg(): (m: Message | undefined) => string {
  const { locale } = useContext(LangContext);
  return (m) => (m ? (locale === 'en' ? m.en : m.zh) : '');
}
