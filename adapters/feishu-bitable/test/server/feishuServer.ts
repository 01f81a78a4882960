/**
 * A local server speaking the 飞书多维表格 Feishu Bitable wire contract of platforms.md § 6.3: a
 * `tenant_access_token` from app id and secret (7 200 s; a new one once fewer than 30 minutes remain, the old one
 * still valid), `Authorization: Bearer` with 99991661 (missing) and 99991663 (invalid or expired) answers,
 * tables and fields created through the API, `records/batch_create` / `batch_update` ≤ 500 (1254104) with
 * `client_token` replay, `records/search` pagination, drive media upload for attachments, per-app limits
 * (HTTP 429, 99991400, `x-ogw-ratelimit-reset`) and 1254291 when two writes hit one table at once. Consistent
 * with the published contract, not with a live instance.
 */
import { randomBytes } from 'node:crypto';
import { SimulatedPlatform, SlidingWindow, sleep, type HostReply, type HostRequest, type SimulatedPlatformOptions } from '@order75/adapter-kit/testing';
import {
  BitableError,
  compileSearchFilter,
  newId,
  prepareFields,
  presentRecord,
  type Base,
  type BitableField,
  type BitableRecord,
  type BitableTable,
} from './bitableStore';

export interface FeishuServerOptions extends SimulatedPlatformOptions {
  /** Registered apps. Default one app `cli_o75test` / `secret-o75`. */
  apps?: { appId: string; appSecret: string }[];
  /** Time a write holds its table, ms (another write meanwhile gets 1254291). Default 5. */
  writeMs?: number;
  rateLimits?: boolean;
  /** Records per batch call. Default 500 (the safe reading of platforms.md; the current page says 1 000). */
  batchCap?: number;
}

/** Per-app limits, requests per second, by API. */
export const FEISHU_LIMITS: Readonly<Record<string, number>> = {
  token: 50,
  'tables.list': 20,
  'tables.create': 10,
  'fields.list': 20,
  'fields.create': 10,
  'records.write': 50,
  'records.search': 20,
  upload: 5,
};

const TOKEN_TTL_S = 7_200;
const REFRESH_WINDOW_S = 30 * 60;
const ok = (data: unknown): HostReply => ({ status: 200, body: { code: 0, msg: 'success', data } });
const fail = (code: number, msg: string, status = 400): HostReply => ({ status, body: { code, msg, error: { log_id: randomBytes(8).toString('hex') } } });

/** The simulated Feishu: `host` is the HTTP side, the rest is test set-up and inspection. */
export class FeishuServer extends SimulatedPlatform {
  readonly bases = new Map<string, Base>();
  private readonly apps: Map<string, string>;
  private readonly tokens = new Map<string, { appId: string; expiresAt: number }>();
  private readonly window = new SlidingWindow();
  private readonly replays = new Map<string, unknown>();
  rateLimits: boolean;
  /** Token requests answered, and write conflicts raised, for assertions. */
  tokenIssues = 0;
  writeConflicts = 0;
  /** Refuses a written record whose fields match (1254015), as a host-side check would; the batch fails whole. */
  refuse: ((fields: Record<string, unknown>) => boolean) | undefined;

  constructor(private readonly options: FeishuServerOptions = {}) {
    super(options, (kind) =>
      kind === 'throttle'
        ? { ...fail(99991400, 'request trigger frequency limit', 429), headers: { 'x-ogw-ratelimit-limit': '50', 'x-ogw-ratelimit-reset': '1' } }
        : { status: 503, body: 'upstream connect error or disconnect/reset before headers' },
    );
    this.apps = new Map((options.apps ?? [{ appId: 'cli_o75test', appSecret: 'secret-o75' }]).map((a) => [a.appId, a.appSecret]));
    this.rateLimits = options.rateLimits ?? true;
  }

  /** The base URL an adapter is configured with (like `https://open.feishu.cn`). */
  get baseUrl(): string {
    return this.host.url;
  }

  /** Invalidates every issued token (as when an app secret is reset). */
  revokeTokens(): void {
    this.tokens.clear();
  }

  /** A base (多维表格) the app may edit, as created by a person in Feishu. */
  createBase(appToken: string): Base {
    const base: Base = { app_token: appToken, tables: [], media: new Map() };
    this.bases.set(appToken, base);
    return base;
  }

  table(appToken: string, name: string): BitableTable | undefined {
    return this.bases.get(appToken)?.tables.find((t) => t.name === name);
  }

  private limited(appId: string, api: string): HostReply | undefined {
    const limit = FEISHU_LIMITS[api]!;
    if (!this.rateLimits || this.window.hit(`${appId}:${api}`, limit)) return undefined;
    return { ...fail(99991400, 'request trigger frequency limit', 429), headers: { 'x-ogw-ratelimit-limit': String(limit), 'x-ogw-ratelimit-reset': '1' } };
  }

  private issueToken(body: Record<string, unknown>): HostReply {
    const appId = String(body.app_id ?? '');
    const secret = this.apps.get(appId);
    if (secret === undefined) return fail(10003, 'invalid param: app_id');
    if (body.app_secret !== secret) return fail(10014, 'app secret invalid');
    const now = this.now();
    this.tokenIssues += 1;
    let best: [string, number] | undefined;
    for (const [token, t] of this.tokens) if (t.appId === appId && (!best || t.expiresAt > best[1])) best = [token, t.expiresAt];
    if (best && best[1] - now > REFRESH_WINDOW_S * 1000) {
      return { status: 200, body: { code: 0, msg: 'ok', tenant_access_token: best[0], expire: Math.floor((best[1] - now) / 1000) } };
    }
    const token = `t-${randomBytes(20).toString('hex')}`;
    this.tokens.set(token, { appId, expiresAt: now + TOKEN_TTL_S * 1000 });
    return { status: 200, body: { code: 0, msg: 'ok', tenant_access_token: token, expire: TOKEN_TTL_S } };
  }

  /** The app behind a request's bearer token, or the platform's refusal. */
  private authenticate(request: HostRequest): string | HostReply {
    const auth = request.headers.authorization;
    if (typeof auth !== 'string' || !auth.startsWith('Bearer ') || auth.length <= 7) {
      return fail(99991661, 'Missing access token for authorization. Please make a request with token attached.');
    }
    const t = this.tokens.get(auth.slice(7));
    if (!t || t.expiresAt <= this.now()) return fail(99991663, 'Invalid access token for authorization. Please make a request with token attached.');
    return t.appId;
  }

  protected async handle(request: HostRequest): Promise<HostReply> {
    let body: Record<string, unknown> = {};
    const isJson = String(request.headers['content-type'] ?? '').includes('application/json');
    if (isJson && request.body.length > 0) {
      try {
        body = JSON.parse(request.body.toString('utf8')) as Record<string, unknown>;
      } catch {
        return fail(9499, 'Bad Request');
      }
    }
    if (request.path === '/open-apis/auth/v3/tenant_access_token/internal' && request.method === 'POST') return this.issueToken(body);
    const app = this.authenticate(request);
    if (typeof app !== 'string') return app;
    try {
      if (request.path === '/open-apis/drive/v1/medias/upload_all' && request.method === 'POST') return this.limited(app, 'upload') ?? (await this.upload(request));
      const m = /^\/open-apis\/bitable\/v1\/apps\/([^/]+)\/tables(?:\/([^/]+)\/(fields|records)(?:\/(batch_create|batch_update|search))?)?$/.exec(request.path);
      if (!m) return fail(404, 'page not found', 404);
      const [, appToken, tableId, kind, op] = m;
      const base = this.bases.get(appToken!);
      if (!base) return fail(1254003, 'WrongBaseToken', 200);
      if (!tableId) return request.method === 'GET' ? this.limited(app, 'tables.list') ?? this.listTables(base, request) : this.limited(app, 'tables.create') ?? this.createTable(base, body);
      const table = base.tables.find((t) => t.table_id === tableId);
      if (!table) return fail(1254041, 'TableIdNotFound', 200);
      if (kind === 'fields') {
        return request.method === 'GET' ? this.limited(app, 'fields.list') ?? this.listFields(table, request) : this.limited(app, 'fields.create') ?? (await this.write(table, () => this.createField(table, body)));
      }
      if (op === 'search') return this.limited(app, 'records.search') ?? this.search(base, table, request, body);
      const limited = this.limited(app, 'records.write');
      if (limited) return limited;
      const clientToken = request.query.get('client_token');
      if (clientToken !== null && !/^[0-9a-fA-F-]{36}$/.test(clientToken)) return fail(99992402, 'field validation failed: client_token');
      const replayKey = clientToken ? `${table.table_id}:${op ?? 'create'}:${clientToken}` : undefined;
      if (replayKey && this.replays.has(replayKey)) return ok(this.replays.get(replayKey));
      const data = await this.write(table, () => (op === 'batch_update' ? this.batchUpdate(base, table, body) : this.batchCreate(base, table, op ? body : { records: [body] }, !op)));
      if (replayKey) this.replays.set(replayKey, data);
      return ok(data);
    } catch (error) {
      if (error instanceof BitableError) return fail(error.code, error.message, error.status);
      throw error;
    }
  }

  /** Holds the table for one write; a second write meanwhile is refused with 1254291. */
  private async write<T>(table: BitableTable, fn: () => T): Promise<T> {
    if (table.busy) {
      this.writeConflicts += 1;
      throw new BitableError(1254291, 'Write conflict');
    }
    table.busy = true;
    try {
      await sleep(this.options.writeMs ?? 5);
      return fn();
    } finally {
      table.busy = false;
    }
  }

  private page<T>(items: T[], request: HostRequest, max: number, fallback: number): { slice: T[]; has_more: boolean; page_token?: string; total: number } {
    const size = Number(request.query.get('page_size') ?? fallback);
    if (!Number.isInteger(size) || size < 1 || size > max) throw new BitableError(99992402, `field validation failed: page_size 1-${max}`, 400);
    const token = request.query.get('page_token');
    const start = token ? Number(Buffer.from(token, 'base64url').toString('utf8')) : 0;
    const slice = items.slice(start, start + size);
    const more = start + size < items.length;
    return { slice, has_more: more, ...(more ? { page_token: Buffer.from(String(start + size)).toString('base64url') } : {}), total: items.length };
  }

  private listTables(base: Base, request: HostRequest): HostReply {
    const p = this.page(base.tables, request, 100, 20);
    return ok({ has_more: p.has_more, page_token: p.page_token, total: p.total, items: p.slice.map((t) => ({ table_id: t.table_id, revision: t.revision, name: t.name })) });
  }

  private createTable(base: Base, body: Record<string, unknown>): HostReply {
    const spec = (body.table ?? {}) as { name?: unknown; fields?: unknown };
    if (typeof spec.name !== 'string' || spec.name.trim() === '') return fail(99992402, 'field validation failed: table.name');
    if (base.tables.some((t) => t.name === spec.name)) return fail(1254013, 'TableNameDuplicated', 200);
    const table: BitableTable = { table_id: newId('tbl'), name: spec.name, revision: 1, fields: [], records: new Map(), busy: false };
    const fields = Array.isArray(spec.fields) && spec.fields.length > 0 ? (spec.fields as Record<string, unknown>[]) : [{ field_name: '文本', type: 1 }];
    for (const f of fields) this.addField(table, f);
    base.tables.push(table);
    return ok({ table_id: table.table_id, default_view_id: newId('vew'), field_id_list: table.fields.map((f) => f.field_id) });
  }

  private addField(table: BitableTable, spec: Record<string, unknown>): BitableField {
    if (typeof spec.field_name !== 'string' || typeof spec.type !== 'number') throw new BitableError(99992402, 'field validation failed: field_name, type', 400);
    if (table.fields.some((f) => f.field_name === spec.field_name)) throw new BitableError(1254014, 'FieldNameDuplicated');
    const field: BitableField = {
      field_id: newId('fld'),
      field_name: spec.field_name,
      type: spec.type,
      property: (spec.property as Record<string, unknown> | undefined) ?? null,
      is_primary: table.fields.length === 0,
    };
    table.fields.push(field);
    table.revision += 1;
    return field;
  }

  private listFields(table: BitableTable, request: HostRequest): HostReply {
    const p = this.page(table.fields, request, 100, 20);
    return ok({ has_more: p.has_more, page_token: p.page_token, total: p.total, items: p.slice.map((f) => ({ ...f, ui_type: String(f.type) })) });
  }

  private createField(table: BitableTable, body: Record<string, unknown>): HostReply {
    const field = this.addField(table, body);
    return ok({ field: { ...field, ui_type: String(field.type) } });
  }

  private batchCreate(base: Base, table: BitableTable, body: Record<string, unknown>, single: boolean): unknown {
    const records = Array.isArray(body.records) ? (body.records as { fields?: unknown }[]) : undefined;
    if (!records || records.length === 0) throw new BitableError(1254001, 'WrongRequestBody', 400);
    if (records.length > (this.options.batchCap ?? 500)) throw new BitableError(1254104, 'RecordAddOnceExceedLimit');
    this.checkRefused(records);
    const prepared = records.map((r) => prepareFields(base, table, r.fields));
    const now = this.now();
    const created = prepared.map((values) => {
      const record: BitableRecord = { record_id: newId('rec'), values, created_time: now, last_modified_time: now };
      table.records.set(record.record_id, record);
      return presentRecord(base, table, record);
    });
    return single ? { record: created[0] } : { records: created };
  }

  private batchUpdate(base: Base, table: BitableTable, body: Record<string, unknown>): unknown {
    const records = Array.isArray(body.records) ? (body.records as { record_id?: unknown; fields?: unknown }[]) : undefined;
    if (!records || records.length === 0) throw new BitableError(1254001, 'WrongRequestBody', 400);
    if (records.length > (this.options.batchCap ?? 500)) throw new BitableError(1254104, 'RecordUpdateOnceExceedLimit');
    this.checkRefused(records);
    const prepared = records.map((r) => {
      const existing = table.records.get(String(r.record_id));
      if (!existing) throw new BitableError(1254043, `RecordIdNotFound: ${String(r.record_id)}`);
      return [existing, prepareFields(base, table, r.fields)] as const;
    });
    const now = this.now();
    return {
      records: prepared.map(([record, values]) => {
        for (const [k, v] of values) record.values.set(k, v);
        record.last_modified_time = now;
        return presentRecord(base, table, record);
      }),
    };
  }

  private checkRefused(records: { fields?: unknown }[]): void {
    if (this.refuse && records.some((r) => r.fields && typeof r.fields === 'object' && this.refuse!(r.fields as Record<string, unknown>))) {
      throw new BitableError(1254015, 'FieldTypeValueNotMatch');
    }
  }

  private search(base: Base, table: BitableTable, request: HostRequest, body: Record<string, unknown>): HostReply {
    const matches = compileSearchFilter(table, body.filter);
    const names = Array.isArray(body.field_names) ? (body.field_names as unknown[]).map(String) : undefined;
    for (const n of names ?? []) if (!table.fields.some((f) => f.field_name === n)) throw new BitableError(1254045, `FieldNameNotFound: ${n}`);
    const p = this.page([...table.records.values()].filter(matches), request, 500, 20);
    return ok({
      items: p.slice.map((r) => presentRecord(base, table, r, names, body.automatic_fields === true)),
      has_more: p.has_more,
      ...(p.page_token ? { page_token: p.page_token } : {}),
      total: p.total,
    });
  }

  private async upload(request: HostRequest): Promise<HostReply> {
    const form = await new Request('http://local/', { method: 'POST', headers: { 'content-type': String(request.headers['content-type'] ?? '') }, body: request.body }).formData().catch(() => undefined);
    if (!form) return fail(1061002, 'params error: multipart/form-data expected');
    const file = form.get('file');
    const parentType = form.get('parent_type');
    const parentNode = String(form.get('parent_node') ?? '');
    if (!(file instanceof Blob) || (parentType !== 'bitable_file' && parentType !== 'bitable_image')) return fail(1061002, 'params error: file, parent_type');
    const base = this.bases.get(parentNode);
    if (!base) return fail(1061004, 'forbidden: parent_node');
    const bytes = Buffer.from(await file.arrayBuffer());
    if (Number(form.get('size')) !== bytes.length) return fail(1061002, 'params error: size does not match the file');
    const token = newId('box') + randomBytes(6).toString('hex');
    base.media.set(token, { file_token: token, name: String(form.get('file_name') ?? 'file'), size: bytes.length, mediaType: file.type || 'application/octet-stream', bytes });
    return ok({ file_token: token });
  }
}
