/** Bilingual text: every message a person reads comes as `{ zh, en }`. */
export type { Message } from '@order75/schemas';
import type { Message } from '@order75/schemas';

/** Locale values used across the project; `zh` is accepted as an alias of `zh-CN`. */
export type Locale = 'zh-CN' | 'en';

/** Normalises a user-supplied locale (`zh`, `zh-CN`, `en`); anything else is `undefined`. */
export function parseLocale(value: string | undefined): Locale | undefined {
  if (value === 'zh' || value === 'zh-CN' || value === 'zh-cn') return 'zh-CN';
  if (value === 'en') return 'en';
  return undefined;
}

/** Picks one language of a message. */
export function localize(message: Message, locale: Locale): string {
  return locale === 'en' ? message.en : message.zh;
}
