/**
 * @order75/adapter-kit — the `RecordAdapter` contract, HTTP plumbing (retries, pacing, redaction), schema-driven
 * mapping helpers, batching, a single-writer lock and outbox delivery. The conformance suite is at `./testing`.
 */
export type * from './types';
export { AdapterConfigError, AdapterHttpError, type AdapterHttpErrorInit, type HttpFailureKind } from './errors';
export { createRedactor, redactText, REDACTED, SECRET_KEY_NAMES, type RedactOptions, type Redactor } from './redact';
export { backoffDelay, parseRetryAfter, retryDelay, DEFAULT_RETRY, type RetryOptions } from './http/backoff';
export { createRateLimiter, type RateLimitOptions, type RateLimiter, type Release } from './http/rateLimiter';
export { createSlidingWindowLimiter, type SlidingWindowOptions } from './http/slidingWindowLimiter';
export { createHttpClient, type HeaderRequest, type HttpClient, type HttpClientOptions, type HttpRequest, type HttpResponse } from './http/httpClient';
export { batchKey, revisionKey, stableHash } from './idempotency';
export { mapBatches, splitBatches } from './batch';
export { createKeyedLock, hostKey, hostWriteLock, type KeyedLock } from './lock';
export { hostFieldName, snakeCase, type HostFieldNameOptions } from './mapping/hostFieldName';
export {
  ENVELOPE_KEYS,
  recordShape,
  type ChildTableSpec,
  type ColumnKind,
  type ColumnSpec,
  type RecordShape,
} from './mapping/recordShape';
export { fromHostRow, toHostRow, type ChildRow, type ColumnValue, type HostRow } from './mapping/hostRow';
export { fromRawJson, rawJson, rawJsonHash } from './mapping/rawJson';
export { failedOutcome, latestByType, settleAll, type FailedOutcome, type OutcomeMap, type PushItem } from './push/items';
export { sortAgainstHost, supersedes, type StoredRevision } from './push/storedRevision';
export { writeSplittingRefusals, type SplitOnRefusalOptions } from './push/splitOnRefusal';
export { pushPerHostObject, type HostObjectWrite, type PushPerHostObjectOptions } from './push/pushPerHostObject';
export { syncFromOutbox, type OutboxSource, type SyncOptions, type SyncSummary } from './sync/syncFromOutbox';
export { defineAdapterPlugin, secretFromEnv, type AdapterPlugin, type AdapterPluginContext } from './plugin';
