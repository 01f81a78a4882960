import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../src/index';
import { backends } from './helpers/backends';

describe.each(backends)('migrations on $name', (backend) => {
  it('applies each version once, records it, and refuses a database newer than the code', async () => {
    const opened = await backend.open();
    try {
      const again = await opened.reopen();
      expect(again.alg).toBe('sha256');
      const rows = await opened.raw('SELECT version FROM o75_migrations ORDER BY version');
      expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
      await opened.raw("INSERT INTO o75_migrations (version, name, applied_at) VALUES (?, 'future', 'x')", [SCHEMA_VERSION + 1]);
      await expect(opened.reopen()).rejects.toThrow(/newer than this @order75\/store knows/);
    } finally {
      await opened.dispose();
    }
  });

  it('fixes the hash algorithm at creation: an SM3 store stays SM3', async () => {
    const opened = await backend.open({ alg: 'sm3' });
    try {
      const { store } = opened;
      expect(store.alg).toBe('sm3');
      const { dailyCheck } = await import('./helpers/records');
      const put = await store.put(dailyCheck(), { actor: 'x' });
      expect(put.contentHash).toMatch(/^sm3:[0-9a-f]{64}$/);
      expect((await store.verifyChain()).ok).toBe(true);
      expect((await opened.reopen()).alg).toBe('sm3');
    } finally {
      await opened.dispose();
    }
  });
});
