/**
 * The manifest's claims re-derived from the chain: the records in the period (id, revision, type, schema
 * version, date, sequence number), counts and schema versions per type, and the hash algorithm.
 */
import { type ArchiveManifest, ENTRY } from '../manifest/manifest';
import { addTo } from '../manifest/addTo';
import { inPeriod, recordDate } from '../manifest/recordDate';
import { type ArchiveIssue, makeIssue } from '../report/issue';
import { algOf } from './hashers';
import { type RevisionState, revisionKey } from './revisions';

const at = { file: ENTRY.manifest };

/** The manifest entries the chain implies, for comparison and for the report. */
export function recordsInPeriod(revisions: Iterable<RevisionState>, from: string, to: string): RevisionState[] {
  return [...revisions].filter((r) => inPeriod(r.record, from, to));
}

/** Differences between the manifest and what the chain shows. */
export function checkManifestClaims(manifest: ArchiveManifest, revisions: ReadonlyMap<string, RevisionState>): ArchiveIssue[] {
  const issues: ArchiveIssue[] = [];
  const say = (code: string, zh: string, en: string, loc: { recordId?: string; revision?: number } = {}) =>
    issues.push(makeIssue('manifest', code, { ...at, ...loc }, { zh, en }));
  const { from, to } = manifest.period;
  if (from > to) say('manifest.period', `期间起点 ${from} 晚于终点 ${to}`, `the period starts (${from}) after it ends (${to})`);
  const inside = recordsInPeriod(revisions.values(), from, to);
  const listed = new Map(manifest.records.map((r) => [revisionKey(r.id, r.revision), r]));
  for (const r of manifest.records) {
    const state = revisions.get(revisionKey(r.id, r.revision));
    const loc = { recordId: r.id, revision: r.revision };
    if (!state) {
      say('manifest.record-missing', '清单列出此修订版，但 records.jsonl 中没有（记录被删除）', 'is listed in the manifest but records.jsonl does not hold it (the record was removed)', loc);
      continue;
    }
    const actual = { recordType: state.recordType, schemaVersion: state.record.schemaVersion, recordDate: recordDate(state.record), seq: state.seq };
    const differs = (Object.keys(actual) as Array<keyof typeof actual>).filter((k) => actual[k] !== r[k]);
    if (differs.length) say('manifest.record-differs', `清单中的 ${differs.join('、')} 与记录不符`, `the manifest's ${differs.join(', ')} differ from the record`, loc);
    if (!inside.includes(state)) say('manifest.record-outside', `记录日期不在期间 ${from}～${to} 内`, `the record date is outside the period ${from} to ${to}`, loc);
  }
  for (const state of inside) {
    if (!listed.has(revisionKey(state.id, state.revision))) {
      say('manifest.record-unlisted', '记录在期间内，但清单未列出', 'lies in the period but the manifest does not list it', { recordId: state.id, revision: state.revision });
    }
  }
  const counts: Record<string, Set<string>> = {};
  const versions: Record<string, Set<number>> = {};
  for (const r of manifest.records) {
    addTo(counts, r.recordType, r.id);
    addTo(versions, r.recordType, r.schemaVersion);
  }
  const types = new Set([...Object.keys(counts), ...Object.keys(manifest.counts), ...Object.keys(manifest.schemaVersions)]);
  for (const type of types) {
    const n = counts[type]?.size ?? 0;
    if (manifest.counts[type] !== n) say('manifest.counts', `「${type}」数量记为 ${manifest.counts[type] ?? 0}，实为 ${n}`, `counts ${manifest.counts[type] ?? 0} "${type}" records but lists ${n}`);
    const v = [...(versions[type] ?? [])].sort((a, b) => a - b).join(',');
    if ((manifest.schemaVersions[type] ?? []).join(',') !== v) say('manifest.schema-versions', `「${type}」的结构版本记为 [${manifest.schemaVersions[type] ?? ''}]，实为 [${v}]`, `gives schema versions [${manifest.schemaVersions[type] ?? ''}] for "${type}" but the records use [${v}]`);
  }
  const algs = new Set([algOf(manifest.chain.head.hash), ...[...revisions.values()].map((r) => algOf(r.contentHash))]);
  if (algs.size > 1 || !algs.has(manifest.hashAlgorithm)) {
    say('manifest.hash-algorithm', `哈希算法记为 ${manifest.hashAlgorithm}，但链中使用 ${[...algs].join('、')}`, `names hash algorithm ${manifest.hashAlgorithm} but the chain uses ${[...algs].join(', ')}`);
  }
  return issues;
}
