/**
 * Fastify's validator compiler, replaced: record bodies go through `validateRecord` (JSON Schema 2020-12, the
 * project's formats and bilingual messages); other bodies through the project's strict ajv. Nothing is ever
 * coerced or stripped — Fastify's default ajv does both silently and rejects 2020-12, so it is never used.
 */
import { createAjv, validateRecord, type ValidationIssue } from '@order75/core';
import type { FastifySchemaCompiler } from 'fastify';

/** Marks a route's body as "an Order 75 record" (`schema: { body: RECORD_BODY }`). */
export const RECORD_BODY = { 'x-order75-record': true } as const;

/** A 400 carrying the issues as data. */
export class BodyValidationError extends Error {
  readonly statusCode = 400;
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.map((i) => i.message.en).join('; '));
    this.name = 'BodyValidationError';
  }
}

const ajv = createAjv({ coerceTypes: false, removeAdditional: false, useDefaults: false });

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema }) => {
  if ((schema as Record<string, unknown>)['x-order75-record']) {
    return (data: unknown) => {
      const result = validateRecord(data);
      return result.ok ? { value: data } : { error: new BodyValidationError(result.issues) };
    };
  }
  const validate = ajv.compile(schema as object);
  return (data: unknown) => {
    if (validate(data)) return { value: data };
    const issues: ValidationIssue[] = (validate.errors ?? []).map((e) => {
      const field = e.instancePath || (e.params as { missingProperty?: string }).missingProperty || '/';
      return {
        instancePath: e.instancePath,
        keyword: e.keyword,
        params: e.params as Record<string, unknown>,
        field: { zh: field, en: field },
        message: { zh: `${field}：${e.message ?? '不符合要求'}`, en: `${field}: ${e.message ?? 'is not valid'}` },
      };
    });
    return { error: new BodyValidationError(issues) };
  };
};
