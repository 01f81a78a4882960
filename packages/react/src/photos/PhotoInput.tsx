/**
 * Photo and file evidence: picks or takes pictures (`capture="environment"` opens the rear camera on a
 * phone), hands each file to the host's `onUpload`, and keeps only the returned attachment — hash, type,
 * size, capture time and optional location — never the bytes or a data URL.
 */
import type { Attachment } from '@order75/schemas';
import { useEffect, useRef, useState } from 'react';
import { useServices } from '../context';
import { text } from '../i18n/strings';
import { showInstant } from '../time';
import { capturedAt, currentLocation } from './captureMeta';

/** Object URLs of files uploaded in this page, by hash, so thumbnails show before the host can serve them. */
const localPreviews = new Map<string, string>();

/** Remembers a just-uploaded image so its thumbnail shows at once. */
export function rememberPreview(hash: string, blob: Blob): void {
  if (typeof URL !== 'undefined' && URL.createObjectURL && !localPreviews.has(hash)) localPreviews.set(hash, URL.createObjectURL(blob));
}

/** A URL to show an attachment: a local preview, else the host's. */
export function previewUrl(attachment: Attachment, resolve?: (a: Attachment) => string | undefined): string | undefined {
  return localPreviews.get(attachment.hash) ?? resolve?.(attachment);
}

export interface PhotoInputProps {
  id: string;
  value: readonly Attachment[];
  onChange: (value: Attachment[]) => void;
  /** Images only (camera on phones) or any file. */
  kind?: 'photo' | 'file';
  disabled?: boolean;
  describedBy?: string;
  max?: number;
}

export function PhotoInput({ id, value, onChange, kind = 'photo', disabled, describedBy, max = 50 }: PhotoInputProps) {
  const { onUpload, locale, now, captureLocation, resolveAttachmentUrl } = useServices();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);

  async function add(files: FileList | null) {
    if (!files || files.length === 0 || !onUpload) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const location = captureLocation ? await currentLocation() : undefined;
      const added: Attachment[] = [];
      for (const file of Array.from(files)) {
        const stored = await onUpload(file);
        if (stored.mediaType.startsWith('image/')) rememberPreview(stored.hash, file);
        added.push({ ...stored, capturedAt: stored.capturedAt ?? capturedAt(file, now()), ...(location && !stored.location ? { location } : {}) });
      }
      onChange([...latest.current, ...added].slice(0, max));
    } catch (error) {
      setFailure(text(locale, 'uploadFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div className="o75-photos">
      {value.length > 0 ? (
        <ul className="o75-thumbs">
          {value.map((a, i) => {
            const src = previewUrl(a, resolveAttachmentUrl);
            const name = a.name ?? a.hash.slice(0, 15);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same file may be attached twice; position tells them apart
              <li key={`${a.hash}-${i}`} className="o75-thumb">
                {src && a.mediaType.startsWith('image/') ? <img src={src} alt={name} /> : <span className="o75-file">{name}</span>}
                <span className="o75-thumb-meta">
                  {a.capturedAt ? text(locale, 'capturedAt', { time: showInstant(a.capturedAt) }) : name}
                  {a.location ? ` · ${a.location.lat.toFixed(5)}, ${a.location.lng.toFixed(5)}` : ''}
                </span>
                {!disabled ? (
                  <button type="button" className="o75-thumb-remove" aria-label={text(locale, 'removePhoto', { name })} onClick={() => onChange(value.filter((_, j) => j !== i))}>
                    ×
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {onUpload ? (
        <label className={`o75-upload o75-touch${disabled || busy ? ' o75-upload-disabled' : ''}`}>
          <input
            ref={input}
            id={id}
            className="o75-visually-hidden"
            type="file"
            multiple
            accept={kind === 'photo' ? 'image/*' : undefined}
            capture={kind === 'photo' ? 'environment' : undefined}
            disabled={disabled || busy}
            aria-describedby={describedBy}
            onChange={(e) => void add(e.target.files)}
          />
          <span>{busy ? text(locale, 'uploading') : text(locale, kind === 'photo' ? 'addPhoto' : 'addFile')}</span>
        </label>
      ) : (
        <div className="o75-help">{text(locale, 'noUploader')}</div>
      )}
      {failure ? <div className="o75-error" role="alert">{failure}</div> : null}
    </div>
  );
}
