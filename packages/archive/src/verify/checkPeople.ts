/** `people.jsonl` (present only on request): matches the manifest's hash and count, one person per line. */
import { type ArchiveManifest, ENTRY } from '../manifest/manifest';
import { type ArchiveIssue, makeIssue } from '../report/issue';
import type { HasherFor } from './hashers';
import { hashLines } from './hashLines';
import { splitLines } from './splitLines';

/** Checks the person registry extract against the manifest. Never echoes a line: it may hold ID numbers. */
export async function checkPeople(bytes: Uint8Array | undefined, manifest: ArchiveManifest | undefined, hasherFor: HasherFor): Promise<{ issues: ArchiveIssue[]; count: number }> {
  const file = ENTRY.people;
  if (!bytes) {
    return manifest?.people
      ? { issues: [makeIssue('people', 'people.missing', { file }, { zh: '缺失：清单声明含人员名册，但归档中没有', en: 'missing: the manifest declares a person registry, but the archive lacks it' })], count: 0 }
      : { issues: [], count: 0 };
  }
  if (!manifest?.people) {
    return { issues: [makeIssue('people', 'people.unlisted', { file }, { zh: '归档中有人员名册，但清单未声明', en: 'the archive holds a person registry the manifest does not declare' })], count: 0 };
  }
  const issues: ArchiveIssue[] = [];
  const [hash] = await hashLines([bytes], hasherFor(manifest.hashAlgorithm));
  if (hash !== manifest.people.hash) issues.push(makeIssue('people', 'people.hash-mismatch', { file }, { zh: '哈希不符：人员名册被改动', en: 'hash mismatch: the person registry was changed' }));
  const { lines, issues: framing } = splitLines(bytes, file);
  issues.push(...framing);
  const seen = new Set<string>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  lines.forEach((line, i) => {
    let person: unknown;
    try {
      person = JSON.parse(decoder.decode(line));
    } catch {
      person = undefined;
    }
    const id = (person as { personId?: unknown } | undefined)?.personId;
    if (typeof id !== 'string' || id.length === 0) {
      issues.push(makeIssue('people', 'people.line', { file, line: i + 1 }, { zh: '不是含 personId 的 JSON 对象', en: 'is not a JSON object with a personId' }));
    } else if (seen.has(id)) {
      issues.push(makeIssue('people', 'people.duplicate', { file, line: i + 1, personId: id }, { zh: '重复的人员', en: 'duplicate person' }));
    } else seen.add(id);
  });
  if (lines.length !== manifest.people.count) {
    issues.push(makeIssue('people', 'people.count', { file }, { zh: `清单记载 ${manifest.people.count} 人，实有 ${lines.length} 行`, en: `the manifest says ${manifest.people.count} people but there are ${lines.length} lines` }));
  }
  return { issues, count: lines.length };
}
