/**
 * `verifyChain` (DESIGN.md § Archive and exchange): re-verifies every enterprise's chain from its lines
 * (links, sequence, canonical form, content hashes), compares each row's stored hash and the chain head,
 * then replays the chain and checks the record and signature tables against it — so a row changed, deleted
 * or inserted directly in the database is named by table, key and sequence number.
 */
import { canonicalJson, verifyChainSegment, type Hasher } from '@order75/core';
import type { SqlExecutor } from '../sql/driver';
import type { ChainVerification, StoreIntegrityIssue } from '../types';

type TableIssue = Extract<StoreIntegrityIssue, { key: string }>;

function tableIssue(enterprise: string, table: TableIssue['table'], kind: TableIssue['kind'], key: string, zh: string, en: string, seq?: number): TableIssue {
  return { enterprise, table, kind, key, ...(seq === undefined ? {} : { seq }), message: { zh, en } };
}

interface Expected {
  seq: number;
  text: string;
  contentHash?: string;
  status?: string;
}

export async function verifyStoreChain(db: SqlExecutor, hasher: Hasher, only?: string): Promise<ChainVerification> {
  const heads = await db.query<{ enterprise: string; seq: number; hash: string | null }>('SELECT enterprise, seq, hash FROM o75_chain_head ORDER BY enterprise');
  const fromEvents = await db.query<{ enterprise: string }>('SELECT DISTINCT enterprise FROM o75_events');
  const fromRecords = await db.query<{ enterprise: string }>('SELECT DISTINCT enterprise FROM o75_records');
  const enterprises = [...new Set([...heads, ...fromEvents, ...fromRecords].map((r) => r.enterprise))].filter((e) => only === undefined || e === only).sort();
  const issues: StoreIntegrityIssue[] = [];
  const chains: ChainVerification['chains'] = [];

  for (const enterprise of enterprises) {
    const head = heads.find((h) => h.enterprise === enterprise);
    if (!head) issues.push(tableIssue(enterprise, 'o75_chain_head', 'row-missing', enterprise, '链头记录缺失', 'the chain head row is missing'));
    const rows = await db.query<{ seq: number; hash: string; line: string }>('SELECT seq, hash, line FROM o75_events WHERE enterprise = ? ORDER BY seq', [enterprise]);
    const records = new Map<string, Expected>();
    const latest = new Map<string, number>();
    const signatures = new Map<string, Expected>();
    const result = await verifyChainSegment(rows.map((r) => r.line), {
      hasher,
      anchor: { seq: 1, prev: null },
      ...(head?.hash ? { head: head.hash } : {}),
      onEvent(line, hash, event) {
        const row = rows[line - 1];
        if (row && (row.hash !== hash || Number(row.seq) !== event.seq)) {
          issues.push(tableIssue(enterprise, 'o75_events', 'hash-column-mismatch', `${enterprise}#${event.seq}`,
            `事件 ${event.seq} 的内容与保存时的哈希或序号不符（该行被直接改动）`,
            `event ${event.seq} no longer matches the hash or sequence number it was stored with (the row was changed directly)`, event.seq));
        }
        const key = `${event.id}#${event.revision}`;
        if (event.kind === 'revision') {
          records.set(key, { seq: event.seq, text: canonicalJson(event.record), contentHash: event.contentHash, status: event.status });
          latest.set(event.id, Math.max(latest.get(event.id) ?? 0, event.revision));
        } else if (event.kind === 'status') {
          const r = records.get(key);
          if (r) r.status = event.status;
        } else {
          signatures.set(`${key}#${String(event.signature.slot)}`, { seq: event.seq, text: canonicalJson(event.signature) });
        }
      },
    });
    for (const i of result.issues) issues.push({ ...i, enterprise, table: 'o75_events' });
    if (head && result.head && Number(head.seq) !== result.head.seq) {
      issues.push(tableIssue(enterprise, 'o75_chain_head', 'head-mismatch', enterprise, '链头序号与最后一个事件不符', 'the chain head sequence number differs from the last event', result.head.seq));
    }
    chains.push({ enterprise, count: result.count, ...(result.head ? { head: result.head } : {}) });

    const recordRows = await db.query<{ id: string; revision: number; status: string; content_hash: string; is_latest: number; event_seq: number; body: string }>(
      'SELECT id, revision, status, content_hash, is_latest, event_seq, body FROM o75_records WHERE enterprise = ?',
      [enterprise],
    );
    const seen = new Set<string>();
    for (const r of recordRows) {
      const key = `${r.id}#${Number(r.revision)}`;
      seen.add(key);
      const e = records.get(key);
      if (!e) {
        issues.push(tableIssue(enterprise, 'o75_records', 'row-inserted', key, `记录 ${key} 在链中没有对应事件（被直接插入）`, `record ${key} has no event in the chain (inserted directly)`));
        continue;
      }
      const isLatest = latest.get(r.id) === Number(r.revision) ? 1 : 0;
      if (r.body !== e.text || r.content_hash !== e.contentHash || r.status !== e.status || Number(r.event_seq) !== e.seq || Number(r.is_latest) !== isLatest) {
        issues.push(tableIssue(enterprise, 'o75_records', 'row-changed', key, `记录 ${key} 与链中事件 ${e.seq} 不符（被直接改动）`, `record ${key} differs from chain event ${e.seq} (changed directly)`, e.seq));
      }
    }
    for (const [key, e] of records) {
      if (!seen.has(key)) issues.push(tableIssue(enterprise, 'o75_records', 'row-missing', key, `记录 ${key}（事件 ${e.seq}）已不在记录表中`, `record ${key} (event ${e.seq}) is missing from the records table`, e.seq));
    }
    const sigRows = await db.query<{ id: string; revision: number; slot: number; event_seq: number; body: string }>(
      'SELECT id, revision, slot, event_seq, body FROM o75_signatures WHERE enterprise = ?',
      [enterprise],
    );
    const seenSigs = new Set<string>();
    for (const s of sigRows) {
      const key = `${s.id}#${Number(s.revision)}#${Number(s.slot)}`;
      seenSigs.add(key);
      const e = signatures.get(key);
      if (!e) issues.push(tableIssue(enterprise, 'o75_signatures', 'row-inserted', key, `签名 ${key} 在链中没有对应事件（被直接插入）`, `signature ${key} has no event in the chain (inserted directly)`));
      else if (s.body !== e.text || Number(s.event_seq) !== e.seq) {
        issues.push(tableIssue(enterprise, 'o75_signatures', 'row-changed', key, `签名 ${key} 与链中事件 ${e.seq} 不符（被直接改动）`, `signature ${key} differs from chain event ${e.seq} (changed directly)`, e.seq));
      }
    }
    for (const [key, e] of signatures) {
      if (!seenSigs.has(key)) issues.push(tableIssue(enterprise, 'o75_signatures', 'row-missing', key, `签名 ${key}（事件 ${e.seq}）已不在签名表中`, `signature ${key} (event ${e.seq}) is missing from the signatures table`, e.seq));
    }
  }
  return { ok: issues.length === 0, chains, issues };
}
