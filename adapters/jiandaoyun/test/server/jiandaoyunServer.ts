/**
 * A local server speaking the 简道云 Jiandaoyun API v5 wire contract of platforms.md § 6.1: POST-only JSON under
 * `/api/v5/app/entry/…`, `Authorization: Bearer <API key>`, errors as HTTP 400 `{ code, msg }`, the company
 * limit of 50 requests/s (8303) and the per-API limits (8304: widget/list, data/get, data/list 30/s; data/create,
 * update, delete 20/s; batch_* 10/s), `data/batch_create` ≤ 100 (17024), and `transaction_id` valid for one hour
 * (a completed transaction sent again is refused with 17026). Consistent with the published contract, not with a
 * live instance.
 */
import { SimulatedPlatform, SlidingWindow, type HostReply, type HostRequest, type SimulatedPlatformOptions } from '@order75/adapter-kit/testing';
import { applyData, compileFilter, present, type JdyForm, type JdyRecord, type JdyWidget } from './jdyForms';

export interface JiandaoyunServerOptions extends SimulatedPlatformOptions {
  /** Accepted API keys. Default `['jdy-test-key']`. */
  apiKeys?: string[];
  /** Enforce the published rate limits (default true). */
  rateLimits?: boolean;
}

const BASE = '/api/v5/app/entry/';

/** Per-API limits, requests per second (platforms.md § 6.1). */
export const JDY_API_LIMITS: Readonly<Record<string, number>> = {
  'widget/list': 30,
  'data/get': 30,
  'data/list': 30,
  'data/create': 20,
  'data/update': 20,
  'data/delete': 20,
  'data/batch_create': 10,
  'data/batch_update': 10,
  'data/batch_delete': 10,
};
export const JDY_GLOBAL_LIMIT = 50;
const TRANSACTION_TTL_MS = 60 * 60 * 1000;

const error = (code: number, msg: string, status = 400): HostReply => ({ status, body: { code, msg } });

/** The simulated Jiandaoyun: `host` is the HTTP side, the rest is test set-up and inspection. */
export class JiandaoyunServer extends SimulatedPlatform {
  private readonly apps = new Map<string, Map<string, JdyForm>>();
  private readonly transactions = new Map<string, { at: number; ids: string[] }>();
  private readonly apiKeys: Set<string>;
  private readonly window = new SlidingWindow();
  private seq = 0;
  rateLimits: boolean;
  /**
   * Records whose `o75_record_id` is listed here are refused with code 1, as a host-side check would refuse
   * them (the whole request fails, as a batch does on Jiandaoyun).
   */
  readonly rejectIds = new Set<string>();

  constructor(options: JiandaoyunServerOptions = {}) {
    super(options, (kind) => (kind === 'throttle' ? error(8303, '超出请求并发限制', 429) : { status: 502, body: '<html>502 Bad Gateway</html>' }));
    this.apiKeys = new Set(options.apiKeys ?? ['jdy-test-key']);
    this.rateLimits = options.rateLimits ?? true;
  }

  /** The base URL an adapter is configured with (`…/api`, like `https://api.jiandaoyun.com/api`). */
  get baseUrl(): string {
    return `${this.host.url}/api`;
  }

  /** Builds a form, as a person would in the designer. Widgets without a `widgetName` get one. */
  addForm(appId: string, entryId: string, name: string, widgets: (Omit<JdyWidget, 'widgetName'> & { widgetName?: string })[]): JdyForm {
    const app = this.apps.get(appId) ?? new Map<string, JdyForm>();
    this.apps.set(appId, app);
    const form: JdyForm = {
      appId,
      entryId,
      name,
      widgets: widgets.map((w, i) => ({ ...w, widgetName: w.widgetName ?? `_widget_${1_700_000_000_000 + this.seq * 100 + i}` }) as JdyWidget),
      records: new Map(),
    };
    this.seq += 1;
    app.set(entryId, form);
    return form;
  }

  form(appId: string, entryId: string): JdyForm | undefined {
    return this.apps.get(appId)?.get(entryId);
  }

  /** Every form of every app. */
  allForms(): JdyForm[] {
    return [...this.apps.values()].flatMap((app) => [...app.values()]);
  }

  private refused(data: unknown): HostReply | undefined {
    const id = (data as Record<string, { value?: unknown } | undefined> | undefined)?.o75_record_id?.value;
    return typeof id === 'string' && this.rejectIds.has(id) ? error(1, 'The request is invalid.') : undefined;
  }

  private nextId(): string {
    this.seq += 1;
    return Math.floor(this.now() / 1000).toString(16).padStart(8, '0') + this.seq.toString(16).padStart(16, '0');
  }

  private newRecord(form: JdyForm, data: unknown, transactionId?: string): JdyRecord {
    const at = new Date(this.now()).toISOString();
    const record: JdyRecord = { _id: this.nextId(), createTime: at, updateTime: at, values: new Map(), transactionId };
    applyData(form, record, data);
    form.records.set(record._id, record);
    return record;
  }

  protected handle(request: HostRequest): HostReply {
    if (request.method !== 'POST' || !request.path.startsWith(BASE)) return { status: 404, body: { code: 1, msg: 'Not Found' } };
    const api = request.path.slice(BASE.length);
    const auth = request.headers.authorization;
    const key = typeof auth === 'string' && /^Bearer \S+$/.test(auth) ? auth.slice(7) : undefined;
    if (!key) return error(8301, 'API 鉴权失败，请在请求头中携带 Authorization: Bearer <API Key>');
    if (!this.apiKeys.has(key)) return error(17018, 'API Key 无效');
    const limit = JDY_API_LIMITS[api];
    if (limit === undefined) return error(1, 'The request is invalid.', 404);
    if (this.rateLimits) {
      if (!this.window.hit('company', JDY_GLOBAL_LIMIT)) return error(8303, '超出企业请求频率限制，请 1 秒后重试');
      if (!this.window.hit(api, limit)) return error(8304, '超出接口请求频率限制，请 1 秒后重试');
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(request.body.toString('utf8') || '{}') as Record<string, unknown>;
    } catch {
      return error(1, 'The request is invalid.');
    }
    const app = this.apps.get(String(body.app_id));
    if (!app) return error(2004, '应用不存在');
    const form = app.get(String(body.entry_id));
    if (!form) return error(3000, '表单不存在');
    return this.route(api, form, body);
  }

  private route(api: string, form: JdyForm, body: Record<string, unknown>): HostReply {
    switch (api) {
      case 'widget/list':
        return {
          status: 200,
          body: {
            widgets: form.widgets.map((w) => ({ name: w.alias ?? w.widgetName, widgetName: w.widgetName, label: w.label, type: w.type, ...(w.items ? { items: w.items } : {}) })),
            sysWidgets: ['creator', 'updater', 'createTime', 'updateTime'].map((name) => ({ name })),
            dataModifyTime: new Date(this.now()).toISOString(),
          },
        };
      case 'data/get': {
        const record = form.records.get(String(body.data_id));
        return record ? { status: 200, body: { data: present(form, record) } } : error(4001, '数据不存在');
      }
      case 'data/list':
        return this.list(form, body);
      case 'data/create': {
        const refused = this.refused(body.data) ?? this.claimTransaction(body.transaction_id);
        if (refused) return refused;
        const record = this.newRecord(form, body.data, body.transaction_id as string | undefined);
        this.completeTransaction(body.transaction_id, [record._id]);
        return { status: 200, body: { data: present(form, record) } };
      }
      case 'data/batch_create':
        return this.batchCreate(form, body);
      case 'data/update': {
        const record = form.records.get(String(body.data_id));
        if (!record) return error(4001, '数据不存在');
        const refused = this.refused(body.data);
        if (refused) return refused;
        applyData(form, record, body.data);
        record.updateTime = new Date(this.now()).toISOString();
        return { status: 200, body: { data: present(form, record) } };
      }
      case 'data/batch_update': {
        const ids = Array.isArray(body.data_ids) ? (body.data_ids as unknown[]).map(String) : [];
        if (ids.length > 100) return error(17023, '单次最多修改 100 条数据');
        let count = 0;
        for (const id of ids) {
          const record = form.records.get(id);
          if (!record) continue;
          applyData(form, record, body.data);
          record.updateTime = new Date(this.now()).toISOString();
          count += 1;
        }
        return { status: 200, body: { status: 'success', success_count: count } };
      }
      case 'data/delete':
        return form.records.delete(String(body.data_id)) ? { status: 200, body: { status: 'success' } } : error(4001, '数据不存在');
      default: {
        const ids = Array.isArray(body.data_ids) ? (body.data_ids as unknown[]).map(String) : [];
        const count = ids.filter((id) => form.records.delete(id)).length;
        return { status: 200, body: { status: 'success', success_count: count } };
      }
    }
  }

  private list(form: JdyForm, body: Record<string, unknown>): HostReply {
    const limit = body.limit === undefined ? 10 : Number(body.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) return error(1, 'limit 取值范围为 1~100');
    const after = typeof body.data_id === 'string' ? body.data_id : '';
    const matches = compileFilter(form, body.filter);
    const fields = Array.isArray(body.fields) ? (body.fields as unknown[]).map(String) : undefined;
    const page: Record<string, unknown>[] = [];
    for (const id of [...form.records.keys()].sort()) {
      if (id <= after) continue;
      const record = form.records.get(id)!;
      if (!matches(record)) continue;
      page.push(present(form, record, fields));
      if (page.length === limit) break;
    }
    return { status: 200, body: { data: page } };
  }

  private batchCreate(form: JdyForm, body: Record<string, unknown>): HostReply {
    const list = body.data_list;
    if (!Array.isArray(list) || list.length === 0) return error(1, 'data_list 不能为空');
    if (list.length > 100) return error(17024, '单次最多新建 100 条数据');
    const refused = list.map((data) => this.refused(data)).find((r) => r) ?? this.claimTransaction(body.transaction_id);
    if (refused) return refused;
    const ids = list.map((data) => this.newRecord(form, data, body.transaction_id as string | undefined)._id);
    this.completeTransaction(body.transaction_id, ids);
    return { status: 200, body: { status: 'success', success_count: ids.length, success_ids: ids } };
  }

  /** Refuses a transaction id that is malformed (17025) or was completed less than an hour ago (17026). */
  private claimTransaction(id: unknown): HostReply | undefined {
    if (id === undefined) return undefined;
    if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) return error(17025, 'transaction_id 不合法');
    const seen = this.transactions.get(id);
    if (seen && this.now() - seen.at < TRANSACTION_TTL_MS) return error(17026, 'transaction_id 已存在');
    return undefined;
  }

  private completeTransaction(id: unknown, ids: string[]): void {
    if (typeof id === 'string') this.transactions.set(id, { at: this.now(), ids });
  }
}
