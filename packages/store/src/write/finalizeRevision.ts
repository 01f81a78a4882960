/** Draft → final as a `status` event of the same revision (the content hash does not change). */
import { appendEvent, lockHead, saveHead } from '../chain/appendEvent';
import { NotFoundError, StoreError } from '../errors';
import { enqueue } from '../outbox/outbox';
import type { SqlExecutor } from '../sql/driver';
import type { StoreContext } from '../types';
import { REVISION_COLS, type RevisionRow, type WriteEnv } from './context';

export async function finalizeRevision(tx: SqlExecutor, env: WriteEnv, id: string, revision: number, ctx: StoreContext): Promise<number> {
  const select = `SELECT ${REVISION_COLS} FROM o75_records WHERE id = ? AND revision = ?`;
  const found = (await tx.query<RevisionRow>(select, [id, revision]))[0];
  if (!found) throw new NotFoundError(id, revision);
  const head = await lockHead(tx, env.dialect, found.enterprise);
  const row = (await tx.query<RevisionRow>(select, [id, revision]))[0] as RevisionRow;
  if (Number(row.is_latest) !== 1) {
    throw new StoreError({ zh: `${id}#${revision} 已被更正，只能定稿最新修订版`, en: `${id}#${revision} was superseded; only the latest revision can be finalised` });
  }
  if (row.status === 'final') throw new StoreError({ zh: `${id}#${revision} 已是定稿`, en: `${id}#${revision} is already final` });
  const at = env.now().toISOString();
  const event = await appendEvent(tx, head, {
    kind: 'status', at, enterprise: row.enterprise, by: ctx.actor, id, revision, from: 'draft', status: 'final',
  }, env.hasher);
  await tx.run("UPDATE o75_records SET status = 'final' WHERE id = ? AND revision = ?", [id, revision]);
  await tx.run(
    'INSERT INTO o75_audit (enterprise, at, actor, action, id, revision, event_seq, reason, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [row.enterprise, at, ctx.actor, 'finalize', id, revision, event.seq, null, JSON.stringify([{ path: '/status', from: 'draft', to: 'final' }])],
  );
  await saveHead(tx, head);
  await enqueue(tx, id, revision, row.enterprise, at);
  return event.seq;
}
