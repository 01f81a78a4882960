/** A record type named as its schema titles it: `《每日工业产品质量安全检查记录》` / `Daily quality-safety check record`. */
import { bundledSchemas, type Message } from '@order75/schemas';

/** The type's bilingual title; the bare type name when it is not one of ours. */
export function recordTypeLabel(type: string): Message {
  const schema = (bundledSchemas as Record<string, { title?: unknown; 'x-title-en'?: unknown } | undefined>)[type];
  return {
    zh: typeof schema?.title === 'string' ? schema.title : type,
    en: typeof schema?.['x-title-en'] === 'string' ? schema['x-title-en'] : type,
  };
}
