/**
 * The signature slots of a record: each slot shows its signature, or lets the right person sign by key,
 * by drawing, or on paper (print, wet-sign or seal, scan, attach by hash). A slot refuses a signer whose
 * role it does not list.
 */
import type { Locale } from '@order75/core';
import type { Attachment, PersonRef, Role, Signature } from '@order75/schemas';
import { useState } from 'react';
import { useServices } from '../context';
import { text } from '../i18n/strings';
import { enumLabel } from '../schema/localizeSchema';
import { showInstant, toInstant } from '../time';
import { PhotoInput, previewUrl, rememberPreview } from '../photos/PhotoInput';
import { SignaturePad } from './SignaturePad';
import { imageSignature, keySignature, type SignedFields, type Signer } from './signer';
import { ROLE_NAMES, roleRefusal, rolesText, type SignatureSlot } from './slots';

/** The signed fields of the record as it stands, or undefined when it is not ready to sign (issues are shown). */
export type PrepareSignature = (slot: number) => Promise<Omit<SignedFields, 'signedAt'> | undefined>;

export interface SignaturePanelProps {
  slots: readonly SignatureSlot[];
  signatures: readonly Signature[];
  locale: Locale;
  signer?: Signer;
  currentUser?: PersonRef & { role?: Role };
  prepare: PrepareSignature;
  onAdd: (signature: Signature) => void;
  onRemove: (slot: number) => void;
  onPrint: () => void;
}

const METHOD = { type: 'string', enum: ['key', 'drawn', 'paper'], 'x-enum-zh': ['电子密钥', '手写签名', '纸质签章扫描'], 'x-enum-en': ['Electronic key', 'Drawn signature', 'Paper, signed or sealed'] };

function SlotView({ slot, ...props }: SignaturePanelProps & { slot: SignatureSlot }) {
  const { locale, signer, currentUser, prepare, onAdd, onRemove, onPrint, signatures } = props;
  const { now, resolveAttachmentUrl } = useServices();
  const [mode, setMode] = useState<'drawn' | 'paper'>();
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);
  const existing = signatures.find((s) => s.slot === slot.index);
  const roles = rolesText(slot.roles);
  const heading = text(locale, 'slotLabel', { n: slot.index + 1, roles: locale === 'en' ? roles.en : roles.zh });

  const refuse = (role: Role | undefined) => {
    const why = roleRefusal(slot, role);
    setRefusal(why ? (locale === 'en' ? why.en : why.zh) : undefined);
    return !!why;
  };
  const run = async (make: (fields: SignedFields) => Promise<Signature> | Signature) => {
    setBusy(true);
    try {
      const ready = await prepare(slot.index);
      if (!ready) {
        setRefusal(text(locale, 'signInvalidFirst'));
        return;
      }
      onAdd(await make({ ...ready, signedAt: toInstant(now()) }));
      setMode(undefined);
    } catch (error) {
      setRefusal(text(locale, 'signFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  const byKey = () => {
    if (!signer) return setRefusal(text(locale, 'noSigner'));
    if (refuse(signer.role)) return;
    void run((fields) => keySignature(fields, signer));
  };
  const start = (m: 'drawn' | 'paper') => {
    if (!currentUser) return setRefusal(text(locale, 'noUser'));
    if (refuse(currentUser.role)) return;
    setMode(m);
  };
  const withImage = (m: 'drawn' | 'paper', attachment: Attachment) => {
    if (!currentUser?.role || refuse(currentUser.role)) return;
    const person = { personId: currentUser.personId, name: currentUser.name };
    void run((fields) => imageSignature(fields, m, person, currentUser.role as Role, attachment));
  };
  const { onUpload } = useServices();
  const uploadDrawn = async (png: File) => {
    if (!onUpload) return setRefusal(text(locale, 'noUploader'));
    const stored = await onUpload(png);
    rememberPreview(stored.hash, png);
    withImage('drawn', { ...stored, capturedAt: toInstant(now()) });
  };

  if (existing) {
    const src = existing.attachment ? previewUrl(existing.attachment, resolveAttachmentUrl) : undefined;
    return (
      <div className="o75-slot o75-slot-signed" data-testid={`o75-slot-${slot.index}`}>
        <div className="o75-slot-title">{heading}</div>
        <div className="o75-slot-done" role="status">
          {text(locale, 'signedBy', {
            role: locale === 'en' ? ROLE_NAMES[existing.role].en : ROLE_NAMES[existing.role].zh,
            name: existing.name ?? existing.personId,
            time: showInstant(existing.signedAt),
            method: enumLabel(METHOD, existing.method, locale),
          })}
        </div>
        {src ? <img className="o75-slot-image" src={src} alt={existing.name ?? existing.personId} /> : null}
        <code className="o75-hash">{existing.contentHash}</code>
        <button type="button" className="o75-btn o75-touch" onClick={() => onRemove(slot.index)}>{text(locale, 'removeSignature')}</button>
      </div>
    );
  }
  const caption = currentUser
    ? `${currentUser.name} · ${currentUser.role ? (locale === 'en' ? ROLE_NAMES[currentUser.role].en : ROLE_NAMES[currentUser.role].zh) : ''} · ${showInstant(toInstant(now()))}`
    : '';
  return (
    <div className="o75-slot" data-testid={`o75-slot-${slot.index}`}>
      <div className="o75-slot-title">
        {heading}
        {slot.condition === 'director-in-office' ? <span className="o75-help"> {text(locale, 'slotConditional')}</span> : null}
      </div>
      <div className="o75-slot-actions">
        <button type="button" className="o75-btn o75-touch" disabled={busy} onClick={byKey}>{text(locale, 'signWithKey')}</button>
        <button type="button" className="o75-btn o75-touch" disabled={busy} aria-pressed={mode === 'drawn'} onClick={() => start('drawn')}>{text(locale, 'signDrawn')}</button>
        <button type="button" className="o75-btn o75-touch" disabled={busy} aria-pressed={mode === 'paper'} onClick={() => start('paper')}>{text(locale, 'signPaper')}</button>
      </div>
      {refusal ? <div className="o75-error" role="alert" data-testid="o75-signature-refusal">{refusal}</div> : null}
      {mode === 'drawn' ? <SignaturePad locale={locale} caption={caption} disabled={busy} onConfirm={(f) => void uploadDrawn(f)} /> : null}
      {mode === 'paper' ? (
        <div className="o75-paper">
          <p className="o75-help">{text(locale, 'paperSteps')}</p>
          <button type="button" className="o75-btn o75-touch" onClick={onPrint}>{text(locale, 'printRecord')}</button>
          <PhotoInput id={`o75-slot-${slot.index}-scan`} kind="file" max={1} value={[]} onChange={(list) => list[0] && withImage('paper', list[0])} />
        </div>
      ) : null}
    </div>
  );
}

export function SignaturePanel(props: SignaturePanelProps) {
  if (props.slots.length === 0) return null;
  return (
    <section className="o75-section o75-signatures" aria-labelledby="o75-signatures-heading">
      <h3 className="o75-section-title" id="o75-signatures-heading">{text(props.locale, 'signaturesHeading')}</h3>
      {props.slots.map((slot) => (
        <SlotView key={slot.index} slot={slot} {...props} />
      ))}
    </section>
  );
}
