import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkManifest } from '../../src/manifest/checkManifest';
import schema from '../../src/manifest/manifest.schema.json';
import { chinaDate, inPeriod, recordDate } from '../../src/manifest/recordDate';
import { chainFixture } from '../fixtures/chainFixture';
import { entriesOf } from '../fixtures/rezip';

const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addVocabulary(['x-title-en', 'x-description-en']);
addFormats.default(ajv);
const validate = ajv.compile(schema);
const utf8 = new TextEncoder();

// biome-ignore lint/suspicious/noExplicitAny: tests edit arbitrary manifest JSON
let manifest: Record<string, any>;
beforeAll(async () => {
  const archive = await (await chainFixture({ withPeople: true })).pack();
  manifest = JSON.parse(new TextDecoder().decode(entriesOf(archive).get('manifest.json')));
});

// biome-ignore lint/suspicious/noExplicitAny: tests edit arbitrary manifest JSON
const broken: Array<[string, (m: Record<string, any>) => void]> = [
  ['wrong format', (m) => { m.format = 'zip'; }],
  ['newer version', (m) => { m.version = 2; }],
  ['bad USCC', (m) => { m.enterprise.uscc = '123'; }],
  ['period without to', (m) => { delete m.period.to; }],
  ['unknown hash algorithm', (m) => { m.hashAlgorithm = 'md5'; }],
  ['anchor prev not a hash', (m) => { m.chain.anchor.prev = 'abc'; }],
  ['head seq 0', (m) => { m.chain.head.seq = 0; }],
  ['record without date', (m) => { delete m.records[0].recordDate; }],
  ['record with an extra field', (m) => { m.records[0].extra = 1; }],
  ['count of zero', (m) => { m.counts['daily-check'] = 0; }],
  ['attachment without size', (m) => { delete m.attachments[0].size; }],
  ['short public key', (m) => { m.keys[0].publicKey = 'AAAA'; }],
  ['key revoked at a non-time', (m) => { m.keys[0].revokedAt = 'yesterday'; }],
  ['people without hash', (m) => { delete m.people.hash; }],
  ['unknown top-level field', (m) => { m.signedBy = 'me'; }],
  ['missing keys', (m) => { delete m.keys; }],
];

describe('the manifest shape', () => {
  it('a built manifest passes both the JSON Schema and checkManifest', () => {
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    expect(checkManifest(utf8.encode(JSON.stringify(manifest))).issues).toEqual([]);
  });

  it.each(broken)('checkManifest and manifest.schema.json both refuse: %s', (_name, change) => {
    const copy = structuredClone(manifest);
    change(copy);
    expect(validate(copy)).toBe(false);
    const { manifest: accepted, issues } = checkManifest(utf8.encode(JSON.stringify(copy)));
    expect(accepted).toBeUndefined();
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.file === 'manifest.json' && i.message.zh.startsWith('manifest.json：'))).toBe(true);
  });

  it('refuses bytes that are not UTF-8 JSON', () => {
    expect(checkManifest(new Uint8Array([0xff, 0xfe])).issues.map((i) => i.code)).toEqual(['manifest.not-json']);
    expect(checkManifest(utf8.encode('[1]')).issues.map((i) => i.code)).toEqual(['manifest.shape']);
  });
});

describe('record dates', () => {
  it.each([
    [{ recordType: 'daily-check', schemaVersion: 1, date: '2024-05-01' }, '2024-05-01'],
    [{ recordType: 'weekly-report', schemaVersion: 1, week: '2024-W18', reviewDate: '2024-05-03' }, '2024-05-03'],
    [{ recordType: 'opinion', schemaVersion: 1, raisedAt: '2024-04-30T16:30:00Z' }, '2024-05-01'],
    [{ recordType: 'opinion', schemaVersion: 1, raisedAt: '2024-05-01T23:30:00+08:00' }, '2024-05-01'],
    [{ recordType: 'enterprise-profile', schemaVersion: 1, createdAt: '2024-05-02T09:00:00+08:00' }, '2024-05-02'],
    [{ recordType: 'risk-list', schemaVersion: 1, effectiveDate: '2024-01-01' }, '2024-01-01'],
    [{ recordType: 'daily-check', schemaVersion: 1 }, undefined],
    [{ recordType: 'no-such-type', date: '2024-05-01' }, undefined],
  ])('%j is dated %s', (record, expected) => {
    expect(recordDate(record)).toBe(expected);
  });

  it('counts the period inclusively and dates instants in China time', () => {
    expect(inPeriod({ recordType: 'daily-check', schemaVersion: 1, date: '2024-05-31' }, '2024-05-01', '2024-05-31')).toBe(true);
    expect(inPeriod({ recordType: 'daily-check', schemaVersion: 1, date: '2024-06-01' }, '2024-05-01', '2024-05-31')).toBe(false);
    expect(chinaDate('2024-05-31T16:00:00Z')).toBe('2024-06-01');
    expect(chinaDate('not a date')).toBeUndefined();
  });
});
