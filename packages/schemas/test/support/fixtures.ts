/** Reads the JSON-Schema-Test-Suite–shaped fixtures under `schemas/fixtures/`. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** An issue an invalid case must raise: for `required` and unknown fields, the path of the field itself. */
export interface ExpectedIssue {
  instancePath: string;
  keyword: string;
}

export interface FixtureTest {
  description: string;
  data: unknown;
  valid: boolean;
  /** Project extension: exactly the issues an invalid case raises, so each case tests the one thing it names. */
  'x-issues'?: ExpectedIssue[];
}

export interface FixtureGroup {
  description: string;
  schema: { $ref: string };
  tests: FixtureTest[];
}

export interface FixtureFile {
  /** `records/daily-check.json`, `common/signature.json`. */
  file: string;
  groups: FixtureGroup[];
}

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const fixturesDir = join(repoRoot, 'schemas/fixtures');

/** Every fixture file in `schemas/fixtures/<folder>/`, sorted by name. */
export function loadFixtures(folder: 'records' | 'common'): FixtureFile[] {
  const dir = join(fixturesDir, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: `${folder}/${f}`, groups: JSON.parse(readFileSync(join(dir, f), 'utf8')) as FixtureGroup[] }));
}

/** The record type a group's `$ref` names, or undefined for common parts. */
export function recordTypeOf(ref: string): string | undefined {
  return /\/schemas\/records\/([a-z-]+)\.schema\.json$/.exec(ref)?.[1];
}

/** The first valid case of a record type's fixtures: the realistic record the story is built from. */
export function firstValid(recordType: string): Record<string, unknown> {
  const file = loadFixtures('records').find((f) => f.file === `records/${recordType}.json`);
  const test = file?.groups.flatMap((g) => g.tests).find((t) => t.valid);
  if (!test) throw new Error(`no valid fixture for ${recordType}`);
  return structuredClone(test.data) as Record<string, unknown>;
}

/** Every valid record in the record fixtures. */
export function validRecords(): Record<string, unknown>[] {
  return loadFixtures('records').flatMap((f) =>
    f.groups.flatMap((g) => g.tests.filter((t) => t.valid).map((t) => t.data as Record<string, unknown>)),
  );
}
