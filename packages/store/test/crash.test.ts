import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../src/index';
import { dailyCheck } from './helpers/records';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');

describe('SQLite store: crash safety', () => {
  it('a bulk import killed with SIGKILL midway leaves the store consistent, with nothing of it written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'o75-crash-'));
    const path = join(dir, 'store.db');
    try {
      const before = await createSqliteStore({ path });
      const baseline = [dailyCheck(), dailyCheck()];
      await before.putMany(baseline, { actor: 'setup' });
      await before.close();

      const child = spawn(process.execPath, ['--conditions=@order75/source', '--import', 'tsx', join(here, 'helpers', 'crashChild.ts'), path, '1000'], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('half')) resolve();
        });
        child.on('exit', () => reject(new Error(`child exited before the midpoint: ${out} ${err}`)));
      });
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      expect(out).not.toContain('done');

      const after = await createSqliteStore({ path });
      try {
        expect((await after.query()).map((r) => r.id).sort()).toEqual(baseline.map((r) => r.id).sort());
        const v = await after.verifyChain();
        expect(v.issues).toEqual([]);
        expect(v.chains[0]?.count).toBe(2);
        // The store keeps working: the next write continues the chain at 3.
        expect((await after.put(dailyCheck(), { actor: 'after' })).seq).toBe(3);
        expect((await after.outbox.claim('x', { limit: 100 })).items).toHaveLength(3);
      } finally {
        await after.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
