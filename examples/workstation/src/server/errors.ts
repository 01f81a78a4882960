/** Every error the API returns: `{ error: { code, message: { zh, en }, issues? } }`, never a stack trace. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Message, ValidationIssue } from '@order75/core';
import { ConcurrencyError, NotFoundError, RecordRejectedError, SignatureRejectedError, StoreError } from '@order75/store';
import { BodyValidationError } from './validation';

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly msg: Message,
    readonly issues?: readonly ValidationIssue[],
  ) {
    super(msg.en);
    this.name = 'ApiError';
  }
}

/** 404 for a record, attachment or page that is not there. */
export function notFound(what: string): ApiError {
  return new ApiError(404, 'not-found', { zh: `未找到${what}`, en: `not found: ${what}` });
}

const SIGNATURE_STATUS: Record<SignatureRejectedError['reason'], number> = {
  slot: 400, role: 403, holder: 403, 'content-hash': 409, key: 400, duplicate: 409, superseded: 409, invalid: 400,
};

/** Maps the store's errors onto HTTP: rejected input 400, concurrency 409, missing 404, refused signature 403/409. */
function fromStore(error: StoreError): ApiError {
  if (error instanceof RecordRejectedError) {
    return new ApiError(400, 'invalid-input', { zh: `${error.text.zh}；未保存`, en: `${error.text.en}; nothing was saved` }, error.issues);
  }
  if (error instanceof ConcurrencyError) return new ApiError(409, 'conflict', error.text);
  if (error instanceof NotFoundError) return new ApiError(404, 'not-found', error.text);
  if (error instanceof SignatureRejectedError) return new ApiError(SIGNATURE_STATUS[error.reason], `signature-${error.reason}`, error.text);
  return new ApiError(400, 'refused', error.text);
}

export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  const api = error instanceof StoreError ? fromStore(error) : error;
  if (api instanceof ApiError) {
    void reply.status(api.statusCode).send({ error: { code: api.code, message: api.msg, ...(api.issues ? { issues: api.issues } : {}) } });
    return;
  }
  if (api instanceof BodyValidationError || (api as FastifyError).validation) {
    const issues = api instanceof BodyValidationError ? api.issues : [];
    void reply.status(400).send({
      error: {
        code: 'invalid-input',
        message: { zh: `提交的内容有 ${issues.length || 1} 处问题，未保存`, en: `the input has ${issues.length || 1} problem(s); nothing was saved` },
        issues,
      },
    });
    return;
  }
  const status = (api as FastifyError).statusCode ?? 500;
  if (status >= 500) request.log.error({ err: { name: api.name, message: api.message } }, 'request failed');
  void reply.status(status).send({
    error: {
      code: status >= 500 ? 'internal' : 'bad-request',
      message:
        status >= 500
          ? { zh: '服务器内部错误，请稍后重试', en: 'internal error; try again later' }
          : { zh: `请求有误：${api.message}`, en: `bad request: ${api.message}` },
    },
  });
}
