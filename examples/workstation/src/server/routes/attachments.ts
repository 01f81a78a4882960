/** Uploading attachment bytes (photo, drawn signature, paper-signed scan) and reading them back by hash. */
import type { FastifyInstance } from 'fastify';
import { ACCEPTED_MEDIA, MAX_ATTACHMENT_BYTES } from '../attachments';
import { requireRole } from '../auth/plugin';
import type { Workstation } from '../context';
import { ApiError, notFound } from '../errors';

export function attachmentRoutes(app: FastifyInstance, ws: Workstation): void {
  app.addContentTypeParser(/^(image\/[a-z0-9.+-]+|application\/pdf|application\/octet-stream)$/, { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES }, (_req, body, done) =>
    done(null, body),
  );

  app.post('/api/attachments', async (request, reply) => {
    requireRole(request, ['principal', 'director', 'officer']);
    const mediaType = String(request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!ACCEPTED_MEDIA.test(mediaType) || !Buffer.isBuffer(request.body)) {
      throw new ApiError(415, 'media-type', {
        zh: '只接受 JPEG、PNG、WebP、GIF、HEIC、SVG 图片或 PDF 文件',
        en: 'only JPEG, PNG, WebP, GIF, HEIC or SVG images and PDF files are accepted',
      });
    }
    if (request.body.byteLength === 0) throw new ApiError(400, 'empty', { zh: '文件为空', en: 'the file is empty' });
    return reply.status(201).send(ws.attachments.put(request.body, mediaType));
  });

  app.get('/api/attachments/:hash', async (request, reply) => {
    const { hash } = request.params as { hash: string };
    const file = ws.attachments.get(hash);
    if (!file) throw notFound(`附件 ${hash}`);
    // Uploaded files are served inert: no scripts even in an SVG, no sniffing into another type.
    return reply
      .header('content-type', file.mediaType)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
      .header('cache-control', 'private, max-age=31536000, immutable')
      .send(file.bytes);
  });
}
