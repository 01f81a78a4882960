/**
 * @order75/schemas — the JSON Schemas of every SAMR Order 75 record, their TypeScript types, bundled
 * single-file copies for form renderers, and precompiled validators.
 */
export * from './generated/types/index';
export { bundledSchemas, commonSchemas, currentVersions, recordSchemas } from './generated/catalogue.gen';
export { validators } from './generated/validators.gen';
export type { JsonSchema } from './catalogue-types';
export { VOCABULARY } from './vocabulary';
export * from './formats/index';
export { RECORD_TYPES, type RecordType, type AnyRecord, type RecordOf } from './recordTypes';
