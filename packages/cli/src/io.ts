/** What a command may touch: streams, working folder and environment, injected so tests run commands in-process. */
import type { Readable } from 'node:stream';
import { type Locale, parseLocale } from '@order75/core';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: Readable;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Thrown by a command for a usage or I/O problem; the program prints the message and exits 2. */
export class CliUsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'CliUsageError';
  }
}

/** `--lang` → locale; zh-CN by default, `zh` accepted. */
export function localeOption(value: string | undefined): Locale {
  if (value === undefined) return 'zh-CN';
  const locale = parseLocale(value);
  if (!locale) throw new CliUsageError(`--lang 只能是 zh-CN、zh 或 en，而不是 ${value}`, `--lang must be zh-CN, zh or en, not ${value}`);
  return locale;
}

/** Picks the text of a locale. */
export function say(locale: Locale, zh: string, en: string): string {
  return locale === 'en' ? en : zh;
}
