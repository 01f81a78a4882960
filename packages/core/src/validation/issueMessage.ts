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

/** "当「检查结果」为「发现隐患」时" — the condition of an `if` that made a `then` apply, when it is simple. */
function conditionOf(root: JsonSchema, schemaPath: string, parentSegments: string[]): Message | undefined {
  const m = /^(.*)\/then\//.exec(schemaPath);
  if (!m?.[1]) return undefined;
  let node: unknown = root;
  for (const seg of m[1].replace(/^#\/?/, '').split('/').filter(Boolean)) node = (node as Record<string, unknown>)?.[seg];
  const props = ((node as Record<string, unknown> | undefined)?.if as Record<string, unknown> | undefined)?.properties as
    | Record<string, { const?: unknown; enum?: unknown[] }>
    | undefined;
  if (!props) return undefined;
  const [name, cond] = Object.entries(props)[0] ?? [];
  if (!name || !cond) return undefined;
  const fieldNode = schemaAt(root, [...parentSegments, name]);
  const field = fieldLabel(root, [...parentSegments, name]);
  const fieldZh = field.zh.split(' › ').pop();
  const fieldEn = field.en.split(' › ').pop();
  const values = 'const' in cond ? [cond.const] : (cond.enum ?? []);
  const label = join(
    values.map((v) => enumLabel(fieldNode, v)),
    { zh: '或', en: ' or ' },
  );
  return { zh: `当「${fieldZh}」为「${label.zh}」时`, en: `when ${fieldEn} is ${label.en}` };
}

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
      const when = root ? conditionOf(root, error.schemaPath, segments) : undefined;
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
      return {
        path: [...segments, extra],
        message: {
          zh: `不允许的字段「${extra}」：请删除，或检查字段名的拼写`,
          en: `unknown field "${extra}": remove it or check its spelling`,
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
      const when = root ? conditionOf(root, error.schemaPath, segments.slice(0, -3)) : undefined;
      const prefix = when && error.schemaPath.includes('/then/') ? { zh: `${when.zh}，`, en: `${when.en}, ` } : { zh: '', en: '' };
      return {
        path: segments,
        message:
          allowed.length === 1
            ? { zh: `${prefix.zh}应为 ${list.zh}`, en: `${prefix.en}should be ${list.en}` }
            : { zh: `${prefix.zh}应为以下之一：${list.zh}`, en: `${prefix.en}should be one of: ${list.en}` },
      };
    }
    case 'format': {
      const value = segments.reduce<unknown>((v, s) => (v as Record<string, unknown>)?.[s], data);
      return { path: segments, message: formatHint(String(params.format), value) };
    }
    case 'pattern': {
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
      return { path: segments, message: { zh: `至少需要 ${params.limit} 项`, en: `needs at least ${params.limit} item(s)` } };
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
