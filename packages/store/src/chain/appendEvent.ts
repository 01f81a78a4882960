/**
 * Appending to an enterprise's chain inside a write transaction: lock the head row (PostgreSQL
 * `SELECT … FOR UPDATE`; SQLite holds the database write lock already), place each event after it, and save
 * the new head with the events, so a chain never forks and never has a gap.
 */
import { chainEvent, type ChainEvent, type Hasher, type RevisionContent, type UnchainedEvent } from '@order75/core';
import type { SqlExecutor } from '../sql/driver';

/** The head of one enterprise's chain during a transaction. */
export interface ChainHead {
  enterprise: string;
  seq: number;
  hash: string | null;
}

/** Locks and reads the chain head, creating an empty chain for a new enterprise. */
export async function lockHead(tx: SqlExecutor, dialect: 'sqlite' | 'postgres', enterprise: string): Promise<ChainHead> {
  await tx.run('INSERT INTO o75_chain_head (enterprise, seq, hash) VALUES (?, 0, NULL) ON CONFLICT (enterprise) DO NOTHING', [enterprise]);
  const lock = dialect === 'postgres' ? ' FOR UPDATE' : '';
  const rows = await tx.query<{ seq: number; hash: string | null }>(`SELECT seq, hash FROM o75_chain_head WHERE enterprise = ?${lock}`, [enterprise]);
  const row = rows[0] as { seq: number; hash: string | null };
  return { enterprise, seq: Number(row.seq), hash: row.hash };
}

/** Appends one event after `head` (which it advances) and returns the chained event. */
export async function appendEvent(
  tx: SqlExecutor,
  head: ChainHead,
  event: UnchainedEvent,
  hasher: Hasher,
  content?: RevisionContent,
): Promise<ChainEvent> {
  const made = await chainEvent(event, head.seq + 1, head.hash, hasher, content);
  await tx.run('INSERT INTO o75_events (enterprise, seq, kind, id, revision, at, hash, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
    head.enterprise, made.event.seq, made.event.kind, made.event.id, made.event.revision, made.event.at, made.hash, made.line,
  ]);
  head.seq = made.event.seq;
  head.hash = made.hash;
  return made.event;
}

/** Writes the advanced head back. */
export async function saveHead(tx: SqlExecutor, head: ChainHead): Promise<void> {
  await tx.run('UPDATE o75_chain_head SET seq = ?, hash = ? WHERE enterprise = ?', [head.seq, head.hash, head.enterprise]);
}
