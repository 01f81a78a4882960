/**
 * Reads from a store what an archive of one enterprise and period holds: the contiguous chain segment from
 * the first to the last event of any record dated in the period (revisions, signatures, status changes), the
 * public keys its signatures need, the attachments the store has, and, on request, the people it names.
 * Every line is re-hashed and re-linked on the way out, so a broken store chain is never exported.
 */
import { type ChainEvent, checkUscc, type Hasher } from '@order75/core';
import pkg from '../../package.json';
import type { ManifestKey } from '../manifest/manifest';
import { nodeSha256Hasher } from '../node/nodeSha256Hasher';
import { attachmentRefs } from '../verify/attachmentRefs';
import { hashersFrom } from '../verify/hashers';
import { hashLines } from '../verify/hashLines';
import { ArchiveBuildError } from './errors';
import type { ArchiveSegment } from './packArchive';
import type { ArchiveSource } from './source';

export interface BuildOptions {
  /** USCC of the enterprise. */
  enterprise: string;
  /** First and last day of the period, `YYYY-MM-DD`, inclusive. */
  from: string;
  to: string;
  /** Add `people.jsonl`: the people the archive names, with ID numbers and phones. Default false. */
  includePeople?: boolean;
  /** Hasher for the store's algorithm; default node:crypto SHA-256, pure-JS SM3. */
  hasher?: Hasher;
  /** Attachment bytes by hash, when files live outside the store (a folder, object storage). */
  attachments?: (hash: string) => Promise<Uint8Array | undefined>;
  /** Clock for `createdAt` (tests). */
  now?: () => Date;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const utf8 = new TextEncoder();

/** The top-level `id` of a canonical event line: keys before it (`at`, `by`, `contentHash`, `enterprise`, `from`) are strings. */
function lineId(line: string): string | undefined {
  const at = line.indexOf(',"id":"');
  return at < 0 ? undefined : line.slice(at + 7, line.indexOf('"', at + 7));
}

function personIds(value: unknown, found: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) personIds(v, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'personId' && typeof v === 'string') found.add(v);
      else personIds(v, found);
    }
  }
}

/** Gathers the archive contents for `options.enterprise` and period. */
export async function collectArchive(store: ArchiveSource, options: BuildOptions): Promise<ArchiveSegment> {
  const { enterprise, from, to } = options;
  if (!checkUscc(enterprise).ok) throw new ArchiveBuildError({ zh: `企业统一社会信用代码无效：${enterprise}`, en: `invalid enterprise USCC: ${enterprise}` });
  if (!DAY.test(from) || !DAY.test(to) || from > to) throw new ArchiveBuildError({ zh: `期间无效：${from} 至 ${to}（应为 YYYY-MM-DD，起点不晚于终点）`, en: `invalid period ${from} to ${to} (YYYY-MM-DD, from not after to)` });
  const hasher = options.hasher?.alg === store.alg ? options.hasher : hashersFrom(nodeSha256Hasher)(store.alg);

  const inPeriod = await store.query({ enterprise, from, to, allRevisions: true });
  const ids = new Set(inPeriod.map((r) => String((r as { id: unknown }).id)));
  if (ids.size === 0) throw new ArchiveBuildError({ zh: `${enterprise} 在 ${from} 至 ${to} 期间没有记录，无可归档`, en: `${enterprise} has no records dated ${from} to ${to}; nothing to archive` });

  const chain = await store.chainSegment(enterprise);
  let first = -1;
  let last = -1;
  chain.lines.forEach((line, i) => {
    if (ids.has(lineId(line) as string)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  if (first < 0) throw new ArchiveBuildError({ zh: '记录库的链中找不到期间内记录的事件；请运行链校验', en: "the store's chain holds no events of the records in the period; run a chain verification" });
  const lines = chain.lines.slice(first, last + 1);
  const hashes = await hashLines([...(first > 0 ? [chain.lines[first - 1] as string] : []), ...lines].map((l) => utf8.encode(l)), hasher);
  const anchorPrev = first > 0 ? (hashes.shift() as string) : chain.anchor.prev;
  const events = lines.map((l) => JSON.parse(l) as ChainEvent);
  events.forEach((e, i) => {
    const prev = i === 0 ? anchorPrev : hashes[i - 1];
    if (e.seq !== chain.anchor.seq + first + i || e.prev !== prev || e.enterprise !== enterprise) {
      throw new ArchiveBuildError({ zh: `记录库的哈希链在序号 ${chain.anchor.seq + first + i} 处断开，不能导出；请运行链校验`, en: `the store's hash chain is broken at seq ${chain.anchor.seq + first + i}; not exported — run a chain verification` });
    }
  });

  const keys = new Map<string, ManifestKey>();
  const refs = new Set<string>();
  const people = new Set<string>();
  for (const e of events) {
    if (e.kind === 'revision') attachmentRefs(e.record, refs);
    if (e.kind !== 'signature') continue;
    attachmentRefs(e.signature, refs);
    const s = e.signature as { method?: unknown; keyId?: unknown; personId: string };
    if (s.method !== 'key') continue;
    const keyIds = typeof s.keyId === 'string' ? [s.keyId] : ((await store.people.get(s.personId))?.keys ?? []).map((k) => k.keyId);
    for (const keyId of keyIds) {
      if (keys.has(keyId)) continue;
      const key = await store.people.key(keyId);
      if (key?.alg === 'ed25519') keys.set(keyId, { keyId, personId: key.personId, alg: 'ed25519', publicKey: key.publicKey, ...(key.revokedAt ? { revokedAt: key.revokedAt } : {}) });
    }
  }
  const attachments: ArchiveSegment['attachments'][number][] = [];
  const notIncluded: string[] = [];
  const fetch = options.attachments ?? store.attachment?.bind(store);
  for (const hash of refs) {
    const bytes = await fetch?.(hash);
    if (!bytes) {
      notIncluded.push(hash);
      continue;
    }
    const [actual] = await hashLines([bytes], hashersFrom(hasher)(hash.startsWith('sm3:') ? 'sm3' : 'sha256'));
    if (actual !== hash) throw new ArchiveBuildError({ zh: `附件 ${hash} 的文件内容与其哈希不符，不能导出`, en: `attachment ${hash}: the file does not match its hash; not exported` });
    attachments.push({ hash, bytes });
  }

  let registry: ArchiveSegment['people'];
  if (options.includePeople) {
    for (const e of events) {
      people.add(e.by);
      personIds(e.kind === 'revision' ? e.record : e.kind === 'signature' ? e.signature : null, people);
    }
    const list: Array<Record<string, unknown> & { personId: string }> = [];
    registry = list;
    for (const personId of [...people].sort()) {
      const listed = await store.people.get(personId);
      if (!listed) continue;
      const numbers = await store.people.reveal(personId);
      list.push({ personId, displayName: listed.displayName, ...(numbers?.idNumber ? { idNumber: numbers.idNumber } : {}), ...(numbers?.phone ? { phone: numbers.phone } : {}) });
    }
  }

  const profile = (await store.query({ enterprise, type: 'enterprise-profile' }))[0] as { name?: unknown } | undefined;
  return {
    enterprise: { uscc: enterprise, ...(typeof profile?.name === 'string' ? { name: profile.name } : {}) },
    period: { from, to },
    hashAlgorithm: store.alg,
    lines,
    events,
    headHash: hashes[hashes.length - 1] as string,
    attachments,
    attachmentsNotIncluded: notIncluded,
    keys: [...keys.values()],
    ...(registry ? { people: registry } : {}),
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    generator: `${pkg.name} ${pkg.version}`,
  };
}
