/** A bilingual message: every text a person reads comes as `{ zh, en }`. */
export interface Message {
  zh: string;
  en: string;
}

/** The outcome of checking an identifier: valid (with its normalised form), or why not. */
export type IdentifierCheck =
  | { ok: true; normalized: string; warnings?: Message[] }
  | { ok: false; reason: Message };
