/**
 * `docs/rules.md` is rendered from the rule catalogue; drift fails this test (update with `vitest -u`), and the page
 * must name every rule ID.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINES } from '../../src/engine/options';
import { RULE_IDS, RULES, type RuleMeta } from '../../src/rules/catalogue';

const SEVERITY = { violation: '严重缺口 violation', warning: '警示 warning', info: '提示 info' } as const;
const UNIT: Record<RuleMeta['unit'], string> = {
  'calendar-day': '日历日 calendar days (runs)',
  'production-day': '厂区生产日 site production days (runs)',
  'iso-week': 'ISO 周 ISO weeks (runs)',
  month: '月 months (runs)',
  version: '文件版本 document version',
  record: '记录 record',
  hazard: '隐患 hazard',
};

function render(): string {
  const lines = [
    '# Compliance rules / 合规检查规则',
    '',
    '<!-- generated from packages/core/src/rules/catalogue.ts by packages/core/test/rules/rulesDoc.test.ts — do not edit; run `pnpm vitest run packages/core/test/rules -u` -->',
    '',
    'Every rule ID that `checkCompliance()` (`@order75/core`) reports, with its article of SAMR Order No. 75, fixed severity,',
    'the Art. 17 limb it maps to, its unit, anchor and default deadline. Semantics are fixed by',
    '`regulation/OBLIGATIONS.md`; rule IDs are public API (never renamed, only added).',
    '',
    '> 发现项描述的是记录证据的缺口（“未见…记录”），不是法律认定。 Findings describe gaps in the recorded evidence; they are not legal determinations.',
    '',
    '## Conventions / 评价约定',
    '',
    '- **Window / 期间**: local dates D with max(from, 2023-05-05) ≤ D ≤ min(to, today); a week counts when one of its production days is in the window, a month when one of its days is.',
    '- **Due / 到期**: a day-state unit at the end of its day; a cadence unit at its deadline. Units not yet due and not satisfied are listed as `pending` in the summary, never as findings.',
    '- **Deadlines / 期限**: "n days after X" ends at 24:00 local time of date(X) + n; hours are instants. They are project defaults (option `deadlines`), not law.',
    '- **Runs / 连续区间**: date-based rules report one finding per maximal run of adjacent units (a single day as `date`, otherwise `period` + `dates`); weeks and months carry their label (`2026-W53`, `2026-12`) and full period. Out-of-scope days break runs; days that are not units of the rule (rest days for daily rules) do not.',
    '- **Anchors before the window / 窗口前的锚点**: reported when the condition still held on the window’s first day; `-late` findings and `art10.calendar-backdated` only when the anchor is in the window.',
    '- **Suppression / 抑制**: out of scope → nothing; no management system in force → only `art3.system-missing` among the rules reading it; no risk list → no `art10.checklist-incomplete`; no officer → `art3.officer-missing`, not `art10.daily-missing`; a daily check on a non-production day triggers nothing.',
    '- **Records / 记录**: only the latest final revision of an id counts; drafts do not exist for the engine.',
    '',
    '### Default deadlines / 默认期限',
    '',
    '| Option | Default |',
    '|---|---|',
    ...Object.entries(DEFAULT_DEADLINES).map(([k, v]) => `| \`${k}\` | ${v} |`),
    '',
    '## Rules / 规则一览',
    '',
    '| Rule | Art. | Severity | Art. 17 | Unit |',
    '|---|---|---|---|---|',
    ...RULES.map((r) => `| [\`${r.id}\`](#${r.id.replace(/\./g, '')}) | ${r.article} | ${r.severity} | ${r.limb ? `(${r.limb})` : '—'} | ${r.unit} |`),
    '',
  ];
  for (const r of RULES) {
    lines.push(
      `### ${r.id}`,
      '',
      `**${r.title.zh}** / ${r.title.en}`,
      '',
      `- Article / 条款: ${r.article} · Severity / 严重程度: ${SEVERITY[r.severity]} · Art. 17 limb / 第十七条情形: ${r.limb ? `(${r.limb})` : '—'} · Unit / 单位: ${UNIT[r.unit]}`,
      `- Fires / 触发: ${r.fires.zh}。 ${r.fires.en}.`,
      `- Does not fire / 不触发: ${r.notFires ? `${r.notFires.zh}。 ${r.notFires.en}.` : '—'}`,
      `- Anchor / 锚点: ${r.anchor.zh} / ${r.anchor.en}`,
      `- Default deadline / 默认期限: ${r.deadline ? `${r.deadline.zh} / ${r.deadline.en}` : '—'}`,
      '',
    );
  }
  lines.push(
    '## Record-level checks / 表单提交前检查',
    '',
    '`recordLevelIssues(record)` runs the record-level part of these rules on one record (same rule ID, severity and message',
    'where the record alone decides), plus `form.*` checks only a form can make: `form.veto-trigger-missing`,',
    '`form.veto-certificate-missing`, `form.zero-risk-mismatch`, `form.delegate-authorisation-missing`,',
    '`form.review-before-week`, `form.spot-check-rectification-missing`, `form.size-measure-undated`.',
    '',
  );
  return lines.join('\n');
}

describe('docs/rules.md', () => {
  it('is rendered from the catalogue', async () => {
    await expect(render()).toMatchFileSnapshot('../../../../docs/rules.md');
  });

  it('names every rule ID', () => {
    const doc = readFileSync(new URL('../../../../docs/rules.md', import.meta.url), 'utf8');
    for (const id of RULE_IDS) expect(doc).toContain(`### ${id}`);
    expect(RULE_IDS).toHaveLength(42);
  });
});
