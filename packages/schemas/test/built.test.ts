/**
 * The package as published: `pnpm --filter @order75/schemas build`, then `dist/index.js` imported by a plain
 * Node process (not vitest, whose module interop hides CommonJS/ESM mistakes) validating fixtures with the
 * precompiled `validators`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstValid, loadFixtures, repoRoot } from './support/fixtures';

const dist = join(repoRoot, 'packages/schemas/dist/index.js');

/** Runs in a fresh `node`: imports the built module and validates each case, printing the outcomes as JSON. */
const SCRIPT = `
const { validators, bundledSchemas, recordSchemas } = await import(process.argv[1]);
let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = JSON.parse(input).map(({ key, data }) => {
  const validate = validators[key];
  const ok = validate(data);
  return { ok, errors: (validate.errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, params: e.params })) };
});
console.log(JSON.stringify({ results, validators: Object.keys(validators).length, bundled: Object.keys(bundledSchemas).length, records: Object.keys(recordSchemas).length }));
`;

interface Outcome {
  results: { ok: boolean; errors: { instancePath: string; keyword: string; params: Record<string, unknown> }[] }[];
  validators: number;
  bundled: number;
  records: number;
}

function runBuilt(cases: { key: string; data: unknown }[]): Outcome {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT, pathToFileURL(dist).href], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
  });
  return JSON.parse(out) as Outcome;
}

/** The data of a named fixture case. */
function fixture(type: string, description: string): unknown {
  const tests = loadFixtures('records').find((f) => f.file === `records/${type}.json`)?.groups.flatMap((g) => g.tests) ?? [];
  const test = tests.find((t) => t.description === description);
  if (!test) throw new Error(`no fixture "${description}" in ${type}`);
  return test.data;
}

let outcome: Outcome;

beforeAll(() => {
  execFileSync('pnpm', ['--filter', '@order75/schemas', 'build'], { cwd: repoRoot, stdio: 'pipe', timeout: 240_000 });
  outcome = runBuilt([
    { key: 'daily-check@1', data: firstValid('daily-check') },
    { key: 'daily-check@1', data: fixture('daily-check', '发现隐患的行缺少隐患编号') },
    { key: 'daily-check@1', data: fixture('daily-check', '零风险报告却有发现隐患的行') },
    { key: 'weekly-report@1', data: firstValid('weekly-report') },
    { key: 'weekly-report@1', data: fixture('weekly-report', '2025-W53：2025 年只有 52 个 ISO 周') },
  ]);
}, 300_000);

describe('dist/index.js under plain Node ESM', () => {
  it('loads every validator and the schemas it bundles', () => {
    expect(outcome.validators).toBe(outcome.records);
    expect(outcome.validators).toBeGreaterThanOrEqual(17);
    expect(outcome.bundled).toBe(17);
  });

  it("accepts a valid daily check with validators['daily-check@1']", () => {
    expect(outcome.results[0]).toEqual({ ok: true, errors: [] });
  });

  it('rejects a hazard row without a hazard id, naming the field', () => {
    const r = outcome.results[1];
    expect(r?.ok).toBe(false);
    expect(r?.errors).toContainEqual(expect.objectContaining({ instancePath: '/items/3', keyword: 'required', params: { missingProperty: 'hazardId' } }));
  });

  it('rejects a zero-risk report that has a hazard row', () => {
    expect(outcome.results[2]?.ok).toBe(false);
    expect(outcome.results[2]?.errors).toContainEqual(expect.objectContaining({ instancePath: '/items/3/result', keyword: 'enum' }));
  });

  it('checks project formats (ISO week 2025-W53 does not exist) in the built code', () => {
    expect(outcome.results[3]).toEqual({ ok: true, errors: [] });
    expect(outcome.results[4]?.errors).toContainEqual(expect.objectContaining({ instancePath: '/week', keyword: 'format' }));
  });
});
