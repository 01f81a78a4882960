/** Bytes → text for record files: UTF-8 only, a leading BOM tolerated, binary content refused with a reason. */
import type { Message } from '@order75/core';

export type Decoded = { ok: true; text: string; bom: boolean } | { ok: false; reason: Message };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: { zh: '文件为空', en: 'the file is empty' } };
  if (bytes.includes(0)) {
    return {
      ok: false,
      reason: { zh: '不是文本文件（含二进制内容），应为 UTF-8 编码的 JSON', en: 'not a text file (binary content); expected UTF-8 JSON' },
    };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return {
      ok: false,
      reason: {
        zh: '不是 UTF-8 编码的文本（可能是 GBK 或二进制文件），请另存为 UTF-8',
        en: 'not UTF-8 text (perhaps GBK or a binary file); save it as UTF-8',
      },
    };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}
