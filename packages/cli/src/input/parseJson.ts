/** JSON text → value, or a bilingual reason naming line and column; never throws, never builds prototypes. */
import type { Message } from '@order75/core';

export type Parsed = { ok: true; value: unknown } | { ok: false; reason: Message };

function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: position - last };
}

/**
 * Parses JSON text. `JSON.parse` keeps a `"__proto__"` key as an own property (it never sets a prototype),
 * so records stay plain data; the schemas then report the key as an unknown field.
 */
export function parseJson(text: string, firstLine = 1): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const match = /position (\d+)/.exec(detail);
    if (match) {
      const { line, column } = lineColumn(text, Number(match[1]));
      const at = line + firstLine - 1;
      return {
        ok: false,
        reason: {
          zh: `JSON 格式错误（第 ${at} 行第 ${column} 列）：请检查引号、逗号和括号`,
          en: `malformed JSON at line ${at}, column ${column}: check quotes, commas and brackets`,
        },
      };
    }
    return {
      ok: false,
      reason: {
        zh: 'JSON 格式错误：内容不完整或有多余字符，请检查引号、逗号和括号',
        en: 'malformed JSON: the text is cut short or has extra characters; check quotes, commas and brackets',
      },
    };
  }
}
