/**
 * rjsf's validator slot, filled without ajv's run-time compiler. The forms validate whole records with
 * `validateRecord` (precompiled standalone validators, bilingual issues naming fields by title) and the
 * engine's record-level rules, and hand the result to rjsf as `extraErrors`; rjsf itself only needs
 * `isValid` to pick `if` branches, which {@link matchesSchema} answers. Nothing calls `new Function`, so the
 * forms run under a Content-Security-Policy without `unsafe-eval`.
 */
import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { matchesSchema } from './matchesSchema';

/** The validator every Order 75 form passes to rjsf. */
export const order75Validator: ValidatorType<unknown, RJSFSchema> = {
  validateFormData() {
    return { errors: [], errorSchema: {} };
  },
  isValid(schema, formData) {
    return matchesSchema(schema, formData);
  },
  rawValidation() {
    return { errors: [] };
  },
};
