/** Store-rule problems as `ValidationIssue`s, so callers handle them like schema issues. */
import type { ValidationIssue } from '@order75/core';
import type { Message } from '@order75/schemas';

export function storeIssue(instancePath: string, keyword: string, field: Message, what: Message, params: Record<string, unknown> = {}): ValidationIssue {
  return { instancePath, keyword, params, field, message: { zh: `${field.zh}：${what.zh}`, en: `${field.en}: ${what.en}` } };
}
