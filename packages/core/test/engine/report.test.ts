/** Real engine output validates against schemas/reports/check-report.schema.json (ajv as the project configures it). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCompliance } from '../../src/engine/checkCompliance';
import { RULE_IDS } from '../../src/rules/catalogue';
import { createAjv } from '../../src/validation/ajv';
import { applicabilityScenarios } from '../scenarios/applicability';
import { dailyScenarios } from '../scenarios/daily';
import { documentScenarios } from '../scenarios/documents';
import { hazardScenarios } from '../scenarios/hazards';
import { opinionScenarios } from '../scenarios/opinions';
import { personnelScenarios } from '../scenarios/personnel';
import { signatureScenarios } from '../scenarios/signatures';
import { cadenceScenarios } from '../scenarios/weekly-monthly';

const schema = JSON.parse(readFileSync(new URL('../../../../schemas/reports/check-report.schema.json', import.meta.url), 'utf8'));
const ajv = createAjv();
ajv.addSchema(schema);
const validate = ajv.getSchema('https://order75.dev/schemas/reports/check-report.schema.json');
const all = [...applicabilityScenarios, ...dailyScenarios, ...documentScenarios, ...hazardScenarios, ...opinionScenarios, ...personnelScenarios, ...signatureScenarios, ...cadenceScenarios];

describe('check report schema', () => {
  it('lists exactly the engine’s rule IDs', () => {
    expect(schema.$defs.ruleId.enum).toEqual(RULE_IDS);
  });

  it.each(all.map((s) => [s.name, s] as const))('validates the report of: %s', (_name, scenario) => {
    const { records, options } = scenario.world();
    const report = checkCompliance(records, options);
    const ok = validate?.(JSON.parse(JSON.stringify(report)));
    expect(ok ? [] : validate?.errors).toEqual([]);
  });

  it('rejects a report whose finding has neither date nor period', () => {
    const bad = { findings: [{ rule: 'art3.system-missing', article: '3', severity: 'violation', recordIds: [], message: { zh: '缺', en: 'missing' } }], summary: {} };
    expect(validate?.(bad)).toBe(false);
  });
});
