/** Every interface string the forms show, as `{ zh, en }`; `text()` picks one and fills `{name}` slots. */
import type { Locale, Message } from '@order75/core';

export const STRINGS = {
  submit: { zh: '提交', en: 'Submit' },
  submitting: { zh: '正在提交…', en: 'Submitting…' },
  submitted: { zh: '已提交', en: 'Submitted' },
  submitFailed: { zh: '提交失败，已在本机保存草稿：{reason}', en: 'Submission failed; the draft is kept on this device: {reason}' },
  errorSummaryTitle: { zh: '请先更正以下 {count} 处问题', en: 'Please fix {count} problem(s) first' },
  warningSummaryTitle: { zh: '请核对以下 {count} 项提示，确认无误后可仍然提交', en: 'Check {count} warning(s); submit anyway if they are expected' },
  submitAnyway: { zh: '已核对，仍然提交', en: 'Checked — submit anyway' },
  restoreTitle: { zh: '发现未提交的草稿（保存于 {time}）', en: 'An unsubmitted draft was found (saved {time})' },
  restore: { zh: '恢复草稿', en: 'Restore draft' },
  discard: { zh: '放弃草稿', en: 'Discard draft' },
  draftSaved: { zh: '草稿已自动保存 {time}', en: 'Draft saved automatically {time}' },
  engineDraft: {
    zh: '此记录由系统根据已有记录生成草稿，请逐项核对后提交。',
    en: 'This record was drafted from existing records; check each item before submitting.',
  },
  sourceRecords: { zh: '来源记录', en: 'Source records' },
  unknownSource: { zh: '记录 {id}', en: 'Record {id}' },
  // Daily check
  itemsHeading: { zh: '共 {count} 项日管控', en: '{count} daily rows' },
  allClear: { zh: '其余各项均正常（零风险）', en: 'All remaining items OK (zero risk)' },
  zeroRiskBanner: {
    zh: '零风险报告：本次检查全部项目正常或不适用，未发现质量安全风险隐患。',
    en: 'Zero-risk report: every item is OK or not applicable; no quality-safety hazard was found.',
  },
  hazardCount: { zh: '发现隐患 {count} 项', en: '{count} hazard(s) found' },
  progress: { zh: '已检查 {done}/{total}', en: 'Checked {done}/{total}' },
  noDailyRows: {
    zh: '在用的风险管控清单中没有适用于本厂区的日管控项目。',
    en: 'The risk list in force has no daily rows for this site.',
  },
  noRiskList: { zh: '请先提供在用的风险管控清单（riskList）。', en: 'Provide the risk list in force (riskList) first.' },
  hazardIdLabel: { zh: '隐患编号', en: 'Hazard id' },
  now: { zh: '现在', en: 'Now' },
  choosePerson: { zh: '选择人员', en: 'Choose a person' },
  personId: { zh: '人员编号', en: 'Person id' },
  personName: { zh: '姓名', en: 'Name' },
  // Risk list
  rowsHeading: { zh: '清单行（{count} 行）', en: 'Rows ({count})' },
  addRow: { zh: '添加一行', en: 'Add a row' },
  removeRow: { zh: '删除', en: 'Remove' },
  removeRowLabel: { zh: '删除第 {n} 行', en: 'Remove row {n}' },
  moreFields: { zh: '更多字段', en: 'More fields' },
  // Photos
  addPhoto: { zh: '拍照或选择照片', en: 'Take or choose a photo' },
  addFile: { zh: '选择文件', en: 'Choose a file' },
  uploading: { zh: '正在上传…', en: 'Uploading…' },
  uploadFailed: { zh: '上传失败：{reason}', en: 'Upload failed: {reason}' },
  noUploader: { zh: '未配置上传（onUpload），无法添加附件。', en: 'No uploader (onUpload) is configured; attachments cannot be added.' },
  removePhoto: { zh: '删除 {name}', en: 'Remove {name}' },
  capturedAt: { zh: '拍摄于 {time}', en: 'Taken {time}' },
  // Signatures
  signaturesHeading: { zh: '签名', en: 'Signatures' },
  slotLabel: { zh: '签名栏 {n}：{roles}', en: 'Slot {n}: {roles}' },
  slotConditional: { zh: '（设有质量安全总监时需签署）', en: '(required while a director is in office)' },
  or: { zh: '或', en: 'or' },
  signWithKey: { zh: '电子密钥签名', en: 'Sign with key' },
  signDrawn: { zh: '手写签名', en: 'Draw signature' },
  signPaper: { zh: '纸质签字盖章', en: 'Paper: sign or seal' },
  printRecord: { zh: '打印记录', en: 'Print the record' },
  attachScan: { zh: '上传签字盖章扫描件或照片', en: 'Attach the signed or sealed scan or photo' },
  paperSteps: {
    zh: '① 打印本记录 ② 手写签字或加盖公章 ③ 扫描或拍照 ④ 上传（按内容哈希存档）',
    en: '① Print this record ② Sign by hand or apply the seal ③ Scan or photograph it ④ Attach it (kept by content hash)',
  },
  clearPad: { zh: '清除', en: 'Clear' },
  confirmSignature: { zh: '确认签名', en: 'Confirm signature' },
  padLabel: { zh: '在此区域内手写签名', en: 'Sign inside this area' },
  padEmpty: { zh: '请先在签名区内书写', en: 'Draw your signature first' },
  signedBy: { zh: '{role} {name} 于 {time} 以{method}签署', en: 'Signed by {role} {name} at {time} ({method})' },
  removeSignature: { zh: '撤销签名', en: 'Remove signature' },
  noSigner: { zh: '未配置电子密钥（signer），请选择手写或纸质签署。', en: 'No key signer is configured; draw or use paper.' },
  noUser: { zh: '未指定签署人（currentUser）。', en: 'No signer (currentUser) is set.' },
  wrongRole: {
    zh: '{role}不能签署此签名栏：本栏只能由{roles}签署。',
    en: 'A {role} cannot sign this slot: only {roles} may sign it.',
  },
  signInvalidFirst: { zh: '记录尚有问题，请更正后再签名。', en: 'The record still has problems; fix them before signing.' },
  signaturesCleared: {
    zh: '记录内容已修改，原签名不再有效，已移除，请重新签署。',
    en: 'The content changed, so the earlier signatures no longer apply and were removed; sign again.',
  },
  signFailed: { zh: '签名失败：{reason}', en: 'Signing failed: {reason}' },
  // View
  sealBox: { zh: '（盖章）', en: '(Seal)' },
  signBox: { zh: '签字', en: 'Signature' },
  dateBox: { zh: '日期', en: 'Date' },
  enterprise: { zh: '生产单位', en: 'Enterprise' },
  recordNo: { zh: '记录编号', en: 'Record id' },
  revision: { zh: '修订版', en: 'Revision' },
  article: { zh: '依据：《工业产品生产单位落实质量安全主体责任监督管理规定》第{articles}条', en: 'Basis: Order No. 75, Art. {articles}' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  print: { zh: '打印', en: 'Print' },
} as const satisfies Record<string, Message>;

export type StringKey = keyof typeof STRINGS;

/** One string in one language, with `{name}` slots filled from `vars`. */
export function text(locale: Locale, key: StringKey, vars: Record<string, string | number> = {}): string {
  const template = locale === 'en' ? STRINGS[key].en : STRINGS[key].zh;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Both languages of a string, filled. */
export function message(key: StringKey, vars: Record<string, string | number> = {}): Message {
  return { zh: text('zh-CN', key, vars), en: text('en', key, vars) };
}
