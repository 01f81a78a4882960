/**
 * Everything that blocks a submission, as one list: structural issues from `validateRecord` (precompiled
 * validators) and the compliance engine's record-level rules (`recordLevelIssues`: a hazard without a
 * measure or report, a veto without a trigger, …), each with the pointer of the field it concerns and the
 * same bilingual message the engine and the CLI print.
 */
import * as core from '@order75/core';
import { validateRecord, type Message } from '@order75/core';

/** One problem shown by a form. */
export interface FormIssue {
  /** JSON Pointer of the field ('' for the record as a whole). */
  instancePath: string;
  /** The field by its titles (empty for record-level findings without a field). */
  field?: Message;
  message: Message;
  /** `schema` for structure, or the engine rule id (`art10.hazard-no-measure`). */
  source: string;
}

/** The shape of an engine finding the form reads: a rule id, a message, and where it points when it can. */
interface RuleFinding {
  rule?: string;
  message: Message;
  instancePath?: string;
  path?: string;
  pointer?: string;
  field?: Message;
}

type RecordLevelRules = (record: unknown) => readonly RuleFinding[];

/** The engine's record-level rules, looked up at call time so the forms keep working while the engine is absent. */
function engineRules(): RecordLevelRules | undefined {
  const fn = (core as unknown as Record<string, unknown>).recordLevelIssues;
  return typeof fn === 'function' ? (fn as RecordLevelRules) : undefined;
}

/** The issues that block submitting `record`; empty when it may be submitted. */
export function formIssues(record: Record<string, unknown>): FormIssue[] {
  const out: FormIssue[] = [];
  const result = validateRecord(record);
  if (!result.ok) {
    for (const i of result.issues) out.push({ instancePath: i.instancePath, field: i.field, message: i.message, source: 'schema' });
  }
  const rules = engineRules();
  if (rules) {
    for (const f of rules(record)) {
      out.push({ instancePath: f.instancePath ?? f.pointer ?? f.path ?? '', field: f.field, message: f.message, source: f.rule ?? 'rule' });
    }
  }
  return out;
}

/** Whether the engine's record-level rules are available in this build. */
export function hasEngineRules(): boolean {
  return engineRules() !== undefined;
}
