import { riskListFromXlsx } from '@order75/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestWorkstation, testWorkstation } from '../harness';

let t: TestWorkstation;
let principal: Session;
let director: Session;
let viewer: Session;
beforeAll(async () => {
  t = await testWorkstation();
  principal = await t.login('principal');
  director = await t.login('director');
  viewer = await t.login('viewer');
});
afterAll(() => t.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('GET /api/settings', () => {
  it('shows the profile with sites and weekly patterns, people with roles, accounts and the risk list in force', async () => {
    const s = (await t.app.inject({ url: '/api/settings', headers: principal.headers })).json();
    expect(s.profile).toMatchObject({ name: '福建闽江电线电缆有限公司', enterprise: '91350100M000100Y43' });
    expect(s.profile.sites).toEqual([
      expect.objectContaining({ siteId: 'S01', name: '马尾厂区', weeklyPattern: [1, 2, 3, 4, 5] }),
      expect.objectContaining({ siteId: 'S02', name: '长乐厂区', weeklyPattern: [1, 2, 3, 4, 5, 6] }),
    ]);
    expect(s.profile.products.some((p: { regime: string }) => p.regime === 'licence')).toBe(true);
    expect(s.people.find((p: { roles: string[] }) => p.roles.includes('principal'))).toBeDefined();
    expect(s.accounts.map((a: { username: string }) => a.username).sort()).toEqual(['director', 'officer-changle', 'officer-mawei', 'principal', 'viewer']);
    expect(JSON.stringify(s.accounts)).not.toContain('scrypt');
    expect(s.signingKey).toBe(true);
    expect(s.riskLists[0].rows).toBeGreaterThan(5);
  });
});

describe('accounts', () => {
  it('lets the principal add and remove an account; others get 403; short passwords are refused', async () => {
    const body = { username: 'officer-2', displayName: '郑静', role: 'officer', personId: 'E0099', sites: ['S02'], password: 'long-enough-pass' };
    expect((await t.app.inject({ method: 'POST', url: '/api/settings/accounts', headers: director.headers, payload: body })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/settings/accounts', headers: principal.headers, payload: { ...body, password: 'short' } })).statusCode).toBe(400);
    const res = await t.app.inject({ method: 'POST', url: '/api/settings/accounts', headers: principal.headers, payload: body });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ username: 'officer-2', displayName: '郑静', role: 'officer', personId: 'E0099', sites: ['S02'] });
    expect((await t.app.inject({ method: 'POST', url: '/api/settings/accounts', headers: principal.headers, payload: body })).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'officer-2', password: 'long-enough-pass' } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/settings/accounts/officer-2', headers: principal.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/settings/accounts/principal', headers: principal.headers })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/settings/accounts/nobody', headers: principal.headers })).statusCode).toBe(404);
  });

  it('creates a new signing key: the public key is registered and signing uses the new passphrase', async () => {
    const officer = await t.login('officer-changle');
    const res = await t.app.inject({ method: 'POST', url: '/api/settings/signing-key', headers: officer.headers, payload: { passphrase: 'new-secret-phrase' } });
    expect(res.statusCode).toBe(201);
    const { keyId } = res.json();
    expect(keyId).toMatch(/^ed25519:[0-9a-f]{16}$/);
    expect((await t.opened.store.people.key(keyId))?.personId).toBe('E0004');
    expect((await t.app.inject({ method: 'POST', url: '/api/settings/signing-key', headers: viewer.headers, payload: { passphrase: 'new-secret-phrase' } })).statusCode).toBe(403);
  });
});

describe('risk list XLSX and templates', () => {
  it('exports the list in force as XLSX and imports it back as a draft to review (nothing stored)', async () => {
    const res = await t.app.inject({ url: '/api/settings/risk-list.xlsx', headers: viewer.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const direct = await riskListFromXlsx(res.rawPayload, { enterprise: '91350100M000100Y43' });
    expect(direct.ok).toBe(true);
    const before = (await t.opened.store.query({ type: 'risk-list' })).length;
    const imported = await t.app.inject({ method: 'POST', url: '/api/settings/risk-list.xlsx', headers: { ...director.headers, 'content-type': XLSX }, payload: res.rawPayload });
    expect(imported.statusCode).toBe(200);
    expect(imported.json().record).toMatchObject({ recordType: 'risk-list', status: 'draft', enterprise: '91350100M000100Y43' });
    expect((await t.opened.store.query({ type: 'risk-list' })).length).toBe(before);
  });

  it('reports workbook problems by cell, and refuses viewers', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/settings/risk-list.xlsx', headers: { ...director.headers, 'content-type': XLSX }, payload: Buffer.from('not a workbook') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message.zh).toContain('未导入');
    expect((await t.app.inject({ method: 'POST', url: '/api/settings/risk-list.xlsx', headers: { ...viewer.headers, 'content-type': XLSX }, payload: Buffer.from('x') })).statusCode).toBe(403);
  });

  it('serves the engine’s templates with the enterprise filled in', async () => {
    for (const kind of ['management-system', 'director-duties', 'officer-code', 'risk-list']) {
      const res = await t.app.inject({ url: `/api/templates/${kind}`, headers: viewer.headers });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ recordType: kind, enterprise: '91350100M000100Y43', status: 'draft', effectiveDate: '2026-11-25' });
    }
    expect((await t.app.inject({ url: '/api/templates/recall', headers: viewer.headers })).statusCode).toBe(400);
  });
});
