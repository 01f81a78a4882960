/**
 * The HTML report of `order75 check`: one self-contained file (inline CSS, no script, no CDN, no fonts to
 * fetch) with the summary, a calendar of daily-check completion per site and month, and the findings.
 */
import { type CheckResult, localize, type Locale } from '@order75/core';
import type { DayMark, SiteCalendarView } from './checkCalendar';
import { findingWhen, type ReportSubject, SEVERITY, sizeLabel, yesNo } from './checkText';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const t = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);
const CLASS: Record<DayMark, string> = { checked: 'k', missed: 'm', off: 'o', future: 'f', outside: 'x' };

const CSS = `
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",system-ui,sans-serif;margin:24px;color:#1f2328;line-height:1.5}
h1{font-size:20px}h2{font-size:16px;margin-top:28px;border-bottom:1px solid #d0d7de}h3{font-size:14px;margin:16px 0 4px}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #d0d7de;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f6f8fa}.num{text-align:right}
table.cal td{width:12px;height:12px;padding:0;border:1px solid #fff}table.cal th{background:none;border:none;font-weight:normal;font-size:11px;padding:0 6px 0 0;white-space:nowrap}
.k{background:#2da44e}.m{background:#cf222e}.o{background:#d8dee4}.f{background:#f0f3f6}.x{background:#fff}
.legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}
.violation{color:#cf222e;font-weight:bold}.warning{color:#9a6700}.info{color:#57606a}
.note{color:#57606a;font-size:12px}
@media print{body{margin:8mm}h2{break-after:avoid}}
`;

function calendarHtml(views: readonly SiteCalendarView[], locale: Locale): string {
  const legend = `<p class="legend"><span class="k"></span>${t(locale, '已检', 'checked')}<span class="m"></span>${t(locale, '未检', 'missed')}<span class="o"></span>${t(locale, '非生产日', 'no production')}<span class="f"></span>${t(locale, '未到期', 'not yet due')}</p>`;
  const head = `<tr><th></th>${Array.from({ length: 31 }, (_, i) => `<th>${i + 1 === 1 || (i + 1) % 5 === 0 ? i + 1 : ''}</th>`).join('')}</tr>`;
  const sites = views.map((v) => {
    const rows = v.months.map((m) => {
      const cells = m.days.map((d, i) => (d === 'missed' ? `<td class="m" title="${m.month}-${String(i + 1).padStart(2, '0')}"></td>` : `<td class="${CLASS[d]}"></td>`)).join('');
      return `<tr><th>${m.month} <span class="note">${m.checked}/${m.checked + m.missed}</span></th>${cells}</tr>`;
    });
    return `<h3>${esc(v.site)}${v.name ? ` ${esc(v.name)}` : ''} — ${t(locale, '已检', 'checked')} ${v.checked}，${t(locale, '未检', 'missed')} ${v.missed}</h3><table class="cal">${head}${rows.join('')}</table>`;
  });
  return legend + sites.join('');
}

/** Renders the whole report as one HTML document. */
export function renderHtml(result: CheckResult, calendar: readonly SiteCalendarView[], subject: ReportSubject, locale: Locale): string {
  const s = result.summary;
  const title = t(locale, '质量安全主体责任记录检查报告', 'Order 75 records check');
  const cad = (label: string, x: typeof s.cadence.daily) =>
    `<tr><td>${label}</td><td class="num">${x.expected}</td><td class="num">${x.done}</td><td class="num">${x.missing}</td><td class="num">${x.late}</td><td class="num">${x.pending.length}</td></tr>`;
  const findings = result.findings
    .map((f) => `<tr><td class="${f.severity}">${esc(localize(SEVERITY[f.severity], locale))}</td><td>${esc(f.rule)}</td><td>${esc(f.article)}</td><td>${esc(findingWhen(f))}</td><td>${esc(f.site ?? '')}</td><td>${esc(f.hazardId ?? '')}</td><td>${esc(localize(f.message, locale))}</td></tr>`)
    .join('');
  const openHazards = s.hazards.items.filter((h) => h.open)
    .map((h) => `<tr><td>${esc(h.hazardId)}</td><td>${esc(h.site ?? '')}</td><td>${esc(h.foundOn ?? '')}</td><td class="num">${h.ageDays}</td><td>${esc(h.fixDeadline ?? '')}</td><td>${esc(h.status)}</td></tr>`)
    .join('');
  const a = s.applicability;
  const evaluated = s.window.evaluated ? `${s.window.evaluated.from} – ${s.window.evaluated.to}` : t(locale, '无', 'none');
  return `<!doctype html>
<html lang="${locale === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)} — ${esc(subject.name ?? subject.enterprise)}</title><style>${CSS}</style></head><body>
<h1>${esc(title)}</h1>
<table>
<tr><th>${t(locale, '生产单位', 'Enterprise')}</th><td>${esc(subject.name ?? '')} (${esc(subject.enterprise)})</td></tr>
<tr><th>${t(locale, '检查期间', 'Period')}</th><td>${esc(s.window.from)} – ${esc(s.window.to)}; ${t(locale, '评价', 'evaluated')} ${esc(evaluated)}</td></tr>
<tr><th>${t(locale, '评价时间', 'As of')}</th><td>${esc(s.window.now)} (${esc(s.window.timeZone)})</td></tr>
<tr><th>${t(locale, '适用性', 'Applicability')}</th><td>${t(locale, '适用', 'in scope')}: ${yesNo(locale, a.inScope)}; ${t(locale, '须配备总监', 'director required')}: ${yesNo(locale, a.requiresDirector)}; ${t(locale, '规模', 'size')}: ${sizeLabel(locale, a.sizeClass)}<ul>${a.reasons.map((r) => `<li>${esc(r.article)}: ${esc(localize(r.text, locale))}</li>`).join('')}</ul></td></tr>
${s.calendar.note ? `<tr><th>${t(locale, '节假日表', 'Holiday table')}</th><td>${esc(localize(s.calendar.note, locale))}</td></tr>` : ''}
<tr><th>${t(locale, '发现', 'Findings')}</th><td><span class="violation">${t(locale, '严重', 'violations')} ${s.counts.violation}</span> · <span class="warning">${t(locale, '警示', 'warnings')} ${s.counts.warning}</span> · <span class="info">${t(locale, '提示', 'info')} ${s.counts.info}</span></td></tr>
</table>
<h2>${t(locale, '日管控、周排查、月调度', 'Daily, weekly, monthly')}</h2>
<table><tr><th></th><th>${t(locale, '应有', 'due')}</th><th>${t(locale, '已有', 'recorded')}</th><th>${t(locale, '缺', 'missing')}</th><th>${t(locale, '迟', 'late')}</th><th>${t(locale, '未到期', 'pending')}</th></tr>
${cad(t(locale, '每日检查', 'Daily checks'), s.cadence.daily)}${cad(t(locale, '周报告', 'Weekly reports'), s.cadence.weekly)}${cad(t(locale, '月度纪要', 'Monthly minutes'), s.cadence.monthly)}</table>
<h2>${t(locale, '每日检查日历', 'Daily checks by day')}</h2>
${calendarHtml(calendar, locale)}
<h2>${t(locale, '隐患', 'Hazards')}</h2>
<p>${t(locale, '发现', 'found')} ${s.hazards.found} · ${t(locale, '关闭', 'closed')} ${s.hazards.closed} · ${t(locale, '未关闭', 'open')} ${s.hazards.open}</p>
${openHazards ? `<table><tr><th>${t(locale, '隐患编号', 'Hazard')}</th><th>${t(locale, '厂区', 'Site')}</th><th>${t(locale, '发现日期', 'Found')}</th><th>${t(locale, '天数', 'Age (days)')}</th><th>${t(locale, '整改期限', 'Fix by')}</th><th>${t(locale, '状态', 'Status')}</th></tr>${openHazards}</table>` : ''}
<h2>${t(locale, '发现的记录缺口', 'Findings')}</h2>
${findings ? `<table><tr><th>${t(locale, '级别', 'Severity')}</th><th>${t(locale, '规则', 'Rule')}</th><th>${t(locale, '条款', 'Art.')}</th><th>${t(locale, '日期', 'When')}</th><th>${t(locale, '厂区', 'Site')}</th><th>${t(locale, '隐患', 'Hazard')}</th><th>${t(locale, '说明', 'Message')}</th></tr>${findings}</table>` : `<p>${t(locale, '未发现记录缺口。', 'No findings.')}</p>`}
<h2>${t(locale, '第十七条情形', 'Art. 17 limbs')}</h2>
<ul>${s.exposure.limbs.map((l) => `<li>${esc(localize(l.text, locale))}: ${l.findings}${l.rules.length ? ` (${esc(l.rules.join(', '))})` : ''}</li>`).join('')}</ul>
<p class="note">${esc(localize(s.exposure.note, locale))}</p>
<p class="note">${esc(localize(s.notes.art16, locale))}</p>
<p class="note"><strong>${esc(localize(s.notes.disclaimer, locale))}</strong></p>
</body></html>
`;
}
