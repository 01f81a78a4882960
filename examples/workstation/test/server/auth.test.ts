import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dailyCheckFor } from '../fixtures';
import { NOW, type TestWorkstation, testWorkstation } from '../harness';

let t: TestWorkstation;
beforeAll(async () => {
  t = await testWorkstation();
});
afterAll(() => t.close());

describe('login, session, logout', () => {
  it('logs in with an HTTP-only, SameSite=Strict cookie and lands each role on its task', async () => {
    const landings: Record<string, string> = { 'officer-mawei': '/daily', director: '/weekly', principal: '/principal', viewer: '/dashboard' };
    for (const [username, landing] of Object.entries(landings)) {
      const password = t.logins.find((l) => l.username === username)?.password;
      const res = await t.app.inject({ method: 'POST', url: '/api/login', payload: { username, password } });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/i);
      expect(String(res.headers['set-cookie'])).toMatch(/SameSite=Strict/i);
      expect(res.json()).toMatchObject({ landing, account: { username }, csrfToken: expect.any(String) });
      expect(JSON.stringify(res.json())).not.toContain('password');
    }
  });

  it('answers a wrong password and an unknown user alike, then throttles (429 with Retry-After)', async () => {
    const a = await t.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'director', password: 'nope' } });
    const b = await t.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'nobody', password: 'nope' } });
    expect(a.statusCode).toBe(401);
    expect(b.json()).toEqual(a.json());
    for (let i = 0; i < 4; i++) await t.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'director', password: 'nope' } });
    const c = await t.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'director', password: 'demo-director' } });
    expect(c.statusCode).toBe(429);
    expect(Number(c.headers['retry-after'])).toBeGreaterThan(0);
    t.setNow(new Date(NOW.getTime() + 16 * 60_000));
    expect((await t.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'director', password: 'demo-director' } })).statusCode).toBe(200);
    t.setNow(NOW);
  });

  it('refuses login bodies with extra or mistyped fields (never coerced)', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'viewer', password: 'demo-viewer', admin: true } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'viewer', password: 12345 } })).statusCode).toBe(400);
  });

  it('GET /api/session returns the account and CSRF token; 401 without a cookie', async () => {
    const s = await t.login('viewer');
    const res = await t.app.inject({ url: '/api/session', headers: { cookie: s.cookie } });
    expect(res.json()).toMatchObject({ account: { username: 'viewer', role: 'viewer' }, csrfToken: s.csrf });
    const none = await t.app.inject({ url: '/api/session' });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.message).toMatchObject({ zh: expect.stringContaining('登录'), en: expect.stringContaining('log in') });
  });

  it('answers 401 to an expired session (idle timeout and an explicitly expired one)', async () => {
    const s = await t.login('director');
    t.setNow(new Date(NOW.getTime() + 9 * 3600_000));
    const idle = await t.app.inject({ url: '/api/dashboard', headers: s.headers });
    expect(idle.statusCode).toBe(401);
    t.setNow(NOW);
    const s2 = await t.login('director');
    t.opened.accounts.expireSession(decodeURIComponent(s2.cookie.split('=')[1] as string));
    expect((await t.app.inject({ url: '/api/tasks', headers: s2.headers })).statusCode).toBe(401);
  });

  it('answers 403 to a write without the CSRF token, or with another session’s token, and stores nothing', async () => {
    const officer = await t.login('officer-mawei');
    const other = await t.login('officer-changle');
    const record = await dailyCheckFor(t, officer, 'S01');
    const bare = await t.app.inject({ method: 'POST', url: '/api/records', headers: { cookie: officer.cookie }, payload: record });
    expect(bare.statusCode).toBe(403);
    expect(bare.json().error).toMatchObject({ code: 'csrf', message: { zh: expect.stringContaining('CSRF'), en: expect.stringContaining('CSRF') } });
    const crossed = await t.app.inject({ method: 'POST', url: '/api/records', headers: { cookie: officer.cookie, 'x-csrf-token': other.csrf }, payload: record });
    expect(crossed.statusCode).toBe(403);
    expect(await t.opened.store.get(record.id)).toBeUndefined();
  });

  it('logs out: the cookie no longer opens a session', async () => {
    const s = await t.login('viewer');
    expect((await t.app.inject({ method: 'POST', url: '/api/logout', headers: s.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/session', headers: s.headers })).statusCode).toBe(401);
  });

  it('serves /api/health and /api/openapi.json without a session; the document carries the record schemas', async () => {
    expect((await t.app.inject({ url: '/api/health' })).json()).toEqual({ ok: true });
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.schemas['daily-check']).toBeDefined();
    expect(doc.paths['/api/records'].post).toBeDefined();
  });
});
