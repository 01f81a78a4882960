/**
 * Everything a form checks before it submits, as one list: structural issues from `validateRecord`
 * (precompiled validators) and the compliance engine's record-level rules (`recordLevelIssues`: a hazard
 * without a measure or report, a veto without a trigger, …), each with the pointer of the field it concerns and
 * the same bilingual message the engine and the CLI print.
 *
 * Structural issues and rule violations block submission. Rule warnings (a late weekly report, missing Art. 6
 * evidence) are shown and need an explicit "submit anyway": a late record must still be recordable.
 */
import { recordLevelIssues, validateRecord, type Message, type RecordIssueContext } from '@order75/core';

/** One problem shown by a form. */
export interface FormIssue {
  /** JSON Pointer of the field ('' for the record as a whole). */
  instancePath: string;
  /** The field by its titles (structural issues). */
  field?: Message;
  message: Message;
  /** `schema` for structure, or the engine rule id (`art10.hazard-no-measure`, `form.veto-trigger-missing`). */
  source: string;
  /** `error` blocks submission; `warning` asks for confirmation. */
  level: 'error' | 'warning';
}

/** The issues of `record`: structural first; the engine's rules only once the structure is valid. */
export function formIssues(record: Record<string, unknown>, context: RecordIssueContext = {}): FormIssue[] {
  const result = validateRecord(record);
  if (!result.ok) {
    return result.issues.map((i) => ({ instancePath: i.instancePath, field: i.field, message: i.message, source: 'schema', level: 'error' }));
  }
  return recordLevelIssues(result.value, context).map((f) => ({
    instancePath: f.path,
    message: f.message,
    source: f.rule,
    level: f.severity === 'violation' ? 'error' : 'warning',
  }));
}

/** Whether any issue blocks submission outright. */
export function blocks(issues: readonly FormIssue[]): boolean {
  return issues.some((i) => i.level === 'error');
}
