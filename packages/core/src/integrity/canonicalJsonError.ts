/**
 * Why a value has no RFC 8785 form, and where: the slow walk `canonicalJson` runs only after its fast path
 * rejected a value. Errors name the JSON Pointer, never the value (it may be personal data).
 */
import type { Message } from '@order75/schemas';

/** What kind of value cannot be canonicalised. */
export type CanonicalJsonReason =
  | 'undefined'
  | 'function'
  | 'symbol'
  | 'bigint'
  | 'non-finite-number'
  | 'lone-surrogate'
  | 'non-plain-object'
  | 'too-deep';

/** The first offending value: a JSON Pointer and the reason. */
export interface CanonicalJsonProblem {
  path: string;
  reason: CanonicalJsonReason;
}

const WHAT: Record<CanonicalJsonReason, Message> = {
  undefined: { zh: '值为 undefined，JSON 中没有该值；请删除该字段或改为 null', en: 'is undefined, which JSON has not; remove the field or use null' },
  function: { zh: '值为函数，不是 JSON 数据', en: 'is a function, not JSON data' },
  symbol: { zh: '值为 Symbol，不是 JSON 数据', en: 'is a symbol, not JSON data' },
  bigint: { zh: '值为 BigInt；请改为数字或字符串', en: 'is a bigint; use a number or a string' },
  'non-finite-number': { zh: '数字不是有限值（NaN 或 Infinity）', en: 'is not a finite number (NaN or Infinity)' },
  'lone-surrogate': { zh: '字符串含有不成对的代理字符（非法 Unicode）', en: 'contains a lone surrogate (not valid Unicode)' },
  'non-plain-object': {
    zh: '不是普通对象（如 Date、Map 或类实例）；请先转换为 JSON 数据（日期用字符串）',
    en: 'is not a plain object (a Date, Map or class instance); convert it to JSON data first (dates as strings)',
  },
  'too-deep': { zh: '嵌套过深或存在循环引用', en: 'is nested too deeply or contains a cycle' },
};

/** Thrown by `canonicalJson` for a value that is not JSON data. Carries the pointer, never the value. */
export class CanonicalJsonError extends TypeError {
  override readonly name = 'CanonicalJsonError';
  readonly path: string;
  readonly reason: CanonicalJsonReason;
  /** The same text in both languages. */
  readonly text: Message;

  constructor(problem: CanonicalJsonProblem) {
    const where = problem.path === '' ? '(root)' : problem.path;
    const text = { zh: `规范化 JSON：${where} ${WHAT[problem.reason].zh}`, en: `canonical JSON: ${where} ${WHAT[problem.reason].en}` };
    super(`${text.en} (${text.zh})`);
    this.path = problem.path;
    this.reason = problem.reason;
    this.text = text;
  }
}

function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Finds the first value `canonicalJson` rejects, in canonical key order; `undefined` when there is none. */
export function findNonCanonical(
  value: unknown,
  maxDepth: number,
  isRaw?: (value: unknown) => boolean,
  path = '',
  depth = 0,
): CanonicalJsonProblem | undefined {
  switch (typeof value) {
    case 'string':
      return LONE.test(value) ? { path, reason: 'lone-surrogate' } : undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : { path, reason: 'non-finite-number' };
    case 'boolean':
      return undefined;
    case 'undefined':
    case 'function':
    case 'symbol':
    case 'bigint':
      return { path, reason: typeof value as CanonicalJsonReason };
    default:
      break;
  }
  if (value === null) return undefined;
  if (depth >= maxDepth) return { path, reason: 'too-deep' };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNonCanonical(value[i], maxDepth, isRaw, pointer(path, i), depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (isRaw?.(value)) return undefined;
  const proto = Object.getPrototypeOf(value);
  if (!(proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null)) {
    return { path, reason: 'non-plain-object' };
  }
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj).sort()) {
    if (LONE.test(key)) return { path: pointer(path, key), reason: 'lone-surrogate' };
    const found = findNonCanonical(obj[key], maxDepth, isRaw, pointer(path, key), depth + 1);
    if (found) return found;
  }
  return undefined;
}
