/**
 * The outbox (DESIGN.md § Adapters): every write enqueues its revision under the idempotency key
 * `id#revision` in the same transaction; a later signature or status change moves the key to the end, so
 * hosts see the revision again. Each adapter has its own cursor; `claim` leases items, `ack` confirms them;
 * an item whose lease runs out is handed out again (at-least-once).
 */
import { randomUUID } from 'node:crypto';
import type { AnyRecord } from '@order75/schemas';
import type { SqlDriver, SqlExecutor } from '../sql/driver';
import type { Outbox, OutboxItem } from '../types';

/** Queues (or re-queues at the end) the revision `id#revision`. */
export async function enqueue(tx: SqlExecutor, id: string, revision: number, enterprise: string, at: string): Promise<void> {
  const key = `${id}#${revision}`;
  await tx.run('DELETE FROM o75_outbox WHERE idem_key = ?', [key]);
  await tx.run('INSERT INTO o75_outbox (idem_key, id, revision, enterprise, enqueued_at) VALUES (?, ?, ?, ?, ?)', [key, id, revision, enterprise, at]);
}

export function createOutbox(
  driver: SqlDriver,
  read: (id: string, revision: number) => Promise<AnyRecord | undefined>,
  now: () => Date,
): Outbox {
  const cursorOf = async (tx: SqlExecutor, adapter: string) => {
    const rows = await tx.query<{ position: number }>('SELECT position FROM o75_outbox_cursor WHERE adapter = ?', [adapter]);
    return Number(rows[0]?.position ?? 0);
  };
  return {
    async claim(adapter, options = {}) {
      const limit = options.limit ?? 100;
      const leaseMs = options.leaseMs ?? 60_000;
      const token = randomUUID();
      const t = now();
      const claimed = await driver.transaction(async (tx) => {
        await tx.run('INSERT INTO o75_outbox_cursor (adapter, position) VALUES (?, 0) ON CONFLICT (adapter) DO NOTHING', [adapter]);
        if (driver.dialect === 'postgres') await tx.query('SELECT position FROM o75_outbox_cursor WHERE adapter = ? FOR UPDATE', [adapter]);
        const cursor = await cursorOf(tx, adapter);
        const rows = await tx.query<{ position: number; idem_key: string; id: string; revision: number }>(
          `SELECT o.position, o.idem_key, o.id, o.revision FROM o75_outbox o
           LEFT JOIN o75_outbox_delivery d ON d.adapter = ? AND d.position = o.position
           WHERE o.position > ? AND (d.position IS NULL OR (d.acked = 0 AND (d.lease_until IS NULL OR d.lease_until < ?)))
           ORDER BY o.position LIMIT ?`,
          [adapter, cursor, t.toISOString(), limit],
        );
        const until = new Date(t.getTime() + leaseMs).toISOString();
        for (const r of rows) {
          await tx.run(
            `INSERT INTO o75_outbox_delivery (adapter, position, lease_until, claim_token, attempts, acked) VALUES (?, ?, ?, ?, 1, 0)
             ON CONFLICT (adapter, position) DO UPDATE SET lease_until = excluded.lease_until, claim_token = excluded.claim_token,
             attempts = o75_outbox_delivery.attempts + 1`,
            [adapter, r.position, until, token],
          );
        }
        return rows;
      });
      const items: OutboxItem[] = [];
      for (const r of claimed) {
        const record = await read(r.id, Number(r.revision));
        if (record) items.push({ key: r.idem_key, id: r.id, revision: Number(r.revision), position: Number(r.position), record });
      }
      return { token, items };
    },
    async ack(adapter, positions) {
      await driver.transaction(async (tx) => {
        await tx.run('INSERT INTO o75_outbox_cursor (adapter, position) VALUES (?, 0) ON CONFLICT (adapter) DO NOTHING', [adapter]);
        if (driver.dialect === 'postgres') await tx.query('SELECT position FROM o75_outbox_cursor WHERE adapter = ? FOR UPDATE', [adapter]);
        for (const p of positions) {
          await tx.run(
            `INSERT INTO o75_outbox_delivery (adapter, position, lease_until, claim_token, attempts, acked) VALUES (?, ?, NULL, NULL, 1, 1)
             ON CONFLICT (adapter, position) DO UPDATE SET acked = 1`,
            [adapter, p],
          );
        }
        const cursor = await cursorOf(tx, adapter);
        const pending = await tx.query<{ p: number | null }>(
          `SELECT MIN(o.position) AS p FROM o75_outbox o
           LEFT JOIN o75_outbox_delivery d ON d.adapter = ? AND d.position = o.position
           WHERE o.position > ? AND (d.acked IS NULL OR d.acked = 0)`,
          [adapter, cursor],
        );
        const firstPending = pending[0]?.p;
        const upTo = firstPending === null || firstPending === undefined
          ? await tx.query<{ p: number | null }>('SELECT MAX(position) AS p FROM o75_outbox', [])
          : [{ p: Number(firstPending) - 1 }];
        const next = Math.max(cursor, Number(upTo[0]?.p ?? cursor));
        if (next > cursor) {
          await tx.run('UPDATE o75_outbox_cursor SET position = ? WHERE adapter = ?', [next, adapter]);
          await tx.run('DELETE FROM o75_outbox_delivery WHERE adapter = ? AND position <= ?', [adapter, next]);
        }
      });
    },
    async cursor(adapter) {
      return cursorOf(driver, adapter);
    },
  };
}
