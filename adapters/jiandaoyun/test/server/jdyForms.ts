/**
 * The data side of the simulated Jiandaoyun: forms built "in the UI" by the test (there is no form-definition
 * write API, platforms.md § 6.1), their widgets, and records with the v5 value rules — values wrapped as
 * `{ value }` on write, keyed by alias (or `_widget_…` id) on read, `data/list` sorted by `_id` ascending, and a
 * `filter` that silently ignores what it cannot apply (system fields, unknown methods, values of the wrong type),
 * as observed on live accounts.
 */

/** A widget as a person creates it in the form designer. */
export interface JdyWidget {
  /** `_widget_<timestamp>`, assigned by the designer. */
  widgetName: string;
  /** The alias (字段别名) set in the designer; the API then names the field by it. */
  alias?: string;
  label: string;
  /** `text`, `textarea`, `number`, `datetime`, `radiogroup`, `combo`, `subform`, `upload`, … */
  type: string;
  items?: JdyWidget[];
}

export interface JdyRecord {
  _id: string;
  createTime: string;
  updateTime: string;
  values: Map<string, unknown>;
  /** The `transaction_id` that created it. */
  transactionId?: string;
}

export interface JdyForm {
  appId: string;
  entryId: string;
  name: string;
  widgets: JdyWidget[];
  records: Map<string, JdyRecord>;
}

export const SYSTEM_FIELDS = ['_id', 'appId', 'entryId', 'creator', 'updater', 'deleter', 'createTime', 'updateTime', 'deleteTime'];

/** The name the API uses for a widget: its alias when one is set. */
export const widgetKey = (w: JdyWidget) => w.alias ?? w.widgetName;

export function findWidget(form: JdyForm, key: string): JdyWidget | undefined {
  return form.widgets.find((w) => w.alias === key || w.widgetName === key);
}

/** Datetime values arrive as ISO 8601, a ms timestamp, or `yyyy-MM-dd HH:mm:ss` in the company's zone (UTC+8). */
function toDatetime(v: unknown): string | null {
  if (typeof v === 'number') return new Date(v).toISOString();
  if (typeof v !== 'string') return null;
  const local = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(v);
  if (local) {
    const [, y, mo, d, h, mi, s] = local.map(Number) as [number, number, number, number, number, number, number];
    return new Date(Date.UTC(y, mo - 1, d, h - 8, mi, s)).toISOString();
  }
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function coerce(widget: JdyWidget, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (widget.type) {
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(n) ? n : null;
    }
    case 'datetime':
      return toDatetime(value);
    case 'text':
    case 'textarea':
    case 'radiogroup':
    case 'combo':
      return typeof value === 'string' ? value : String(value);
    default:
      return value;
  }
}

/** Applies a v5 `data` object (`{ key: { value } }`); unknown keys are ignored, as API writes skip validation. */
export function applyData(form: JdyForm, record: JdyRecord, data: unknown): void {
  if (!data || typeof data !== 'object') return;
  for (const [key, wrapped] of Object.entries(data as Record<string, unknown>)) {
    const widget = findWidget(form, key);
    if (!widget || !wrapped || typeof wrapped !== 'object' || !('value' in wrapped)) continue;
    record.values.set(widget.widgetName, coerce(widget, (wrapped as { value: unknown }).value));
  }
}

const SYSTEM_USER = { name: 'API', username: 'api', status: 1, type: 0, departments: [] };

/** A record as `data/get`, `data/list` and `data/create` return it, optionally projected to `fields`. */
export function present(form: JdyForm, record: JdyRecord, fields?: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { _id: record._id, appId: form.appId, entryId: form.entryId };
  const projected = fields?.map((f) => findWidget(form, f)).filter((w): w is JdyWidget => !!w);
  const widgets = projected && projected.length > 0 ? projected : form.widgets;
  if (!projected || projected.length === 0) {
    Object.assign(out, { creator: SYSTEM_USER, updater: SYSTEM_USER, deleter: null, createTime: record.createTime, updateTime: record.updateTime, deleteTime: null });
  }
  for (const w of widgets) out[widgetKey(w)] = record.values.get(w.widgetName) ?? (w.type === 'subform' || w.type === 'upload' ? [] : '');
  return out;
}

interface Condition {
  field?: unknown;
  method?: unknown;
  value?: unknown;
}

const METHODS = new Set(['eq', 'ne', 'in', 'nin', 'empty', 'not_empty', 'range', 'gt', 'lt', 'like']);

/** One condition as a predicate, or undefined when the platform would silently drop it. */
function predicate(form: JdyForm, c: Condition): ((r: JdyRecord) => boolean) | undefined {
  if (typeof c.field !== 'string' || typeof c.method !== 'string' || !METHODS.has(c.method)) return undefined;
  const widget = findWidget(form, c.field);
  if (!widget) return undefined;
  const values = Array.isArray(c.value) ? c.value : [];
  const numeric = widget.type === 'number';
  if (!['empty', 'not_empty'].includes(c.method) && values.some((v) => v !== null && (numeric ? typeof v !== 'number' : typeof v !== 'string'))) {
    return undefined;
  }
  const get = (r: JdyRecord) => r.values.get(widget.widgetName);
  const isEmpty = (v: unknown) => v === null || v === undefined || v === '';
  switch (c.method) {
    case 'eq':
      return (r) => get(r) === values[0];
    case 'ne':
      return (r) => get(r) !== values[0];
    case 'in':
      return (r) => values.includes(get(r));
    case 'nin':
      return (r) => !values.includes(get(r));
    case 'empty':
      return (r) => isEmpty(get(r));
    case 'not_empty':
      return (r) => !isEmpty(get(r));
    case 'like':
      return (r) => typeof get(r) === 'string' && (get(r) as string).includes(String(values[0]));
    case 'gt':
      return (r) => !isEmpty(get(r)) && (get(r) as number | string) > (values[0] as number | string);
    case 'lt':
      return (r) => !isEmpty(get(r)) && (get(r) as number | string) < (values[0] as number | string);
    default: {
      const [lo, hi] = values as [number | string | null, number | string | null];
      return (r) => {
        const v = get(r) as number | string;
        return !isEmpty(v) && (lo === null || lo === undefined || v >= lo) && (hi === null || hi === undefined || v <= hi);
      };
    }
  }
}

/** The `filter` of `data/list` as a predicate; conditions the platform cannot apply are dropped, not rejected. */
export function compileFilter(form: JdyForm, filter: unknown): (r: JdyRecord) => boolean {
  if (!filter || typeof filter !== 'object') return () => true;
  const { rel, cond } = filter as { rel?: unknown; cond?: unknown };
  const preds = (Array.isArray(cond) ? cond : []).map((c: Condition) => predicate(form, c)).filter((p) => !!p);
  if (preds.length === 0) return () => true;
  return rel === 'or' ? (r) => preds.some((p) => p(r)) : (r) => preds.every((p) => p(r));
}
