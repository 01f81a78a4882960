/**
 * The one runner for every schema fixture (`schemas/fixtures/**`, JSON-Schema-Test-Suite shape). Each case goes
 * through a runtime ajv from `createAjv()`, the precompiled `validators`, and `validateRecord`; all three must agree
 * with `valid`, and an invalid case must raise exactly the issues its `x-issues` lists. Common parts are also
 * checked inside a realistic record (their host), so the precompiled validators and `validateRecord` see them too.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { createAjv, validateRecord, type ValidationIssue } from '@order75/core';
import { bundledSchemas, RECORD_TYPES, validators, type JsonSchema, type RecordType } from '@order75/schemas';
import { firstValid, loadFixtures, recordTypeOf, type FixtureTest } from './support/fixtures';

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
const precompiled = validators as unknown as Record<string, Validator>;

const ajv = createAjv();
const compiled = new Map<string, ValidateFunction>();
function runtime(ref: string): ValidateFunction {
  let v = compiled.get(ref);
  if (!v) {
    v = ajv.compile({ $ref: ref });
    compiled.set(ref, v);
  }
  return v;
}

const pointerToken = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** ajv error → `path keyword`, with required and unknown fields pointing at the field, as `validateRecord` does. */
function errorKey(e: ErrorObject, prefix = ''): string {
  const p = e.params as Record<string, unknown>;
  const field = p.missingProperty ?? p.additionalProperty ?? p.unevaluatedProperty;
  const known = ['required', 'additionalProperties', 'unevaluatedProperties'].includes(e.keyword);
  return `${prefix}${e.instancePath}${known && field !== undefined ? `/${pointerToken(String(field))}` : ''} ${e.keyword}`;
}

const keys = (list: string[]) => [...new Set(list)].sort();
const ajvKeys = (errors: ErrorObject[] | null | undefined, prefix = '') =>
  keys((errors ?? []).filter((e) => e.keyword !== 'if').map((e) => errorKey(e, prefix)));
const issueKeys = (issues: ValidationIssue[]) => keys(issues.map((i) => `${i.instancePath} ${i.keyword}`));
const expectedKeys = (test: FixtureTest, prefix = '') =>
  keys((test['x-issues'] ?? []).map((i) => `${prefix}${i.instancePath} ${i.keyword}`));

const HAN = /\p{Script=Han}/u;

/** The zh titles met along an instance path in a bundled schema, the record's own title first. */
function titlesAlong(schema: JsonSchema, pointer: string): string[] {
  const titles: string[] = [];
  let node = schema as Record<string, unknown> | undefined;
  const push = (n: Record<string, unknown> | undefined) => {
    if (typeof n?.title === 'string' && HAN.test(n.title)) titles.push(n.title);
  };
  push(node);
  for (const seg of pointer.split('/').slice(1)) {
    node = /^\d+$/.test(seg)
      ? (node?.items as Record<string, unknown> | undefined)
      : (node?.properties as Record<string, Record<string, unknown>> | undefined)?.[seg];
    push(node);
  }
  return titles;
}

/** Issues must name the field (or a parent) by its Chinese title and say something in English too. */
function expectReadable(issues: ValidationIssue[], type: RecordType) {
  for (const issue of issues) {
    expect(issue.message.zh.startsWith(`${issue.field.zh}：`), issue.message.zh).toBe(true);
    expect(issue.message.en.startsWith(`${issue.field.en}: `), issue.message.en).toBe(true);
    expect(issue.message.en.length, issue.message.zh).toBeGreaterThan(issue.field.en.length + 2);
    const titles = titlesAlong(bundledSchemas[type], issue.instancePath);
    expect(
      titles.some((t) => issue.message.zh.includes(t)),
      `"${issue.message.zh}" names none of ${titles.join(', ')}`,
    ).toBe(true);
  }
}

/** Where each common part sits in a realistic record, so it can be validated in place as well. */
const HOSTS: Record<string, { type: RecordType; pointer: string }> = {
  'signature.schema.json': { type: 'daily-check', pointer: '/signatures/0' },
  'attachment.schema.json': { type: 'personnel-change', pointer: '/appointmentDocument' },
  'hazard-update.schema.json': { type: 'weekly-report', pointer: '/hazardUpdates/0' },
  'person-ref.schema.json': { type: 'daily-check', pointer: '/inspector' },
  'identifiers.schema.json#/$defs/uscc': { type: 'daily-check', pointer: '/enterprise' },
  'identifiers.schema.json#/$defs/productionLicence': { type: 'enterprise-profile', pointer: '/products/0/certificates/0/number' },
  'identifiers.schema.json#/$defs/regionCode': { type: 'enterprise-profile', pointer: '/regionCode' },
  'identifiers.schema.json#/$defs/hazardId': { type: 'weekly-report', pointer: '/hazards/0/hazardId' },
  'period.schema.json#/$defs/localDate': { type: 'daily-check', pointer: '/date' },
  'period.schema.json#/$defs/instant': { type: 'daily-check', pointer: '/checkedAt' },
  'period.schema.json#/$defs/isoWeek': { type: 'weekly-report', pointer: '/week' },
  'period.schema.json#/$defs/month': { type: 'monthly-meeting', pointer: '/month' },
};

function embed(type: RecordType, pointer: string, value: unknown): Record<string, unknown> {
  const record = firstValid(type);
  const segs = pointer.split('/').slice(1);
  let node = record as Record<string, unknown>;
  for (const seg of segs.slice(0, -1)) node = node[seg] as Record<string, unknown>;
  const last = segs.at(-1) as string;
  if (!(last in node)) throw new Error(`host ${type}${pointer} does not exist`);
  node[last] = structuredClone(value);
  return record;
}

function checkRecordCase(type: RecordType, ref: string, test: FixtureTest, data: unknown, prefix = '') {
  const viaRuntime = runtime(ref);
  const viaPrecompiled = precompiled[`${type}@1`] as Validator;
  expect(viaRuntime(data), 'runtime ajv').toBe(test.valid);
  expect(viaPrecompiled(data), 'precompiled validator').toBe(test.valid);
  const result = validateRecord(data);
  expect(result.ok, result.ok ? 'validateRecord' : JSON.stringify(result.issues.map((i) => i.message.zh))).toBe(test.valid);
  if (test.valid || result.ok) return;
  const expected = expectedKeys(test, prefix);
  expect(ajvKeys(viaRuntime.errors), 'runtime ajv errors').toEqual(expected);
  expect(ajvKeys(viaPrecompiled.errors), 'precompiled errors').toEqual(expected);
  // validateRecord tells a person once that an empty field must be filled: `minLength` wins over `non-blank`.
  const forPeople = expected.filter((k) => !(k.endsWith(' format') && expected.includes(k.replace(/ format$/, ' minLength'))));
  expect(issueKeys(result.issues), 'validateRecord issues').toEqual(forPeople);
  expectReadable(result.issues, type);
}

const recordFiles = loadFixtures('records');
const commonFiles = loadFixtures('common');

describe('fixture files', () => {
  it.each(RECORD_TYPES.map((t) => [t]))('%s has valid and several invalid cases', (type) => {
    const file = recordFiles.find((f) => f.file === `records/${type}.json`);
    expect(file, `schemas/fixtures/records/${type}.json`).toBeDefined();
    const tests = file?.groups.flatMap((g) => g.tests) ?? [];
    expect(tests.filter((t) => t.valid).length).toBeGreaterThanOrEqual(2);
    expect(tests.filter((t) => !t.valid).length).toBeGreaterThanOrEqual(5);
    for (const g of file?.groups ?? []) expect(recordTypeOf(g.schema.$ref)).toBe(type);
  });

  it('every invalid case lists the issues it raises, and no valid case does', () => {
    for (const { file, groups } of [...recordFiles, ...commonFiles]) {
      for (const t of groups.flatMap((g) => g.tests)) {
        const where = `${file}: ${t.description}`;
        if (t.valid) expect(t['x-issues'], where).toBeUndefined();
        else expect(t['x-issues']?.length, where).toBeGreaterThan(0);
      }
    }
  });

  it('every common part with a host in a record has one', () => {
    const refs = commonFiles.flatMap((f) => f.groups.map((g) => g.schema.$ref.replace(/^.*\/common\//, '')));
    expect(refs.filter((r) => !HOSTS[r])).toEqual(['period.schema.json']);
  });
});

for (const { file, groups } of recordFiles) {
  describe(file, () => {
    for (const group of groups) {
      const type = recordTypeOf(group.schema.$ref) as RecordType;
      describe(group.description, () => {
        it.each(group.tests.map((t) => [t.description, t]))('%s', (_d, test) => {
          if (test.valid) expect((test.data as { recordType?: string }).recordType).toBe(type);
          checkRecordCase(type, group.schema.$ref, test, test.data);
        });
      });
    }
  });
}

for (const { file, groups } of commonFiles) {
  describe(file, () => {
    for (const group of groups) {
      const ref = group.schema.$ref;
      const host = HOSTS[ref.replace(/^.*\/common\//, '')];
      describe(group.description, () => {
        it.each(group.tests.map((t) => [t.description, t]))('%s', (_d, test) => {
          const v = runtime(ref);
          expect(v(test.data), 'runtime ajv').toBe(test.valid);
          if (!test.valid) expect(ajvKeys(v.errors), 'runtime ajv errors').toEqual(expectedKeys(test));
          if (host) {
            const data = embed(host.type, host.pointer, test.data);
            checkRecordCase(host.type, `https://order75.dev/schemas/records/${host.type}.schema.json`, test, data, host.pointer);
          }
        });
      });
    }
  });
}
