/**
 * Child process for the crash test: opens the SQLite store, starts one bulk import, and halfway through
 * says so and stalls (a slow import), so the parent's SIGKILL lands inside the open transaction.
 */
import { writeSync } from 'node:fs';
import { createSqliteStore } from '../../src/index';
import { dailyCheck } from './records';

const [path, countText] = process.argv.slice(2);
const count = Number(countText);
const store = await createSqliteStore({ path: path as string });
const records = Array.from({ length: count }, (_, i) => dailyCheck({ date: `2026-05-${String((i % 28) + 1).padStart(2, '0')}` }));
writeSync(1, 'start\n');
await store.putMany(records, {
  actor: 'import',
  onProgress(done, total) {
    if (done === Math.floor(total / 2)) {
      writeSync(1, 'half\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
    }
  },
});
writeSync(1, 'done\n');
await store.close();
