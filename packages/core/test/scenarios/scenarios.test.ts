/** One runner for every scenario table: records must be schema-valid, findings must equal the expected ones exactly. */
import { describe, expect, it } from 'vitest';
import { checkCompliance } from '../../src/engine/checkCompliance';
import type { Finding } from '../../src/engine/finding';
import { RULE_IDS, ruleMeta } from '../../src/rules/catalogue';
import { validateRecord } from '../../src/validation/validateRecord';
import { applicabilityScenarios } from './applicability';
import { dailyScenarios } from './daily';
import { documentScenarios } from './documents';
import { hazardScenarios } from './hazards';
import { opinionScenarios } from './opinions';
import { personnelScenarios } from './personnel';
import { signatureScenarios } from './signatures';
import type { Expected, Scenario } from './types';
import { cadenceScenarios } from './weekly-monthly';

const tables: Record<string, readonly Scenario[]> = {
  applicability: applicabilityScenarios,
  daily: dailyScenarios,
  hazards: hazardScenarios,
  'weekly and monthly': cadenceScenarios,
  documents: documentScenarios,
  personnel: personnelScenarios,
  opinions: opinionScenarios,
  signatures: signatureScenarios,
};

/** The comparable part of a finding or an expectation. */
function project(f: Finding | Expected): string {
  const period = 'period' in f && f.period ? (Array.isArray(f.period) ? f.period : [(f.period as { from: string }).from, (f.period as { to: string }).to]) : undefined;
  return JSON.stringify([f.rule, f.date ?? null, period ?? null, f.label ?? null, f.site ?? null, f.subjects ?? null, f.hazardId ?? null]);
}

for (const [group, scenarios] of Object.entries(tables)) {
  describe(`scenarios: ${group}`, () => {
    it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
      const { records, options } = scenario.world();
      for (const r of records) {
        const v = validateRecord(r);
        expect(v.ok ? [] : v.issues.map((i) => `${r.recordType} ${r.id}: ${i.message.en}`)).toEqual([]);
      }
      const result = checkCompliance(records, options);
      expect(result.findings.map(project).sort()).toEqual(scenario.expect.map(project).sort());
      for (const f of result.findings) {
        const meta = ruleMeta(f.rule);
        expect([f.article, f.severity]).toEqual([meta.article, meta.severity]);
        expect(f.message.zh).not.toMatch(/违法/);
        expect(f.message.zh.length * f.message.en.length).toBeGreaterThan(0);
      }
      for (const e of scenario.expect.filter((x) => x.details)) {
        expect(result.findings.find((f) => project(f) === project(e))?.details).toMatchObject(e.details ?? {});
      }
      scenario.check?.(result);
    });
  });
}

describe('scenario coverage', () => {
  const all = Object.values(tables).flat();
  it('has at least 60 scenarios', () => expect(all.length).toBeGreaterThanOrEqual(60));
  it('makes every rule ID fire in some scenario', () => {
    const fired = new Set(all.flatMap((s) => s.expect.map((e) => e.rule)));
    expect(RULE_IDS.filter((id) => !fired.has(id))).toEqual([]);
  });
});
