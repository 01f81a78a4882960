/**
 * Property: whatever is changed, dropped, reordered or inserted — bytes, lines, events, attachments, people —
 * `verifyArchive` says the archive is not intact. Runs on a 22-event chain with key signatures and a photo.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeSha256Hasher } from '../../src/node/nodeSha256Hasher';
import { verifyArchive } from '../../src/verify/verifyArchive';
import { chainFixture, type Fixture } from '../fixtures/chainFixture';
import { entriesOf } from '../fixtures/rezip';
import { type Mutation, mutations, rewriteChain } from './mutationArbitraries';

let fx: Fixture;
let intact: Uint8Array;
let files: Map<string, Uint8Array>;
beforeAll(async () => {
  fx = await chainFixture({ withPeople: true });
  intact = await fx.pack();
  files = entriesOf(intact);
});

const RUNS = 150;

async function detected(mutation: Mutation): Promise<boolean> {
  const report = await verifyArchive(mutation.apply(intact, files), { hasher: nodeSha256Hasher });
  return !report.ok && report.issues.some((i) => i.severity === 'error');
}

describe('every mutation of an archive is detected', () => {
  it('the intact archive verifies (the properties below start from a clean slate)', async () => {
    expect((await verifyArchive(intact)).ok).toBe(true);
  });

  for (const [name, arbitrary] of Object.entries(mutations)) {
    it(name, async () => {
      await fc.assert(fc.asyncProperty(arbitrary(() => files), async (m) => detected(m)), { numRuns: RUNS });
    });
  }

  it('a record rewritten with a recomputed content hash, chain and manifest head: its key signature fails', async () => {
    const lines = new TextDecoder().decode(files.get('records.jsonl')).trimEnd().split('\n');
    const at = lines.findIndex((l) => l.includes('"kind":"revision"') && l.includes('"site":"S1"'));
    const bytes = await rewriteChain(intact, files, at, (record) => ({ ...record, site: 'S9' }));
    const report = await verifyArchive(bytes, { hasher: nodeSha256Hasher });
    expect(report.intact).toBe(false);
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['signature.invalid']);
  });
});
