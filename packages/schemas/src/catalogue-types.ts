/** A JSON Schema document as plain data. */
export type JsonSchema = Readonly<Record<string, unknown>>;
