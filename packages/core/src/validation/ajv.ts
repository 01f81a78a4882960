/** The ajv configuration of DESIGN.md, for anyone who needs a runtime validator over the record schemas. */
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import { commonSchemas, formats, recordSchemas, VOCABULARY } from '@order75/schemas';

/**
 * A JSON Schema 2020-12 ajv instance configured as the project validates: strict mode (with
 * `strictRequired` off, since `required` inside `then` names properties declared elsewhere), all errors,
 * the `x-order75-*` vocabulary, the project's formats, and every common and record schema registered by `$id`.
 */
export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, ...options });
  ajv.addVocabulary([...VOCABULARY]);
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format as never);
  for (const schema of commonSchemas) ajv.addSchema(schema as object);
  for (const schema of Object.values(recordSchemas)) ajv.addSchema(schema as object);
  return ajv;
}
