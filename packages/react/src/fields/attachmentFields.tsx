/** rjsf fields for evidence: a list of attachments (`o75Attachments`) and a single one (`o75Attachment`). */
import type { Attachment } from '@order75/schemas';
import type { FieldProps } from '@rjsf/utils';
import { PhotoInput } from '../photos/PhotoInput';
import { collectErrors, FieldShell } from './FieldShell';

function isPhotoField(name: string): boolean {
  return /photo|image|picture/i.test(name);
}

/** Attachments by content hash (photos open the camera on phones). */
export function AttachmentsField(props: FieldProps<Attachment[]>) {
  const id = props.fieldPathId.$id;
  const errors = collectErrors(props.errorSchema);
  return (
    <FieldShell id={id} label={props.schema.title ?? props.name} required={props.required} help={props.uiSchema?.['ui:help'] as string | undefined} errors={errors} htmlFor={id}>
      <PhotoInput
        id={id}
        kind={isPhotoField(props.name) ? 'photo' : 'file'}
        value={props.formData ?? []}
        onChange={(next) => props.onChange(next.length ? next : undefined, props.fieldPathId.path)}
        disabled={props.disabled || props.readonly}
        describedBy={errors.length ? `${id}__error` : undefined}
      />
    </FieldShell>
  );
}

/** One attachment (a document scan, an appointment letter). */
export function AttachmentField(props: FieldProps<Attachment>) {
  const id = props.fieldPathId.$id;
  const errors = collectErrors(props.errorSchema);
  return (
    <FieldShell id={id} label={props.schema.title ?? props.name} required={props.required} help={props.uiSchema?.['ui:help'] as string | undefined} errors={errors} htmlFor={id}>
      <PhotoInput
        id={id}
        kind="file"
        max={1}
        value={props.formData ? [props.formData] : []}
        onChange={(next) => props.onChange(next.at(-1), props.fieldPathId.path)}
        disabled={props.disabled || props.readonly}
        describedBy={errors.length ? `${id}__error` : undefined}
      />
    </FieldShell>
  );
}
