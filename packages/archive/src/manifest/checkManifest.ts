/**
 * Structural check of `manifest.json` (the shape only; whether its claims match the records is
 * `manifestConsistency`). Mirrors `manifest.schema.json`, which a test keeps in step; hand-written so that
 * verify.html carries no schema compiler.
 */
import { type ArchiveIssue, makeIssue } from '../report/issue';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type ArchiveManifest, ENTRY } from './manifest';

type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v === 'string' && v.length > 0;
const int: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const pos: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 1;
const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const day: Check = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const hash: Check = (v) => typeof v === 'string' && /^(sha256|sm3):[0-9a-f]{64}$/.test(v);
const uscc: Check = (v) => typeof v === 'string' && /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v);
const instant: Check = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));
const arrayOf = (item: Check): Check => (v) => Array.isArray(v) && v.every(item);
const shape = (fields: Record<string, Check>, optional: Record<string, Check> = {}): Check => (v) =>
  obj(v) &&
  Object.entries(fields).every(([k, c]) => c(v[k])) &&
  Object.entries(optional).every(([k, c]) => v[k] === undefined || c(v[k])) &&
  Object.keys(v).every((k) => k in fields || k in optional);

/** Each top-level field, how it must look, and the words for it in a message. */
const FIELDS: Array<[string, Check, string, string, boolean?]> = [
  ['format', (v) => v === ARCHIVE_FORMAT, `应为 "${ARCHIVE_FORMAT}"`, `must be "${ARCHIVE_FORMAT}"`],
  ['version', (v) => v === ARCHIVE_VERSION, `应为 ${ARCHIVE_VERSION}（本工具只识别此版本）`, `must be ${ARCHIVE_VERSION} (the version this tool reads)`],
  ['createdAt', instant, '应为 RFC 3339 时间', 'must be an RFC 3339 time'],
  ['generator', str, '应为非空文字', 'must be non-empty text'],
  ['enterprise', shape({ uscc }, { name: str }), '应含 18 位统一社会信用代码 uscc', 'must hold an 18-character USCC in uscc'],
  ['period', shape({ from: day, to: day }), '应含 from 与 to（YYYY-MM-DD）', 'must hold from and to (YYYY-MM-DD)'],
  ['hashAlgorithm', (v) => v === 'sha256' || v === 'sm3', '应为 sha256 或 sm3', 'must be sha256 or sm3'],
  ['chain', shape({ format: pos, anchor: shape({ seq: pos, prev: (v) => v === null || hash(v) }), head: shape({ seq: pos, hash }), events: pos }),
    '应含 format、anchor {seq, prev}、head {seq, hash}、events', 'must hold format, anchor {seq, prev}, head {seq, hash} and events'],
  ['records', arrayOf(shape({ id: str, revision: pos, recordType: str, schemaVersion: pos, recordDate: day, seq: pos })),
    '应为 {id, revision, recordType, schemaVersion, recordDate, seq} 的列表', 'must be a list of {id, revision, recordType, schemaVersion, recordDate, seq}'],
  ['counts', (v) => obj(v) && Object.values(v).every(pos), '应为 记录类型 → 数量 的对象', 'must map record types to counts'],
  ['schemaVersions', (v) => obj(v) && Object.values(v).every(arrayOf(pos)), '应为 记录类型 → 版本列表 的对象', 'must map record types to lists of versions'],
  ['attachments', arrayOf(shape({ hash, size: int }, { mediaType: str })), '应为 {hash, size, mediaType?} 的列表', 'must be a list of {hash, size, mediaType?}'],
  ['attachmentsNotIncluded', arrayOf(hash), '应为哈希列表', 'must be a list of hashes'],
  ['keys', arrayOf(shape({ keyId: str, personId: str, alg: (v) => v === 'ed25519', publicKey: (v) => typeof v === 'string' && /^[A-Za-z0-9+/]{43}=$/.test(v) }, { revokedAt: instant })),
    '应为 {keyId, personId, alg: "ed25519", publicKey（32 字节 Base64）} 的列表', 'must be a list of {keyId, personId, alg: "ed25519", publicKey (32 bytes, Base64)}'],
  ['people', shape({ count: int, hash }), '应含 count 与 hash', 'must hold count and hash', true],
];

const where = { file: ENTRY.manifest };

/** Parses and checks the manifest bytes; returns the manifest only when its shape is right. */
export function checkManifest(bytes: Uint8Array | undefined): { manifest?: ArchiveManifest; issues: ArchiveIssue[] } {
  if (bytes === undefined) {
    return { issues: [makeIssue('manifest', 'manifest.missing', where, { zh: '缺少清单文件，无法确认归档内容，请重新导出', en: 'the manifest is missing, so the contents cannot be confirmed; export again' })] };
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { issues: [makeIssue('manifest', 'manifest.not-json', where, { zh: '不是合法的 UTF-8 JSON', en: 'is not valid UTF-8 JSON' })] };
  }
  if (!obj(value)) return { issues: [makeIssue('manifest', 'manifest.shape', where, { zh: '应为 JSON 对象', en: 'must be a JSON object' })] };
  const issues: ArchiveIssue[] = [];
  for (const [key, check, zh, en, optional] of FIELDS) {
    if (optional && value[key] === undefined) continue;
    if (!check(value[key])) {
      issues.push(makeIssue('manifest', 'manifest.shape', where, { zh: `字段 ${key} ${zh}`, en: `field ${key} ${en}` }));
    }
  }
  const known = new Set(FIELDS.map(([key]) => key));
  for (const key of Object.keys(value)) {
    if (!known.has(key)) issues.push(makeIssue('manifest', 'manifest.shape', where, { zh: `未知字段 ${key}`, en: `unknown field ${key}` }));
  }
  return issues.length ? { issues } : { manifest: value as unknown as ArchiveManifest, issues };
}
