/**
 * Settings: the enterprise profile, sites and their weekly pattern (read from the profile record, changed by
 * correcting it), people and roles (accounts here, appointments as personnel-change records), the signing
 * key, the risk list as XLSX (export; import to a draft the user reviews and saves), and the engine's templates.
 */
import {
  directorDutiesTemplate, latestFinal, managementSystemTemplate, officerCodeTemplate, personnelTimeline, RISK_LIST_CATEGORIES, riskListTemplate,
} from '@order75/core';
import type { EnterpriseProfile, RiskList } from '@order75/schemas';
import { generateSigningKey } from '@order75/store';
import { riskListFromXlsx, riskListToXlsx } from '@order75/xlsx';
import type { FastifyInstance } from 'fastify';
import type { Account } from '../auth/accounts';
import { requireRole } from '../auth/plugin';
import { localDate } from '../clock';
import type { Workstation } from '../context';
import { ApiError, notFound } from '../errors';
import { riskListsInForce } from './tasks';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ACCOUNT_BODY = {
  type: 'object',
  properties: {
    username: { type: 'string', pattern: '^[a-z0-9._-]{2,32}$' },
    displayName: { type: 'string', minLength: 1, maxLength: 64 },
    role: { type: 'string', enum: ['principal', 'director', 'officer', 'viewer'] },
    personId: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$' },
    sites: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 64 }, maxItems: 100 },
    password: { type: 'string', minLength: 10, maxLength: 200 },
  },
  required: ['username', 'displayName', 'role', 'password'],
  additionalProperties: false,
};

const TEMPLATE_KINDS = ['management-system', 'director-duties', 'officer-code', 'risk-list'] as const;

export function settingsRoutes(app: FastifyInstance, ws: Workstation): void {
  app.addContentTypeParser(XLSX, { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 }, (_req, body, done) => done(null, body));

  const profile = async () => latestFinal(await ws.records()).of('enterprise-profile').at(-1) as EnterpriseProfile | undefined;

  app.get('/api/settings', async (request) => {
    const account = (request.session as { account: Account }).account;
    const set = latestFinal(await ws.records());
    const today = localDate(ws.now());
    const timeline = personnelTimeline(set);
    const people = timeline.people().map((p) => ({ ...p, roles: timeline.rolesOn(p.personId, today) }));
    return {
      enterprise: ws.enterprise,
      profile: set.of('enterprise-profile').at(-1) ?? null,
      accounts: account.role === 'principal' ? ws.accounts.list() : ws.accounts.list().map(({ username, displayName, role, sites }) => ({ username, displayName, role, sites })),
      people,
      signingKey: Boolean(ws.accounts.keystore(account.username)),
      riskLists: riskListsInForce(set, today).map((l) => ({ id: l.id, title: l.title, version: l.version, effectiveDate: l.effectiveDate, rows: l.rows.length })),
      categories: Object.values(RISK_LIST_CATEGORIES).map((c) => ({ key: c.key, name: c.name })),
    };
  });

  app.post('/api/settings/accounts', { schema: { body: ACCOUNT_BODY } }, async (request, reply) => {
    requireRole(request, ['principal']);
    const body = request.body as Account & { password: string };
    if (ws.accounts.get(body.username)) throw new ApiError(409, 'exists', { zh: `用户名 ${body.username} 已存在`, en: `username ${body.username} exists` });
    const { password, ...account } = body;
    await ws.accounts.create({ ...account, sites: account.sites ?? [] }, password);
    return reply.status(201).send(ws.accounts.get(body.username));
  });

  app.delete('/api/settings/accounts/:username', async (request) => {
    const me = requireRole(request, ['principal']);
    const { username } = request.params as { username: string };
    if (username === me.username) throw new ApiError(400, 'self', { zh: '不能删除当前登录的账号', en: 'you cannot remove the account you are logged in with' });
    if (!ws.accounts.remove(username)) throw notFound(`账号 ${username}`);
    return { ok: true };
  });

  app.post(
    '/api/settings/signing-key',
    { schema: { body: { type: 'object', properties: { passphrase: { type: 'string', minLength: 8, maxLength: 200 } }, required: ['passphrase'], additionalProperties: false } } },
    async (request, reply) => {
      const account = requireRole(request, ['principal', 'director', 'officer']);
      if (!account.personId) throw new ApiError(400, 'no-person', { zh: '本账号未关联人员', en: 'this account is not linked to a person' });
      const keystore = await generateSigningKey((request.body as { passphrase: string }).passphrase);
      const keyId = await ws.store.people.addKey(account.personId, keystore.publicKey);
      ws.accounts.saveKeystore(account.username, JSON.stringify(keystore));
      return reply.status(201).send({ keyId });
    },
  );

  app.get('/api/settings/risk-list.xlsx', async (request, reply) => {
    const { id } = request.query as { id?: string };
    const set = latestFinal(await ws.records());
    const list = (id ? set.byId.get(id) : riskListsInForce(set, localDate(ws.now()))[0]) as RiskList | undefined;
    if (list?.recordType !== 'risk-list') throw notFound('风险管控清单');
    const bytes = await riskListToXlsx(list);
    return reply
      .header('content-type', XLSX)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`风险管控清单-${list.version}.xlsx`)}`)
      .send(Buffer.from(bytes));
  });

  app.post('/api/settings/risk-list.xlsx', async (request) => {
    requireRole(request, ['director', 'principal']);
    if (!Buffer.isBuffer(request.body)) throw new ApiError(415, 'media-type', { zh: '请上传 .xlsx 文件', en: 'upload an .xlsx file' });
    const result = await riskListFromXlsx(request.body, { enterprise: ws.enterprise, status: 'draft' });
    if (!result.ok) throw new ApiError(400, 'xlsx', { zh: `表格有 ${result.errors.length} 处问题，未导入`, en: `the workbook has ${result.errors.length} problem(s); nothing imported` }, result.errors.map((e) => ({
      instancePath: `/${e.sheet}/${e.cell}`, keyword: 'xlsx', params: { sheet: e.sheet, cell: e.cell }, field: { zh: `${e.sheet}!${e.cell}`, en: `${e.sheet}!${e.cell}` }, message: e.message,
    })));
    return { record: result.record };
  });

  app.get(
    '/api/templates/:kind',
    {
      schema: {
        params: { type: 'object', properties: { kind: { type: 'string', enum: [...TEMPLATE_KINDS] } }, required: ['kind'], additionalProperties: false },
        querystring: { type: 'object', properties: { category: { type: 'string', maxLength: 64 } }, additionalProperties: false },
      },
    },
    async (request) => {
      const { kind } = request.params as { kind: (typeof TEMPLATE_KINDS)[number] };
      const p = await profile();
      if (!p) throw notFound('生产单位档案');
      const base = { enterprise: ws.enterprise, name: p.name, sites: p.sites, products: p.products };
      const options = { effectiveDate: localDate(ws.now()) };
      if (kind === 'management-system') return managementSystemTemplate(base, options);
      if (kind === 'director-duties') return directorDutiesTemplate(base, options);
      if (kind === 'officer-code') return officerCodeTemplate(base, options);
      const { category } = request.query as { category?: string };
      return riskListTemplate(category ?? 'wire-cable', base, options);
    },
  );
}
