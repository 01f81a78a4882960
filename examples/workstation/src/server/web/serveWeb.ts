/** Serves the built SPA: hashed assets from disk, and `index.html` for every other non-API GET (client routes). */
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function serveWeb(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: false,
    wildcard: false,
    setHeaders(res, path) {
      if (path.includes(`${join('assets', '')}`)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' || request.url.startsWith('/api/')) {
      return reply.status(404).send({ error: { code: 'not-found', message: { zh: '未找到该地址', en: 'no such route' } } });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
