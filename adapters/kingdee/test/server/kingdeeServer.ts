/**
 * A local server speaking the 金蝶云·星空 Kingdee K/3 Cloud WebAPI wire contract of platforms.md § 4: services at
 * `/k3cloud/<ServiceName>.common.kdsvc`, the SDK body `{ parameters: [...] }` and the raw `{ formid, data }` form,
 * login by `ValidateUser` or `LoginByAppSecret` (session cookie `kdservice-sessionid`, idle expiry, "会话信息已丢失"
 * with `MsgCode` 1 once it is gone) or stateless signed `X-Api-*`/`X-Kd-*` headers as the official Java SDK builds
 * them, HTTP 200 with `Result.ResponseStatus` for business outcomes, and `ExecuteBillQuery` rows as arrays.
 * Consistent with the published contract and the SDK source, not with a live instance.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { SimulatedPlatform, type HostReply, type HostRequest, type SimulatedPlatformOptions } from '@order75/adapter-kit/testing';
import { query, saveModel, type KdError, type KdField, type KdForm, type KdSuccess } from './kingdeeBills';

export interface KingdeeServerOptions extends SimulatedPlatformOptions {
  /** Data centre (账套) id. */
  acctId?: string;
  users?: { userName: string; password: string }[];
  /** Third-party app registrations (第三方系统登录授权): app id `<clientId>_<32-char secret part>`, secret, integration user. */
  apps?: { appId: string; appSecret: string; userName: string }[];
  /** Idle time after which a session is lost. Default 20 minutes. */
  sessionIdleMs?: number;
  /** Accepted clock skew of signed requests. Default 15 minutes. */
  signatureWindowMs?: number;
  /** Largest `Limit` of one query page. Default 2 000. */
  maxQueryLimit?: number;
}

export const KD_SERVICE = {
  validateUser: 'Kingdee.BOS.WebApi.ServicesStub.AuthService.ValidateUser',
  loginByAppSecret: 'Kingdee.BOS.WebApi.ServicesStub.AuthService.LoginByAppSecret',
  save: 'Kingdee.BOS.WebApi.ServicesStub.DynamicFormService.Save',
  batchSave: 'Kingdee.BOS.WebApi.ServicesStub.DynamicFormService.BatchSave',
  executeBillQuery: 'Kingdee.BOS.WebApi.ServicesStub.DynamicFormService.ExecuteBillQuery',
} as const;

/** Default test credentials. The app id's secret part is 32 Base64 characters, as the SDK expects. */
export const KD_TEST = {
  acctId: '66c3712248af25',
  userName: 'o75api',
  password: 'kd-pass-75',
  appId: '300123_T1o3cdX0ZJ9nQkzKbWp7A8sLrVyEu2mF',
  appSecret: '8f3b2c61d0a54e97b1c2d3e4f5a6b7c8',
};

const SESSION_LOST = '会话信息已丢失，请重新登录';

/** `java.net.URLEncoder.encode(s, "UTF-8")`: like encodeURIComponent, but also encodes `!'()~` and writes spaces as `+`. */
function javaUrlEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+');
}

/** The SDK's `MD5Utils.hashMAC`: Base64 of the lower-case hex of HMAC-SHA256. */
function hashMac(data: string, secret: string): string {
  return Buffer.from(createHmac('sha256', secret).update(data).digest('hex')).toString('base64');
}

/** The SDK's `decodeSec`: the 32-character secret part, Base64-decoded, XORed with a constant, re-encoded. */
function gatewaySecret(part: string): string {
  if (part.length !== 32) return part;
  const key = Buffer.from('0054f397c6234378b09ca7d3e5debce7', 'utf8');
  const buf = Buffer.from(part, 'base64');
  for (let i = 0; i < buf.length; i++) buf[i] = buf[i]! ^ key[i]!;
  return buf.toString('base64');
}

const status = (ok: boolean, errors: KdError[], successes: KdSuccess[], msgCode = 0) => ({
  ...(ok ? {} : { ErrorCode: 500 }),
  IsSuccess: ok,
  Errors: errors,
  SuccessEntitys: successes,
  SuccessMessages: [],
  MsgCode: msgCode,
});
const lost = (message = SESSION_LOST) => ({ Result: { ResponseStatus: status(false, [{ FieldName: null, Message: message, DIndex: 0 }], [], 1) } });
const json = (body: unknown, headers?: Record<string, string | string[]>): HostReply => ({ status: 200, body, headers });

/** The simulated Kingdee: `host` is the HTTP side, the rest is test set-up and inspection. */
export class KingdeeServer extends SimulatedPlatform {
  readonly forms = new Map<string, KdForm>();
  private readonly sessions = new Map<string, { userName: string; lastUsed: number }>();
  /** Logins answered, for assertions. */
  logins = 0;
  /** A save-time check (as a BOS validation plug-in would run): a message refuses the model. */
  refuse: ((model: Record<string, unknown>) => string | undefined) | undefined;

  constructor(private readonly options: KingdeeServerOptions = {}) {
    super(options, (kind) =>
      kind === 'throttle'
        ? { status: 429, headers: { 'retry-after': '1' }, body: 'Too Many Requests' }
        : { status: 500, body: "<html><title>Server Error in '/K3Cloud' Application.</title></html>" },
    );
  }

  /** The server URL an adapter is configured with (`…/k3cloud/`). */
  get baseUrl(): string {
    return `${this.host.url}/k3cloud/`;
  }

  /** Drops every session (as an IIS recycle or a database restore does). */
  expireSessions(): void {
    this.sessions.clear();
  }

  /** Publishes a custom bill, as a developer does in the BOS designer. */
  addForm(formId: string, name: string, fields: KdField[], billNoPrefix = 'O75-'): KdForm {
    const form: KdForm = { formId, name, fields, bills: new Map(), billNoPrefix, nextNo: 1 };
    this.forms.set(formId, form);
    return form;
  }

  private get acctId() {
    return this.options.acctId ?? KD_TEST.acctId;
  }

  private get users() {
    return this.options.users ?? [{ userName: KD_TEST.userName, password: KD_TEST.password }];
  }

  private get apps() {
    return this.options.apps ?? [{ appId: KD_TEST.appId, appSecret: KD_TEST.appSecret, userName: KD_TEST.userName }];
  }

  private login(userName: string | undefined, acctId: unknown, ok: boolean): HostReply {
    this.logins += 1;
    if (!ok || acctId !== this.acctId || !userName) {
      return json({ Message: '用户名或密码错误！', MessageCode: 'CheckPasswordPolicy', LoginResultType: 0, Context: null, KDSVCSessionId: null, IsSuccessByAPI: false });
    }
    const sid = randomBytes(16).toString('hex');
    this.sessions.set(sid, { userName, lastUsed: this.now() });
    return json(
      {
        Message: null,
        MessageCode: 'CheckPasswordPolicy',
        LoginResultType: 1,
        Context: { UserLocale: 'zh-CN', LogLocale: 'zh-CN', DBid: this.acctId, DatabaseType: 3, SessionId: sid, UserId: 100_001, UserName: userName },
        KDSVCSessionId: randomBytes(16).toString('hex'),
        IsSuccessByAPI: true,
      },
      { 'set-cookie': [`kdservice-sessionid=${sid}; path=/`, `ASP.NET_SessionId=${randomBytes(12).toString('hex')}; path=/; HttpOnly`] },
    );
  }

  /** Checks the signed headers of the SDK's `ApiRequester.buildHeader`; undefined when they hold. */
  private verifySignature(request: HostRequest): string | undefined {
    const h = (name: string) => {
      const v = request.headers[name];
      return typeof v === 'string' ? v : undefined;
    };
    const appId = h('x-kd-appkey');
    const app = this.apps.find((a) => a.appId === appId);
    if (!app || !appId) return '应用未授权';
    const [clientId, secretPart] = appId.split('_') as [string, string];
    if (h('x-api-clientid') !== clientId || h('x-api-auth-version') !== '2.0') return '签名信息不完整';
    const ts = h('x-api-timestamp') ?? '';
    const nonce = h('x-api-nonce') ?? '';
    if (!/^\d+$/.test(ts) || Math.abs(this.now() - Number(ts)) > (this.options.signatureWindowMs ?? 15 * 60_000)) return '请求已过期';
    const context = `POST\n${javaUrlEncode(request.path)}\n\nx-api-nonce:${nonce}\nx-api-timestamp:${ts}\n`;
    if (h('x-api-signature') !== hashMac(context, gatewaySecret(secretPart))) return '签名校验失败';
    const appData = Buffer.from(h('x-kd-appdata') ?? '', 'base64').toString('utf8');
    const [acct, user] = appData.split(',');
    if (acct !== this.acctId || user !== app.userName) return '账套或用户不匹配';
    if (h('x-kd-signature') !== hashMac(appId + appData, app.appSecret)) return '签名校验失败';
    return undefined;
  }

  /** Whether the request carries a live session cookie or valid signed headers. */
  private authorised(request: HostRequest): { ok: true } | { ok: false; message?: string } {
    if (request.headers['x-kd-appkey'] !== undefined) {
      const problem = this.verifySignature(request);
      return problem ? { ok: false, message: problem } : { ok: true };
    }
    const cookies = String(request.headers.cookie ?? '');
    const sid = /(?:^|;\s*)kdservice-sessionid=([^;]+)/.exec(cookies)?.[1];
    const session = sid ? this.sessions.get(sid) : undefined;
    if (!session || this.now() - session.lastUsed > (this.options.sessionIdleMs ?? 20 * 60_000)) {
      if (sid) this.sessions.delete(sid);
      return { ok: false };
    }
    session.lastUsed = this.now();
    return { ok: true };
  }

  protected handle(request: HostRequest): HostReply {
    const m = /^\/k3cloud\/([A-Za-z.]+)\.common\.kdsvc$/i.exec(request.path);
    if (request.method !== 'POST' || !m) return { status: 404, body: 'The resource cannot be found.' };
    const service = m[1]!;
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(request.body.toString('utf8') || '{}') as Record<string, unknown>;
    } catch {
      return { status: 200, body: `response_error:${JSON.stringify({ Message: '请求数据不是有效的 JSON', InnerExWrapper: null, InnerException: null })}` };
    }
    const params = Array.isArray(body.parameters) ? (body.parameters as unknown[]) : undefined;
    if (service === KD_SERVICE.validateUser) {
      const [acct, user, password] = params ?? [body.acctid, body.username, body.password];
      const u = this.users.find((x) => x.userName === user);
      return this.login(u?.userName, acct, !!u && u.password === password);
    }
    if (service === KD_SERVICE.loginByAppSecret) {
      const [acct, user, appId, appSecret] = params ?? [body.acctid, body.username, body.appid, body.appsecret];
      const app = this.apps.find((a) => a.appId === appId);
      return this.login(app?.userName, acct, !!app && app.appSecret === appSecret && app.userName === user);
    }
    const isQuery = service === KD_SERVICE.executeBillQuery;
    if (!isQuery && service !== KD_SERVICE.save && service !== KD_SERVICE.batchSave) return { status: 404, body: 'The resource cannot be found.' };
    const auth = this.authorised(request);
    if (!auth.ok) return json(isQuery ? [[lost(auth.message)]] : lost(auth.message));
    const parse = (v: unknown): Record<string, unknown> => (typeof v === 'string' ? (JSON.parse(v) as Record<string, unknown>) : ((v ?? {}) as Record<string, unknown>));
    try {
      if (isQuery) {
        const rows = query(this.forms, parse(params ? params[0] : body.data), this.options.maxQueryLimit ?? 2_000);
        if (typeof rows === 'string') return json([[{ Result: { ResponseStatus: status(false, [{ FieldName: null, Message: rows, DIndex: 0 }], []) } }]]);
        return json(rows);
      }
      const formId = String(params ? params[0] : body.formid);
      return json(this.save(formId, parse(params ? params[1] : body.data), service === KD_SERVICE.batchSave));
    } catch {
      return json({ Result: { ResponseStatus: status(false, [{ FieldName: null, Message: '请求数据不是有效的 JSON', DIndex: 0 }], []) } });
    }
  }

  private save(formId: string, data: Record<string, unknown>, batch: boolean): unknown {
    const form = this.forms.get(formId);
    const fail = (message: string) => ({ Result: { ResponseStatus: status(false, [{ FieldName: null, Message: message, DIndex: 0 }], []), Id: '', Number: '', NeedReturnData: [] } });
    if (!form) return fail(`业务对象不存在（FormId：${formId}）`);
    const models = batch ? data.Model : [data.Model];
    if (!Array.isArray(models) || models.length === 0) return fail(batch ? 'BatchSave 的 Model 必须是非空数组' : '缺少 Model');
    const needUpdate = Array.isArray(data.NeedUpDateFields) ? (data.NeedUpDateFields as unknown[]).map(String) : undefined;
    const errors: KdError[] = [];
    const successes: KdSuccess[] = [];
    models.forEach((model: unknown, i) => {
      const refused = this.refuse?.(model as Record<string, unknown>);
      if (refused) {
        errors.push({ FieldName: null, Message: refused, DIndex: i });
        return;
      }
      const r = saveModel(form, model, i, this.now(), needUpdate);
      if (Array.isArray(r)) errors.push(...r);
      else successes.push(r);
    });
    const first = successes[0];
    return {
      Result: {
        ResponseStatus: status(errors.length === 0, errors, successes, errors.length === 0 ? 0 : 11),
        Id: batch ? '' : (first?.Id ?? ''),
        Number: batch ? '' : (first?.Number ?? ''),
        NeedReturnData: successes.map(() => ({})),
      },
    };
  }
}
