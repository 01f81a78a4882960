/** Record helpers for the conformance cases: fresh ids, next revisions, seeded personal data. */
import type { AnyRecord, RecordType } from '@order75/schemas';
import { SEEDED_PERSONAL_DATA } from './capture';
import { sampleRecord } from './samples';

/** A random UUID (v4; the schemas accept any UUID, v7 is only recommended for new records). */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** `n` copies of a type's sample, each with a fresh id. */
export function copiesOf(recordType: RecordType, n: number): AnyRecord[] {
  const template = sampleRecord(recordType);
  return Array.from({ length: n }, (_, i) => ({ ...structuredClone(template), id: newId(), remarks: `副本 #${i} “copy”` }) as AnyRecord);
}

/** The next revision of a record: revision + 1, `supersedes`, and changed remarks. */
export function nextRevision<T extends AnyRecord>(record: T, reason = '更正 “错别字” ✏️'): T {
  return { ...structuredClone(record), revision: record.revision + 1, supersedes: { revision: record.revision, reason }, remarks: `${record.remarks ?? ''} 已更正` };
}

/** A copy whose free text carries a resident-ID-like number and a mobile number (as people type them into notes). */
export function withPersonalData<T extends AnyRecord>(record: T): T {
  return { ...structuredClone(record), id: newId(), remarks: `联系人身份证 ${SEEDED_PERSONAL_DATA.residentId}，电话 ${SEEDED_PERSONAL_DATA.mobile}` };
}

/** Plain JSON form, for deep comparison with what a host hands back. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
