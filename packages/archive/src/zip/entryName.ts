/**
 * Entry-name safety: the names an `.o75.zip` may hold, and why any other name is refused. A name is checked as
 * raw text before anything is written anywhere, so `../`, absolute paths, drive letters and backslashes never reach
 * a file system, and names that collide once case-folded (Windows, macOS) count as duplicates.
 */
import type { Message } from '@order75/schemas';

/** Why a name is unsafe, or `undefined` when it is safe. */
export function unsafeEntryName(name: string): Message | undefined {
  if (name.length === 0) return { zh: '条目名称为空', en: 'the entry name is empty' };
  if (name.length > 255) return { zh: '条目名称超过 255 个字符', en: 'the entry name is longer than 255 characters' };
  if (name.includes('\\')) return { zh: '条目名称含反斜杠（\\）', en: 'the entry name contains a backslash (\\)' };
  if (name.startsWith('/')) return { zh: '条目名称为绝对路径', en: 'the entry name is an absolute path' };
  if (/^[A-Za-z]:/.test(name)) return { zh: '条目名称含盘符', en: 'the entry name starts with a drive letter' };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f]/.test(name)) return { zh: '条目名称含控制字符', en: 'the entry name contains a control character' };
  const segments = name.split('/');
  if (segments.some((s) => s === '..')) return { zh: '条目名称含上级目录（../），试图越出解压目录', en: 'the entry name contains ../ (path traversal)' };
  if (segments.some((s, i) => s === '.' || (s === '' && i < segments.length - 1))) {
    return { zh: '条目名称含空段或「.」段', en: 'the entry name has an empty or "." segment' };
  }
  return undefined;
}

/** The key under which two names collide on a case-insensitive file system. */
export function collisionKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
