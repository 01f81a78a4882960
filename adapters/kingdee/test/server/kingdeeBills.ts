/**
 * The data side of the simulated Kingdee K/3 Cloud (platforms.md § 4): custom bills published from the BOS
 * designer, each with a header of typed fields. `Save`/`BatchSave` create (`FID` 0) or update (`FID` of an
 * existing bill) and report per model (`DIndex`) in `Result.ResponseStatus`; `ExecuteBillQuery` answers rows as
 * arrays in `FieldKeys` order, paged by `StartRow`/`Limit`, and refuses unknown forms and field keys.
 */
import { evaluate, filterFields, parseFilterString } from './filterString';

/** A header field as defined in the BOS designer. */
export interface KdField {
  /** Field key (标识), e.g. `F_O75_RecordId`. */
  key: string;
  name: string;
  type: 'text' | 'textarea' | 'integer' | 'decimal' | 'date' | 'datetime' | 'checkbox';
  maxLength?: number;
  required?: boolean;
}

export interface KdBill {
  FID: number;
  FBillNo: string;
  FCreateDate: string;
  FModifyDate: string;
  FDocumentStatus: string;
  values: Map<string, unknown>;
}

export interface KdForm {
  formId: string;
  name: string;
  fields: KdField[];
  bills: Map<number, KdBill>;
  billNoPrefix: string;
  nextNo: number;
}

export interface KdError {
  FieldName: string | null;
  Message: string;
  DIndex: number;
}

export interface KdSuccess {
  Id: number;
  Number: string;
  DIndex: number;
}

export const SYSTEM_KEYS = ['FID', 'FBillNo', 'FCreateDate', 'FModifyDate', 'FDocumentStatus'];

/** A local time stamp as Kingdee reports it (server zone UTC+8, no offset), with milliseconds. */
export function kdTimestamp(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 23);
}

function convert(field: KdField, value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  if (value === null || value === undefined || value === '') return { ok: true, value: null };
  switch (field.type) {
    case 'text':
    case 'textarea': {
      if (typeof value !== 'string') return { ok: false, message: `字段“${field.name}”的值不是文本` };
      if (field.maxLength && value.length > field.maxLength) return { ok: false, message: `字段“${field.name}”超出最大长度 ${field.maxLength}` };
      return { ok: true, value };
    }
    case 'integer':
      return Number.isInteger(value) ? { ok: true, value } : { ok: false, message: `字段“${field.name}”的值不是整数` };
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value) ? { ok: true, value } : { ok: false, message: `字段“${field.name}”的值不是数值` };
    case 'checkbox':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, message: `字段“${field.name}”的值不是布尔值` };
    default: {
      const m = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}:\d{2}))?$/.exec(value) : null;
      if (!m) return { ok: false, message: `字段“${field.name}”的日期格式不正确` };
      return { ok: true, value: `${m[1]}T${field.type === 'date' ? '00:00:00' : (m[2] ?? '00:00:00')}` };
    }
  }
}

/** Saves one model; returns the bill or the errors (nothing is written on error). */
export function saveModel(form: KdForm, model: unknown, dIndex: number, now: number, needUpdateFields?: readonly string[]): KdSuccess | KdError[] {
  if (!model || typeof model !== 'object' || Array.isArray(model)) return [{ FieldName: null, Message: 'Model 不是对象', DIndex: dIndex }];
  const m = model as Record<string, unknown>;
  const fid = Number(m.FID ?? 0);
  const existing = fid > 0 ? form.bills.get(fid) : undefined;
  if (fid > 0 && !existing) return [{ FieldName: 'FID', Message: `单据（内码 ${fid}）不存在或已被删除`, DIndex: dIndex }];
  const errors: KdError[] = [];
  const values = new Map<string, unknown>();
  for (const field of form.fields) {
    if (!(field.key in m)) {
      if (!existing && field.required) errors.push({ FieldName: field.key, Message: `字段“${field.name}”是必录项`, DIndex: dIndex });
      continue;
    }
    if (existing && needUpdateFields && needUpdateFields.length > 0 && !needUpdateFields.includes(field.key)) continue;
    const c = convert(field, m[field.key]);
    if (!c.ok) errors.push({ FieldName: field.key, Message: c.message, DIndex: dIndex });
    else if (field.required && c.value === null) errors.push({ FieldName: field.key, Message: `字段“${field.name}”是必录项`, DIndex: dIndex });
    else values.set(field.key, c.value);
  }
  if (errors.length > 0) return errors;
  const stamp = kdTimestamp(now);
  let bill = existing;
  if (!bill) {
    const id = 100_000 + form.bills.size + 1;
    const billNo = typeof m.FBillNo === 'string' && m.FBillNo ? m.FBillNo : `${form.billNoPrefix}${String(form.nextNo++).padStart(6, '0')}`;
    bill = { FID: id, FBillNo: billNo, FCreateDate: stamp, FModifyDate: stamp, FDocumentStatus: 'A', values: new Map() };
    form.bills.set(id, bill);
  }
  for (const [k, v] of values) bill.values.set(k, v);
  bill.FModifyDate = stamp;
  return { Id: bill.FID, Number: bill.FBillNo, DIndex: dIndex };
}

/** `ExecuteBillQuery` parameters (platforms.md § 4.3). */
export interface QueryParams {
  FormId?: unknown;
  FieldKeys?: unknown;
  FilterString?: unknown;
  OrderString?: unknown;
  TopRowCount?: unknown;
  StartRow?: unknown;
  Limit?: unknown;
}

/** Runs a query; returns rows or an error message. */
export function query(forms: Map<string, KdForm>, p: QueryParams, maxLimit: number): unknown[][] | string {
  const form = forms.get(String(p.FormId ?? ''));
  if (!form) return `业务对象不存在（FormId：${String(p.FormId ?? '')}）`;
  const known = new Set([...SYSTEM_KEYS, ...form.fields.map((f) => f.key)]);
  const keys = String(p.FieldKeys ?? '').split(',').map((k) => k.trim()).filter(Boolean);
  if (keys.length === 0) return 'FieldKeys 不能为空';
  const unknown = keys.find((k) => !known.has(k));
  if (unknown) return `字段 ${unknown} 不存在`;
  let filter: ReturnType<typeof parseFilterString>;
  try {
    filter = parseFilterString(String(p.FilterString ?? ''));
  } catch (e) {
    return `FilterString 语法错误：${(e as Error).message}`;
  }
  const badFilterKey = filterFields(filter).find((k) => !known.has(k));
  if (badFilterKey) return `过滤条件中的字段 ${badFilterKey} 不存在`;
  const get = (bill: KdBill, key: string): unknown => (SYSTEM_KEYS.includes(key) ? bill[key as keyof KdBill] : bill.values.get(key) ?? null);
  const rows = [...form.bills.values()].filter((b) => evaluate(filter, (k) => get(b, k)));
  const order = String(p.OrderString ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const [key, dir] = s.split(/\s+/);
    return { key: key!, desc: (dir ?? '').toUpperCase() === 'DESC' };
  });
  rows.sort((a, b) => {
    for (const o of order) {
      const x = get(a, o.key) as string | number;
      const y = get(b, o.key) as string | number;
      if (x !== y) return (x < y ? -1 : 1) * (o.desc ? -1 : 1);
    }
    return a.FID - b.FID;
  });
  const top = Number(p.TopRowCount ?? 0);
  const capped = top > 0 ? rows.slice(0, top) : rows;
  const start = Number(p.StartRow ?? 0);
  const requested = Number(p.Limit ?? 0);
  const limit = requested > 0 ? Math.min(requested, maxLimit) : maxLimit;
  return capped.slice(start, start + limit).map((b) => keys.map((k) => get(b, k)));
}
