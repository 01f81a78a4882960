/**
 * For inspectors: the archive of a period (`.o75.zip`), the offline `verify.html`, the compliance report as
 * HTML and JSON, and the period's daily checks as XLSX.
 */
import { buildArchive, verifyHtml } from '@order75/archive';
import { latestFinal } from '@order75/core';
import type { DailyCheck, EnterpriseProfile } from '@order75/schemas';
import { dailyChecksToXlsx } from '@order75/xlsx';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { runCheck } from '../compliance';
import type { Workstation } from '../context';
import { reportHtml } from '../reportHtml';
import { defaultWindow, PERIOD_QUERY } from './dashboard';

function download(reply: FastifyReply, type: string, name: string, body: string | Uint8Array) {
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(typeof body === 'string' ? body : Buffer.from(body));
}

export function exportRoutes(app: FastifyInstance, ws: Workstation): void {
  const period = (q: unknown) => ({ ...defaultWindow(ws), ...(q as { from?: string; to?: string }) });

  app.get('/api/exports/archive', { schema: { querystring: PERIOD_QUERY } }, async (request, reply) => {
    const { from, to } = period(request.query);
    const bytes = await buildArchive(ws.store, {
      enterprise: ws.enterprise,
      from,
      to,
      attachments: async (hash) => ws.attachments.get(hash)?.bytes,
      now: ws.now,
    });
    return download(reply, 'application/zip', `${ws.enterprise}_${from}_${to}.o75.zip`, bytes);
  });

  app.get('/api/exports/verify.html', async (_request, reply) => download(reply, 'text/html; charset=utf-8', 'verify.html', await verifyHtml()));

  app.get('/api/exports/report.json', { schema: { querystring: PERIOD_QUERY } }, async (request, reply) => {
    const { from, to } = period(request.query);
    const { result } = await runCheck(ws, from, to);
    return download(reply, 'application/json; charset=utf-8', `compliance_${from}_${to}.json`, JSON.stringify({ enterprise: ws.enterprise, from, to, ...result }, null, 2));
  });

  app.get('/api/exports/report.html', { schema: { querystring: PERIOD_QUERY } }, async (request, reply) => {
    const { from, to } = period(request.query);
    const { set, result } = await runCheck(ws, from, to);
    const profile = set.of('enterprise-profile').at(-1) as EnterpriseProfile | undefined;
    const html = reportHtml(result, { enterprise: ws.enterprise, name: profile?.name, from, to, generatedAt: ws.now().toISOString() });
    return reply.header('content-type', 'text/html; charset=utf-8').send(html);
  });

  app.get('/api/exports/daily-checks.xlsx', { schema: { querystring: PERIOD_QUERY } }, async (request, reply) => {
    const { from, to } = period(request.query);
    const set = latestFinal(await ws.records());
    const checks = set.of('daily-check').filter((c: DailyCheck) => c.date >= from && c.date <= to);
    const bytes = await dailyChecksToXlsx(checks, { riskLists: set.of('risk-list') });
    return download(reply, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `每日检查记录_${from}_${to}.xlsx`, bytes);
  });
}
