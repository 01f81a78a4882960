/** The report as text for a terminal: verdict, what the archive is, counts per type, checks, then every issue. */
import type { Locale } from '@order75/core';
import type { CheckName } from './issue';
import { recordTypeLabel } from './recordTypeLabel';
import type { VerifyReport } from './report';

const CHECK_LABEL: Record<CheckName, [string, string]> = {
  zip: ['压缩包结构', 'Zip structure'],
  manifest: ['清单', 'Manifest'],
  lines: ['记录文件', 'Records file'],
  canonical: ['规范化形式', 'Canonical form'],
  chain: ['哈希链', 'Hash chain'],
  'content-hash': ['内容哈希', 'Content hashes'],
  schema: ['记录结构', 'Record schemas'],
  signatures: ['签名', 'Signatures'],
  attachments: ['附件', 'Attachments'],
  people: ['人员名册', 'Person registry'],
};

/** A check's name in one language. */
export function checkLabel(check: CheckName, locale: Locale): string {
  return CHECK_LABEL[check][locale === 'en' ? 1 : 0];
}

/** Renders `report` in `locale` (zh-CN by default). */
export function formatReport(report: VerifyReport, locale: Locale = 'zh-CN'): string {
  const en = locale === 'en';
  const out: string[] = [];
  out.push(
    report.ok
      ? en ? '✔ INTACT — the archive verifies: every hash, link, signature and schema checks out.' : '✔ 完整 —— 归档校验通过：哈希、链、签名与结构均无误。'
      : report.intact
        ? en ? '✘ NOT VALID — the bytes are intact, but some records or the manifest are not valid.' : '✘ 不合格 —— 数据未被改动，但部分记录或清单不合格。'
        : en ? '✘ TAMPERED OR DAMAGED — the archive does not verify.' : '✘ 已被改动或损坏 —— 归档未通过校验。',
  );
  if (report.enterprise) out.push(`${en ? 'Enterprise' : '企业'}: ${report.enterprise.name ? `${report.enterprise.name} ` : ''}${report.enterprise.uscc}`);
  if (report.period) out.push(`${en ? 'Period' : '期间'}: ${report.period.from} ${en ? 'to' : '至'} ${report.period.to}`);
  if (report.chain) out.push(`${en ? 'Chain' : '哈希链'}: seq ${report.chain.fromSeq}–${report.chain.toSeq}, ${en ? 'head' : '链头'} ${report.chain.head}`);
  const s = report.stats;
  out.push(en
    ? `Contents: ${s.events} events, ${report.records.length} revisions in the period, ${s.signatures} signatures (${s.validSignatures} verified), ${s.attachments} attachments${s.people ? `, ${s.people} people` : ''}`
    : `内容：${s.events} 个事件，期间内 ${report.records.length} 个修订版，${s.signatures} 个签名（${s.validSignatures} 个核验通过），${s.attachments} 个附件${s.people ? `，${s.people} 名人员` : ''}`);
  if (report.keys.length) out.push(`${en ? 'Public keys' : '公钥'}: ${report.keys.map((k) => `${k.personId} ${k.keyId}`).join(en ? ', ' : '，')}`);
  const types = Object.keys(report.counts).sort();
  if (types.length) {
    out.push(en ? 'Records in the period:' : '期间内的记录：');
    for (const type of types) {
      const dates = report.records.filter((r) => r.recordType === type).map((r) => r.recordDate ?? '').sort();
      const label = recordTypeLabel(type)[en ? 'en' : 'zh'];
      out.push(`  ${label}: ${report.counts[type]}${dates.length ? ` (${dates[0]} … ${dates[dates.length - 1]})` : ''}`);
    }
  }
  out.push(en ? 'Checks:' : '检查项：');
  for (const c of report.checks) {
    const state = c.errors ? (en ? `${c.errors} failed` : `${c.errors} 项未通过`) : en ? 'ok' : '通过';
    out.push(`  ${c.errors ? '✘' : '✔'} ${checkLabel(c.check, locale)}: ${state}${c.warnings ? (en ? `, ${c.warnings} notes` : `，${c.warnings} 项提示`) : ''}`);
  }
  if (report.issues.length) {
    out.push(en ? 'What failed:' : '未通过的项目：');
    for (const issue of report.issues) out.push(`  ${issue.severity === 'error' ? '✘' : '!'} ${en ? issue.message.en : issue.message.zh}`);
    if (report.omittedIssues) out.push(en ? `  … and ${report.omittedIssues} more` : `  ……另有 ${report.omittedIssues} 项`);
  }
  return `${out.join('\n')}\n`;
}
