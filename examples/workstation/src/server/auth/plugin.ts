/**
 * Login, logout and the session guard. Sessions ride in an HTTP-only, SameSite=Strict cookie; every write
 * also needs the session's CSRF token in `x-csrf-token`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors';
import type { Account, AccountStore, Session } from './accounts';
import type { LoginThrottle } from './throttle';
import { ROLE_NAMES, rolesText } from '../roles';

export const SESSION_COOKIE = 'o75_session';

declare module 'fastify' {
  interface FastifyRequest {
    session?: Session;
  }
}

/** Where each role lands after login. */
export function landingFor(account: Account): string {
  switch (account.role) {
    case 'officer':
      return '/daily';
    case 'director':
      return '/weekly';
    case 'principal':
      return '/principal';
    default:
      return '/dashboard';
  }
}

const PUBLIC = new Set(['/api/login', '/api/health', '/api/openapi.json']);

export function registerAuth(app: FastifyInstance, accounts: AccountStore, throttle: LoginThrottle): void {
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || PUBLIC.has(path)) return;
    const session = accounts.session(request.cookies[SESSION_COOKIE]);
    if (!session) {
      throw new ApiError(401, 'unauthenticated', { zh: '未登录或登录已过期，请重新登录', en: 'not logged in, or the session expired; log in again' });
    }
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new ApiError(403, 'csrf', {
        zh: '缺少或错误的安全令牌（CSRF），请刷新页面后重试',
        en: 'missing or wrong CSRF token; reload the page and try again',
      });
    }
    request.session = session;
  });

  app.post(
    '/api/login',
    {
      schema: {
        body: {
          type: 'object',
          properties: { username: { type: 'string', minLength: 1, maxLength: 64 }, password: { type: 'string', minLength: 1, maxLength: 200 } },
          required: ['username', 'password'],
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body as { username: string; password: string };
      const key = `${request.ip}\u0000${username}`;
      const wait = throttle.retryAfter(key);
      if (wait > 0) {
        void reply.header('retry-after', Math.ceil(wait / 1000));
        throw new ApiError(429, 'throttled', {
          zh: `登录失败次数过多，请 ${Math.ceil(wait / 60000)} 分钟后再试`,
          en: `too many failed logins; try again in ${Math.ceil(wait / 60000)} minute(s)`,
        });
      }
      const account = await accounts.authenticate(username, password);
      if (!account) {
        throttle.fail(key);
        throw new ApiError(401, 'bad-credentials', { zh: '用户名或密码不正确', en: 'wrong username or password' });
      }
      throttle.succeed(key);
      const { id, csrfToken } = accounts.openSession(account);
      void reply.setCookie(SESSION_COOKIE, id, { httpOnly: true, sameSite: 'strict', path: '/', secure: request.protocol === 'https' });
      return { account, csrfToken, landing: landingFor(account) };
    },
  );

  app.post('/api/logout', async (request, reply) => {
    const id = request.cookies[SESSION_COOKIE];
    if (id) accounts.closeSession(id);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/session', async (request) => {
    const session = request.session as Session;
    return { account: session.account, csrfToken: session.csrfToken, landing: landingFor(session.account) };
  });
}

/** Throws 403 unless the session's role is one of `roles`. */
export function requireRole(request: FastifyRequest, roles: readonly Account['role'][]): Account {
  const account = request.session?.account;
  if (!account || !roles.includes(account.role)) {
    const need = rolesText(roles);
    const have = account ? ROLE_NAMES[account.role] : { zh: '未登录', en: 'not logged in' };
    throw new ApiError(403, 'forbidden', {
      zh: `该操作需由${need.zh}进行（当前账号：${have.zh}）`,
      en: `this must be done by the ${need.en} (this account: ${have.en})`,
    });
  }
  return account;
}
