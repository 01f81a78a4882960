/**
 * `validateRecord()`: checks a record's structure against the schema of its `recordType` and
 * `schemaVersion` with the precompiled validators, and returns issues as data.
 */
import localizeZh from 'ajv-i18n/localize/zh/index.js';
import type { ErrorObject } from 'ajv';
import {
  bundledSchemas,
  currentVersions,
  validators,
  type AnyRecord,
  type Message,
  type RecordType,
} from '@order75/schemas';
import { fieldLabel, pointerSegments } from './fieldPath';
import { describeError } from './issueMessage';

/** One problem found in a record. */
export interface ValidationIssue {
  /** JSON Pointer to the offending value (for `required`, to the missing property). */
  instancePath: string;
  /** ajv's keyword (`required`, `format`, …), or `recordType` / `schemaVersion` / `json` for dispatch failures. */
  keyword: string;
  params: Record<string, unknown>;
  /** The field named by its titles: `检查项 › 第 4 项 › 存在问题`. */
  field: Message;
  /** Where, what and how to fix: `检查项 › 第 4 项 › 存在问题：…`. */
  message: Message;
}

export type ValidationResult<T = AnyRecord> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

const table = validators as unknown as Record<string, Validator>;

/** `recordType` → `schemaVersion` → validator, so dispatch builds no string per record. */
const byType = new Map<string, Map<unknown, Validator>>();
for (const [key, validate] of Object.entries(table)) {
  const at = key.lastIndexOf('@');
  const type = key.slice(0, at);
  if (!byType.has(type)) byType.set(type, new Map());
  byType.get(type)?.set(Number(key.slice(at + 1)), validate);
}

function issue(keyword: string, instancePath: string, field: Message, what: Message, params: Record<string, unknown> = {}): ValidationIssue {
  return { instancePath, keyword, params, field, message: { zh: `${field.zh}：${what.zh}`, en: `${field.en}: ${what.en}` } };
}

function toPointer(segments: string[]): string {
  return segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

const TYPES = Object.keys(currentVersions).join(', ');

/** Validates one record (any of the 17 types, any published schema version). Never throws on bad data. */
export function validateRecord(value: unknown): ValidationResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      issues: [issue('type', '', { zh: '记录', en: 'record' }, { zh: '应为 JSON 对象', en: 'should be a JSON object' })],
    };
  }
  const rec = value as Record<string, unknown>;
  const type = rec.recordType;
  if (typeof type !== 'string' || !(type in currentVersions)) {
    const what =
      type === undefined
        ? { zh: `缺少记录类型，请填写以下之一：${TYPES}`, en: `is missing; use one of: ${TYPES}` }
        : { zh: `未知的记录类型「${String(type)}」，应为以下之一：${TYPES}`, en: `unknown record type "${String(type)}"; use one of: ${TYPES}` };
    return { ok: false, issues: [issue('recordType', '/recordType', { zh: '记录类型', en: 'Record type' }, what, { recordType: type })] };
  }
  const version = rec.schemaVersion ?? currentVersions[type as RecordType];
  const validate = byType.get(type)?.get(version);
  if (!validate) {
    return {
      ok: false,
      issues: [
        issue(
          'schemaVersion',
          '/schemaVersion',
          { zh: '结构版本', en: 'Schema version' },
          {
            zh: `「${type}」没有结构版本 ${String(version)}，当前版本为 ${currentVersions[type as RecordType]}`,
            en: `"${type}" has no schema version ${String(version)}; the current one is ${currentVersions[type as RecordType]}`,
          },
          { schemaVersion: version },
        ),
      ],
    };
  }
  if (validate(value)) return { ok: true, value: value as AnyRecord };
  return { ok: false, issues: toIssues(validate.errors ?? [], type as RecordType, value) };
}

/** Maps ajv errors to issues: drops `if` wrappers, keeps one issue per (path, message). */
export function toIssues(errors: readonly ErrorObject[], type: RecordType, data: unknown): ValidationIssue[] {
  const root = bundledSchemas[type];
  // An empty string fails both `minLength: 1` and `non-blank`; the person needs to hear it once.
  const empty = new Set(errors.filter((e) => e.keyword === 'minLength' && Number(e.params.limit) <= 1).map((e) => e.instancePath));
  const copies = errors
    .filter((e) => e.keyword !== 'if' && !(e.keyword === 'format' && e.params.format === 'non-blank' && empty.has(e.instancePath)))
    .map((e) => ({ ...e }));
  const english = copies.map((e) => e.message);
  localizeZh(copies);
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  copies.forEach((error, i) => {
    const described = describeError(error, root, data);
    if (error.keyword !== 'required' && !['additionalProperties', 'unevaluatedProperties'].includes(error.keyword)) {
      if (described.message.en === error.message) described.message.en = english[i] ?? described.message.en;
    }
    const field = fieldLabel(root, described.path);
    const made = issue(error.keyword, toPointer(described.path), field, described.message, error.params as Record<string, unknown>);
    const key = `${made.instancePath}\u0000${made.message.zh}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(made);
  });
  return out;
}

export { pointerSegments };
