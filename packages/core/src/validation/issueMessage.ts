/**
 * One ajv error → one issue message that names the field by its title and says how to fix it,
 * in zh-CN and en. Keywords not handled here fall back to ajv-i18n's Chinese text.
 */
import type { ErrorObject } from 'ajv';
import type { JsonSchema, Message } from '@order75/schemas';
import { enumLabel, fieldLabel, pointerSegments, schemaAt } from './fieldPath';
import { formatHint } from './formatHints';

const TYPE_NAMES: Record<string, Message> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '是/否', en: 'true or false' },
  object: { zh: '对象', en: 'an object' },
  array: { zh: '列表', en: 'a list' },
  null: { zh: '空值', en: 'null' },
};

function join(list: Message[], sep: { zh: string; en: string }): Message {
  return { zh: list.map((m) => m.zh).join(sep.zh), en: list.map((m) => m.en).join(sep.en) };
}

/** "暂停、撤销或注销" / "Suspended, Revoked or Cancelled". */
function either(list: Message[]): Message {
  if (list.length < 2) return list[0] ?? { zh: '', en: '' };
  const head = join(list.slice(0, -1), { zh: '、', en: ', ' });
  const last = list[list.length - 1] as Message;
  return { zh: `${head.zh}或${last.zh}`, en: `${head.en} or ${last.en}` };
}

type Node = Record<string, unknown>;

function valueAt(data: unknown, segments: readonly string[]): unknown {
  return segments.reduce<unknown>((v, s) => (v as Record<string, unknown> | undefined)?.[s], data);
}

/** Whether a simple `if` (required, and properties with const / enum / minimum) holds for `value`. */
function holds(cond: Node, value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  for (const name of (cond.required as string[] | undefined) ?? []) if (!(name in v)) return false;
  for (const [name, s] of Object.entries((cond.properties as Record<string, Node> | undefined) ?? {})) {
    if (!(name in v)) continue;
    const x = v[name];
    if ('const' in s && x !== s.const) return false;
    if (Array.isArray(s.enum) && !s.enum.includes(x)) return false;
    if (typeof s.minimum === 'number' && !(typeof x === 'number' && x >= s.minimum)) return false;
  }
  return true;
}

/**
 * The `if` that made a `then` apply to `segments`: looked up in the bundled schema from the nearest enclosing
 * object outwards (ajv's `schemaPath` is relative to whichever referenced schema failed, so it cannot be
 * resolved against the record's schema), and confirmed against the data.
 */
function activeCondition(
  root: JsonSchema,
  data: unknown,
  segments: string[],
  applies: (then: Node, rest: string[]) => boolean,
): { at: string[]; cond: Node } | undefined {
  for (let k = segments.length; k >= 0; k--) {
    const at = segments.slice(0, k);
    for (const part of (schemaAt(root, at)?.allOf as Node[] | undefined) ?? []) {
      const cond = part.if as Node | undefined;
      const then = part.then as Node | undefined;
      if (cond && then && applies(then, segments.slice(k)) && holds(cond, valueAt(data, at))) return { at, cond };
    }
  }
  return undefined;
}

const BOOLEAN: Record<string, Message> = { true: { zh: '是', en: 'true' }, false: { zh: '否', en: 'false' } };

/** "当「检查结果」为「发现隐患」时" / "when Result is Hazard found" — the condition in words, when it is simple. */
function describeCondition(root: JsonSchema, found: { at: string[]; cond: Node } | undefined): Message | undefined {
  const [name, cond] = Object.entries((found?.cond.properties as Record<string, Node> | undefined) ?? {})[0] ?? [];
  if (!found || !name || !cond) return undefined;
  const path = [...found.at, name];
  const fieldNode = schemaAt(root, path);
  const field = fieldLabel(root, path);
  const zh = field.zh.split(' › ').pop();
  const en = field.en.split(' › ').pop();
  if (typeof cond.minimum === 'number') {
    return { zh: `当「${zh}」为 ${cond.minimum} 或以上时`, en: `when ${en} is ${cond.minimum} or more` };
  }
  const values = 'const' in cond ? [cond.const] : ((cond.enum as unknown[] | undefined) ?? []);
  if (!values.length) return undefined;
  const label = either(values.map((v) => BOOLEAN[String(v)] ?? enumLabel(fieldNode, v)));
  return { zh: `当「${zh}」为「${label.zh}」时`, en: `when ${en} is ${label.en}` };
}

/** Field names that carry personal data, which records never hold (DESIGN: person registry only). */
const PERSONAL = /^(id|idNo|idNumber|idCard|identityCard|residentId|phone|phoneNumber|mobile|tel|telephone|email)$/i;

/** The title of the object that holds a field: the record's own title at the top level. */
function holderTitle(root: JsonSchema | undefined, segments: string[]): Message {
  const node = segments.length ? schemaAt(root, segments) : (root as Node | undefined);
  const zh = typeof node?.title === 'string' ? node.title : '记录';
  const en = typeof node?.['x-title-en'] === 'string' ? (node['x-title-en'] as string) : 'the record';
  return { zh: zh.startsWith('《') ? zh : `「${zh}」`, en };
}

/** Hints for the identifier patterns the schemas share; other patterns fall back to the field's description. */
const PATTERN_HINTS: Record<string, Message> = {
  '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$': {
    zh: '只能用字母、数字和 . _ -，以字母或数字开头，最长 64 位（不能有空格或中文）',
    en: 'use letters, digits and . _ - only, starting with a letter or digit, up to 64 characters (no spaces)',
  },
  '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$': {
    zh: '只能用字母、数字和 . _ : -，以字母或数字开头，最长 64 位（不能有空格或中文）',
    en: 'use letters, digits and . _ : - only, starting with a letter or digit, up to 64 characters (no spaces)',
  },
  '^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$': {
    zh: '只能用字母、数字和 . _ : -，以字母或数字开头，最长 80 位（不能有空格或中文），如 mawei-20261124-01',
    en: 'use letters, digits and . _ : - only, starting with a letter or digit, up to 80 characters (no spaces), e.g. mawei-20261124-01',
  },
  '^\\S{1,32}$': { zh: '不能有空格，最长 32 个字符，如 V2.1', en: 'no spaces, up to 32 characters, e.g. V2.1' },
  '^(sha256:[0-9a-f]{64}|sm3:[0-9a-f]{64})$': {
    zh: '应为 sha256: 或 sm3: 加 64 位小写十六进制',
    en: 'should be sha256: or sm3: followed by 64 lower-case hex digits',
  },
  '^(sha256|sm3):[0-9a-f]{64}$': {
    zh: '应为 sha256: 或 sm3: 加 64 位小写十六进制',
    en: 'should be sha256: or sm3: followed by 64 lower-case hex digits',
  },
  '^[A-Za-z0-9+/]+={0,2}$': {
    zh: '应为 Base64 编码（A–Z、a–z、0–9、+、/，末尾可有 =）',
    en: 'should be Base64 (A–Z, a–z, 0–9, +, /, optionally ending in =)',
  },
  '^[0-9]{4}-(0[1-9]|1[0-2])$': { zh: '应为 YYYY-MM，月份 01–12，如 2026-11', en: 'should be YYYY-MM with a month 01–12, e.g. 2026-11' },
  '^[a-z]+/[a-z0-9.+-]+$': {
    zh: '应为小写的文件类型，如 image/jpeg、application/pdf',
    en: 'should be a lower-case media type, e.g. image/jpeg, application/pdf',
  },
};

export interface Described {
  path: string[];
  message: Message;
}

/**
 * Describes one error. `root` is the record's bundled schema (titles, enum labels), `schemaPath` is
 * relative to the schema ajv evaluated (used only for conditions).
 */
export function describeError(error: ErrorObject, root: JsonSchema | undefined, data: unknown): Described {
  const segments = pointerSegments(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const node = schemaAt(root, segments);
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const path = [...segments, missing];
      const label = fieldLabel(root, path);
      const name = { zh: label.zh.split(' › ').pop(), en: label.en.split(' › ').pop() };
      const when =
        root && error.schemaPath.includes('/then/')
          ? describeCondition(
              root,
              activeCondition(root, data, segments, (then, rest) => !rest.length && ((then.required as string[] | undefined) ?? []).includes(missing)),
            )
          : undefined;
      return {
        path,
        message: when
          ? { zh: `${when.zh}必须填写「${name.zh}」`, en: `${name.en} is required ${when.en}` }
          : { zh: `缺少必填项「${name.zh}」，请填写`, en: `${name.en} is required; fill it in` },
      };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const extra = String(params.additionalProperty ?? params.unevaluatedProperty);
      const holder = holderTitle(root, segments);
      return {
        path: [...segments, extra],
        message: PERSONAL.test(extra)
          ? {
              zh: `${holder.zh}中不允许的字段「${extra}」：身份证号、手机号等个人信息不写入记录，只保存在记录库的人员登记中（加密），请删除`,
              en: `${holder.en} may not have a field "${extra}": ID numbers, phone numbers and other personal data never go into records, only into the store's encrypted person registry; remove it`,
            }
          : {
              zh: `${holder.zh}中不允许的字段「${extra}」：请删除，或检查字段名的拼写`,
              en: `${holder.en} has no field "${extra}": remove it or check its spelling`,
            },
      };
    }
    case 'type': {
      const types = String(params.type).split(',');
      const names = join(
        types.map((t) => TYPE_NAMES[t] ?? { zh: t, en: t }),
        { zh: '或', en: ' or ' },
      );
      return { path: segments, message: { zh: `应为${names.zh}`, en: `should be ${names.en}` } };
    }
    case 'enum':
    case 'const': {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue];
      const labels = allowed.map((v) => {
        const l = enumLabel(node, v);
        return l.zh === String(v) ? { zh: String(v), en: String(v) } : { zh: `${v}（${l.zh}）`, en: `${v} (${l.en})` };
      });
      const list = join(labels, { zh: '、', en: ', ' });
      const when =
        root && error.schemaPath.includes('/then/')
          ? describeCondition(
              root,
              activeCondition(root, data, segments.slice(0, -1), (then, rest) => {
                const target = schemaAt(then as JsonSchema, [...rest, segments[segments.length - 1] as string]);
                return target !== undefined && ('enum' in target || 'const' in target);
              }),
            )
          : undefined;
      const prefix = when ? { zh: `${when.zh}，`, en: `${when.en}, ` } : { zh: '', en: '' };
      return {
        path: segments,
        message:
          allowed.length === 1
            ? { zh: `${prefix.zh}应为 ${list.zh}`, en: `${prefix.en}should be ${list.en}` }
            : { zh: `${prefix.zh}应为以下之一：${list.zh}`, en: `${prefix.en}should be one of: ${list.en}` },
      };
    }
    case 'format':
      return { path: segments, message: formatHint(String(params.format), valueAt(data, segments)) };
    case 'pattern': {
      const hint = PATTERN_HINTS[String(params.pattern)];
      if (hint) return { path: segments, message: hint };
      const zh = typeof node?.description === 'string' ? `格式不正确：${node.description}` : '格式不正确';
      const en =
        typeof node?.['x-description-en'] === 'string' ? `has the wrong form: ${node['x-description-en']}` : 'has the wrong form';
      return { path: segments, message: { zh, en } };
    }
    case 'minLength':
      return Number(params.limit) <= 1
        ? { path: segments, message: { zh: '不能为空，请填写', en: 'must not be empty; fill it in' } }
        : { path: segments, message: { zh: `至少 ${params.limit} 个字`, en: `needs at least ${params.limit} characters` } };
    case 'maxLength':
      return { path: segments, message: { zh: `最多 ${params.limit} 个字，请缩短`, en: `at most ${params.limit} characters; shorten it` } };
    case 'minimum':
    case 'exclusiveMinimum':
      return { path: segments, message: { zh: `不能小于 ${params.limit}`, en: `must be at least ${params.limit}` } };
    case 'maximum':
    case 'exclusiveMaximum':
      return { path: segments, message: { zh: `不能大于 ${params.limit}`, en: `must be at most ${params.limit}` } };
    case 'minItems':
      return {
        path: segments,
        message: {
          zh: `至少需要 ${params.limit} 项`,
          en: Number(params.limit) === 1 ? 'needs at least one item' : `needs at least ${params.limit} items`,
        },
      };
    case 'maxItems':
      return { path: segments, message: { zh: `最多 ${params.limit} 项`, en: `at most ${params.limit} items` } };
    case 'uniqueItems':
      return {
        path: segments,
        message: {
          zh: `第 ${Number(params.j) + 1} 项与第 ${Number(params.i) + 1} 项重复，请删除重复项`,
          en: `items #${Number(params.j) + 1} and #${Number(params.i) + 1} are the same; remove the duplicate`,
        },
      };
    default:
      return {
        path: segments,
        message: { zh: error.message ?? '不符合要求', en: error.message ?? 'is not valid' },
      };
  }
}
