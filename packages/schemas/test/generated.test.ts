/**
 * Drift: everything `pnpm gen` derives from `schemas/` (bundled schemas, types, catalogue, precompiled validators)
 * must equal the committed files, and the generated folders must hold nothing else.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateAll } from '../../../scripts/gen/all';
import { repoRoot } from './support/fixtures';

const HINT = 'is out of date with schemas/: run `pnpm gen` and commit the result';
const GENERATED_DIRS = ['schemas/bundled', 'packages/schemas/src/generated', 'packages/schemas/src/generated/types'];

let files: Map<string, string>;

beforeAll(async () => {
  files = await generateAll(repoRoot);
}, 120_000);

describe('generated files', () => {
  it('cover every record type', () => {
    const bundled = [...files.keys()].filter((p) => p.includes('/schemas/bundled/'));
    expect(bundled).toHaveLength(17);
  });

  it('equal what pnpm gen writes', () => {
    const stale: string[] = [];
    for (const [path, content] of files) {
      const committed = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      if (committed !== content) stale.push(relative(repoRoot, path));
    }
    expect(stale, `${stale.join(', ')} ${HINT}`).toEqual([]);
  });

  it('leave nothing else in the generated folders', () => {
    const extra: string[] = [];
    for (const dir of GENERATED_DIRS) {
      for (const f of readdirSync(join(repoRoot, dir), { withFileTypes: true })) {
        if (!f.isFile()) continue;
        const path = join(repoRoot, dir, f.name);
        if (!files.has(path)) extra.push(relative(repoRoot, path));
      }
    }
    expect(extra, `${extra.join(', ')}: not generated from schemas/ any more; run \`pnpm gen\``).toEqual([]);
  });
});
