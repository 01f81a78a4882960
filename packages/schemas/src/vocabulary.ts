/**
 * The project's own schema keywords. They carry metadata only (no validation), and ajv's strict mode
 * must be told about them.
 */
export const VOCABULARY = [
  /** Articles of Order 75 the record proves, e.g. `["4(2)", "13"]`. */
  'x-order75-article',
  /** Signature slots; each lists the roles that may fill it, e.g. `[["director", "principal"]]`. */
  'x-order75-signatures',
  /** Per slot, when it is required: `null` always, `"director-in-office"` only while a director holds office. */
  'x-order75-slot-conditions',
  /** The field that dates the record for the engine and the store (`createdAt` = the revision's creation). */
  'x-order75-record-date',
  /** English title and description beside the zh-CN `title` and `description`. */
  'x-title-en',
  'x-description-en',
  /** Display labels of `enum` values, in the same order as the values. */
  'x-enum-zh',
  'x-enum-en',
] as const;
