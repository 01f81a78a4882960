/**
 * Attachments: records hold files only by content hash (DESIGN.md § Identity), so the caller supplies the bytes
 * through `attachments.load(hash)`. Each file is uploaded once to the base with the drive media API
 * (`POST /open-apis/drive/v1/medias/upload_all`, multipart, ≤ 20 MB) and its `file_token` goes into the
 * `o75_attachments` field. Without a loader, or for a file it cannot supply, the hash stays in `o75_raw` only.
 */
import type { AdapterEvents } from '@order75/adapter-kit';
import type { AnyRecord } from '@order75/schemas';
import type { FeishuClient } from './client';

/** Supplies the bytes of a file by its content hash (`sha256:…`), or undefined when it has none. */
export interface AttachmentSource {
  load(hash: string): Promise<{ bytes: Uint8Array; name?: string; mediaType?: string } | undefined>;
}

/** Files larger than this need the chunked upload, which this adapter does not do. */
export const UPLOAD_ALL_LIMIT = 20 * 1024 * 1024;

/** Every attachment reference (`{ hash, mediaType, name? }`) anywhere in a record, first occurrence of each hash. */
export function attachmentsOf(record: AnyRecord): { hash: string; name?: string; mediaType: string }[] {
  const seen = new Map<string, { hash: string; name?: string; mediaType: string }>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.hash === 'string' && /^(sha256|sm3):[0-9a-f]{64}$/.test(o.hash) && typeof o.mediaType === 'string') {
      if (!seen.has(o.hash)) seen.set(o.hash, { hash: o.hash, mediaType: o.mediaType, ...(typeof o.name === 'string' ? { name: o.name } : {}) });
      return;
    }
    for (const x of Object.values(o)) walk(x);
  };
  walk(record);
  return [...seen.values()];
}

/** Uploads files on demand and remembers their tokens for the adapter's lifetime. */
export function createUploader(client: FeishuClient, appToken: string, source: AttachmentSource | undefined) {
  const tokens = new Map<string, string>();
  return {
    /** File tokens for a record's attachments, or undefined when there is no loader. Throws when an upload fails. */
    async tokensFor(record: AnyRecord, events?: AdapterEvents): Promise<string[] | undefined> {
      if (!source) return undefined;
      const out: string[] = [];
      for (const a of attachmentsOf(record)) {
        let token = tokens.get(a.hash);
        if (!token) {
          const file = await source.load(a.hash);
          if (!file) {
            events?.onLog?.({ level: 'warn', message: `feishu-bitable: no bytes for attachment ${a.hash}; it stays a hash in ${'o75_raw'}` });
            continue;
          }
          if (file.bytes.length > UPLOAD_ALL_LIMIT) {
            events?.onLog?.({ level: 'warn', message: `feishu-bitable: attachment ${a.hash} is over 20 MB (chunked upload not supported); it stays a hash in o75_raw` });
            continue;
          }
          const mediaType = file.mediaType ?? a.mediaType;
          const name = file.name ?? a.name ?? a.hash.slice(0, 20);
          const form = new FormData();
          form.set('file_name', name);
          form.set('parent_type', mediaType.startsWith('image/') ? 'bitable_image' : 'bitable_file');
          form.set('parent_node', appToken);
          form.set('size', String(file.bytes.length));
          form.set('file', new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: mediaType }), name);
          const encoded = new Response(form);
          const body = new Uint8Array(await encoded.arrayBuffer());
          const data = await client.call<{ file_token: string }>('upload', {
            path: 'open-apis/drive/v1/medias/upload_all', body, headers: { 'content-type': encoded.headers.get('content-type')! }, events,
          });
          token = data.file_token;
          tokens.set(a.hash, token);
        }
        out.push(token);
      }
      return out;
    },
  };
}
