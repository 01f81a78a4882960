/**
 * The workstation API as OpenAPI 3.1, built from the same bundled record schemas the server validates with
 * (OpenAPI 3.1 schemas are JSON Schema 2020-12, so they go in unchanged).
 */
import { bundledSchemas, RECORD_TYPES } from '@order75/schemas';

const error = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: { type: 'object', properties: { zh: { type: 'string' }, en: { type: 'string' } }, required: ['zh', 'en'] },
        issues: { type: 'array', items: { type: 'object' } },
      },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
};

const anyRecord = { oneOf: RECORD_TYPES.map((t) => ({ $ref: `#/components/schemas/${t}` })), discriminator: { propertyName: 'recordType' } };

const period = ['from', 'to'].map((name) => ({ name, in: 'query', schema: { type: 'string', format: 'date' } }));

function json(schema: object, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function openApiDocument(): Record<string, unknown> {
  const errors = {
    '400': json({ $ref: '#/components/schemas/Error' }, '输入有误 / invalid input; nothing stored'),
    '401': json({ $ref: '#/components/schemas/Error' }, '未登录 / not logged in'),
    '403': json({ $ref: '#/components/schemas/Error' }, '无权限或缺少 CSRF 令牌 / forbidden or missing CSRF token'),
  };
  return {
    openapi: '3.1.0',
    info: { title: 'Order75 Kit workstation', version: '0.1.0', description: '《工业产品生产单位落实质量安全主体责任监督管理规定》记录工作站 API' },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'o75_session' } },
      schemas: { ...bundledSchemas, Error: error, AnyRecord: anyRecord },
    },
    security: [{ session: [] }],
    paths: {
      '/api/login': { post: { summary: '登录 / log in', security: [], responses: { '200': { description: 'session' }, ...errors } } },
      '/api/records': {
        get: { summary: '查询记录 / query records', responses: { '200': { description: 'records' }, ...errors } },
        post: {
          summary: '新建记录 / create a record',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/AnyRecord' } } } },
          responses: { '201': json({ $ref: '#/components/schemas/AnyRecord' }, 'stored revision'), ...errors },
        },
      },
      '/api/records/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        get: { summary: '读取记录 / read a record', responses: { '200': json({ $ref: '#/components/schemas/AnyRecord' }, 'latest revision'), ...errors } },
      },
      '/api/records/{id}/history': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        get: { summary: '修订历史 / revision history', responses: { '200': { description: 'revisions' }, ...errors } },
      },
      '/api/records/{id}/corrections': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        post: { summary: '更正（新修订版）/ correct (new revision)', responses: { '201': { description: 'new revision' }, ...errors } },
      },
      '/api/records/{id}/signatures': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        post: { summary: '签名 / sign', responses: { '201': { description: 'signed' }, ...errors } },
      },
      '/api/attachments': {
        post: {
          summary: '上传附件（照片、签名图片、签字扫描件）/ upload an attachment',
          requestBody: { required: true, content: { 'image/*': {}, 'application/pdf': {} } },
          responses: { '201': { description: '{ hash, mediaType, size }' }, ...errors },
        },
      },
      '/api/attachments/{hash}': { get: { summary: '下载附件 / attachment bytes', responses: { '200': { description: 'bytes' }, ...errors } } },
      '/api/dashboard': { get: { summary: '看板：发现、热力图、周月状态、隐患、人员、适用性 / dashboard data', parameters: period, responses: { '200': { description: 'dashboard' }, ...errors } } },
      '/api/tasks': { get: { summary: '本角色的待办与草稿 / the role’s tasks and drafts', responses: { '200': { description: 'tasks' }, ...errors } } },
      '/api/drafts/weekly/{week}': { get: { summary: '周报草稿 / weekly draft', responses: { '200': json({ $ref: '#/components/schemas/weekly-report' }, 'draft'), ...errors } } },
      '/api/drafts/monthly/{month}': { get: { summary: '月度会议纪要草稿 / monthly draft', responses: { '200': json({ $ref: '#/components/schemas/monthly-meeting' }, 'draft'), ...errors } } },
      '/api/settings': { get: { summary: '设置 / settings', responses: { '200': { description: 'settings' }, ...errors } } },
      '/api/settings/accounts': { post: { summary: '新建账号（主要负责人）/ add an account', responses: { '201': { description: 'account' }, ...errors } } },
      '/api/settings/accounts/{username}': { delete: { summary: '删除账号 / remove an account', responses: { '200': { description: 'removed' }, ...errors } } },
      '/api/settings/signing-key': { post: { summary: '生成签名密钥 / new signing key', responses: { '201': { description: '{ keyId }' }, ...errors } } },
      '/api/settings/risk-list.xlsx': {
        get: { summary: '导出风险管控清单 / export the risk list', responses: { '200': { description: 'XLSX' }, ...errors } },
        post: { summary: '导入风险管控清单为草稿 / import a risk list as a draft', responses: { '200': { description: '{ record }' }, ...errors } },
      },
      '/api/templates/{kind}': { get: { summary: '引擎模板 / engine templates', responses: { '200': { description: 'draft record' }, ...errors } } },
      '/api/exports/archive': { get: { summary: '归档包 .o75.zip / archive of a period', parameters: period, responses: { '200': { description: 'zip' }, ...errors } } },
      '/api/exports/verify.html': { get: { summary: '离线校验页面 / offline verifier', responses: { '200': { description: 'HTML' }, ...errors } } },
      '/api/exports/report.json': { get: { summary: '合规检查报告 JSON / compliance report', parameters: period, responses: { '200': { description: 'findings and summary' }, ...errors } } },
      '/api/exports/report.html': { get: { summary: '合规检查报告 HTML / compliance report', parameters: period, responses: { '200': { description: 'HTML' }, ...errors } } },
      '/api/exports/daily-checks.xlsx': { get: { summary: '每日检查记录 XLSX / daily checks', parameters: period, responses: { '200': { description: 'XLSX' }, ...errors } } },
    },
  };
}
