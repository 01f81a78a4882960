/**
 * The host field naming convention: `o75_` prefix, snake_case, at most 64 characters (MySQL's identifier limit,
 * and within Jiandaoyun/Feishu alias limits). A name that would be longer is cut and ends in a short hash of
 * the full name, so two long paths never collide by truncation.
 */
import { stableHash } from '../idempotency';

/** Options of {@link hostFieldName}. */
export interface HostFieldNameOptions {
  /** Default `o75_`. */
  prefix?: string;
  /** Default 64. */
  maxLength?: number;
}

/** `hazardId` → `hazard_id`; `ISOWeek` → `iso_week`. */
export function snakeCase(word: string): string {
  return word
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/**
 * The host name of a JSON path: `items/hazardId` (or `/items/*\/hazardId`, or `['items', 'hazardId']`) →
 * `o75_items_hazard_id`. Wildcards and empty segments are dropped; characters other than `[a-z0-9_]` become `_`.
 */
export function hostFieldName(path: string | readonly string[], options: HostFieldNameOptions = {}): string {
  const prefix = options.prefix ?? 'o75_';
  const max = options.maxLength ?? 64;
  const segments = (typeof path === 'string' ? path.split(/[/.]/) : [...path]).filter((s) => s !== '' && s !== '*');
  const body = segments
    .map((s) => snakeCase(s).replace(/[^a-z0-9_]+/g, '_'))
    .join('_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
  const name = `${prefix}${body}`;
  if (name.length <= max) return name;
  const hash = stableHash(name).slice(0, 8);
  return `${name.slice(0, max - 9).replace(/_$/, '')}_${hash}`;
}
