/**
 * `buildApp()`: the workstation's Fastify instance — the project's validator compiler (records through
 * `validateRecord`, nothing coerced or stripped), bilingual errors, login with sessions and CSRF, every API
 * route, the OpenAPI document, and the built SPA when a web root is given.
 */
import cookie from '@fastify/cookie';
import type { RecordStore } from '@order75/store';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AttachmentStore } from './attachments';
import type { AccountStore } from './auth/accounts';
import { registerAuth } from './auth/plugin';
import { LoginThrottle } from './auth/throttle';
import { workstationContext, type Workstation } from './context';
import { errorHandler } from './errors';
import { openApiDocument } from './openapi';
import { attachmentRoutes } from './routes/attachments';
import { dashboardRoutes } from './routes/dashboard';
import { exportRoutes } from './routes/exports';
import { recordRoutes } from './routes/records';
import { settingsRoutes } from './routes/settings';
import { signatureRoutes } from './routes/signatures';
import { taskRoutes } from './routes/tasks';
import { validatorCompiler } from './validation';
import { serveWeb } from './web/serveWeb';

export interface AppOptions {
  store: RecordStore;
  accounts: AccountStore;
  attachments: AttachmentStore;
  /** USCC of the enterprise this workstation keeps. */
  enterprise: string;
  /** Clock (tests pass a fixed one); default the system clock. */
  now?: () => Date;
  /** Folder of the built SPA (`index.html` and assets); without it only the API is served. */
  webRoot?: string;
  /** Fastify request logging; default off. */
  logger?: boolean;
}

/** Builds (does not listen) the workstation app. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance & { workstation: Workstation }> {
  const now = options.now ?? (() => new Date());
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 5 * 1024 * 1024, trustProxy: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setErrorHandler(errorHandler);
  await app.register(cookie);
  const ws = workstationContext({ store: options.store, accounts: options.accounts, attachments: options.attachments, enterprise: options.enterprise, now });
  registerAuth(app, options.accounts, new LoginThrottle(() => now().getTime()));
  app.get('/api/health', async () => ({ ok: true }));
  app.get('/api/openapi.json', async () => openApiDocument());
  recordRoutes(app, ws);
  signatureRoutes(app, ws);
  attachmentRoutes(app, ws);
  dashboardRoutes(app, ws);
  taskRoutes(app, ws);
  settingsRoutes(app, ws);
  exportRoutes(app, ws);
  if (options.webRoot) await serveWeb(app, options.webRoot);
  return Object.assign(app, { workstation: ws }) as unknown as FastifyInstance & { workstation: Workstation };
}
