/** The generator's ajv: the same configuration as `@order75/core`'s `createAjv`, with code generation on. */
import { _ } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { formats } from '../../packages/schemas/src/formats/index';
import { VOCABULARY } from '../../packages/schemas/src/vocabulary';

/**
 * Kept apart from `createAjv` because it must not import the generated catalogue it is about to regenerate.
 * `overrides` changes what does not change validity (the validators' fast phase: first error only, no messages).
 */
export function createGeneratorAjv(overrides: { allErrors?: boolean; messages?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    strictRequired: false,
    allErrors: true,
    ...overrides,
    code: { source: true, esm: true, formats: _`__formats` },
  });
  ajv.addVocabulary([...VOCABULARY]);
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format as never);
  return ajv;
}
