/**
 * The compliance report as one printable HTML page (zh-CN with English alongside): applicability, cadence
 * completion, hazards, personnel, the Art. 17 exposure map and every finding. Findings describe missing
 * evidence, never a legal verdict; the page says so.
 */
import type { CheckResult } from './compliance';

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const SEVERITY = { violation: '缺失 / violation', warning: '提示 / warning', info: '信息 / info' } as const;

export function reportHtml(result: CheckResult, meta: { enterprise: string; name?: string; from: string; to: string; generatedAt: string }): string {
  const s = result.summary;
  const cadence = (['daily', 'weekly', 'monthly'] as const)
    .map((k) => {
      const c = s.cadence[k];
      return `<tr><td>${{ daily: '日管控 daily', weekly: '周排查 weekly', monthly: '月调度 monthly' }[k]}</td><td>${c.expected}</td><td>${c.done}</td><td>${c.missing}</td><td>${c.late}</td><td>${c.pending.length}</td></tr>`;
    })
    .join('');
  const findings = result.findings
    .map((f) => {
      const when = f.date ?? (f.period ? `${f.period.from} – ${f.period.to}` : '');
      return `<tr class="${f.severity}"><td>${esc(f.rule)}</td><td>${esc(f.article)}</td><td>${SEVERITY[f.severity]}</td><td>${esc(when)}${f.label ? ` (${esc(f.label)})` : ''}</td><td>${esc(f.site ?? '')}</td><td>${esc(f.message.zh)}<br><span class="en">${esc(f.message.en)}</span></td><td class="ids">${f.recordIds.map(esc).join('<br>')}</td></tr>`;
    })
    .join('');
  const people = s.personnel
    .map((p) => `<tr><td>${esc(p.name)} (${esc(p.personId)})</td><td>${p.roles.map(esc).join(', ')}</td><td>${esc(p.assessment.status)}${p.assessment.date ? ` ${esc(p.assessment.date)}` : ''}</td><td>${p.competenceGaps.map(esc).join(', ') || '—'}</td><td>${p.qualified === null ? '—' : p.qualified ? '是 yes' : '否 no'}</td></tr>`)
    .join('');
  const reasons = s.applicability.reasons.map((r) => `<li>第 ${esc(r.article)} 条：${esc(r.text.zh)} <span class="en">${esc(r.text.en)}</span></li>`).join('');
  const limbs = s.exposure.limbs.map((l) => `<li><b>(${esc(l.limb)})</b> ${esc(l.text.zh)} — ${l.findings} 项 <span class="en">${esc(l.text.en)}</span></li>`).join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>合规检查报告 ${esc(meta.name ?? meta.enterprise)} ${esc(meta.from)}–${esc(meta.to)}</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#1f1f1f;font-size:14px}
h1{font-size:20px}h2{font-size:16px;border-bottom:1px solid #ddd;padding-bottom:4px;margin-top:28px}
table{border-collapse:collapse;width:100%;margin:8px 0}td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f5f5f5}.en{color:#666;font-size:12px}.violation td:nth-child(3){color:#b42318;font-weight:600}
.warning td:nth-child(3){color:#b54708}.ids{font-family:monospace;font-size:11px;color:#555}.note{background:#fffbe6;border:1px solid #ffe58f;padding:8px}
@media print{body{margin:0}h2{break-after:avoid}tr{break-inside:avoid}}
</style></head><body>
<h1>《工业产品生产单位落实质量安全主体责任监督管理规定》合规检查报告<br><span class="en">Order 75 compliance report</span></h1>
<p>${esc(meta.name ?? '')}　统一社会信用代码 ${esc(meta.enterprise)}<br>期间 Period：${esc(meta.from)} – ${esc(meta.to)}　生成时间 Generated：${esc(meta.generatedAt)}</p>
<p class="note">${esc(s.notes.disclaimer.zh)}<br><span class="en">${esc(s.notes.disclaimer.en)}</span></p>
<h2>适用性 Applicability（第 5 条）</h2>
<p>${s.applicability.inScope ? '适用 in scope' : '不适用 out of scope'}；需设质量安全总监 director required：${esc(s.applicability.requiresDirector)}；规模 size：${esc(s.applicability.sizeClass)}</p><ul>${reasons}</ul>
<h2>日管控、周排查、月调度 Cadence</h2>
<table><tr><th></th><th>应有 expected</th><th>已有 done</th><th>缺失 missing</th><th>逾期 late</th><th>待办 pending</th></tr>${cadence}</table>
<h2>隐患 Hazards</h2><p>发现 found ${s.hazards.found}，已关闭 closed ${s.hazards.closed}，未关闭 open ${s.hazards.open}</p>
<h2>人员资格 Personnel</h2><table><tr><th>人员 person</th><th>角色 roles</th><th>考核 assessment</th><th>能力证据缺口 gaps</th><th>合格 qualified</th></tr>${people}</table>
<h2>第 17 条对应 Exposure (Art. 17)</h2><ul>${limbs}</ul><p class="en">${esc(s.exposure.note.zh)} — ${esc(s.exposure.note.en)}</p>
<h2>发现 Findings（${result.findings.length}）：缺失 ${s.counts.violation}，提示 ${s.counts.warning}，信息 ${s.counts.info}</h2>
<table><tr><th>规则 rule</th><th>条款 art.</th><th>级别 severity</th><th>日期 date</th><th>厂区 site</th><th>说明 message</th><th>记录 records</th></tr>${findings}</table>
<p class="en">${esc(s.notes.art16.zh)} — ${esc(s.notes.art16.en)}</p>
</body></html>`;
}
