/** `<RecordForm>` wired to the workstation: language, people, uploads, key signer, submit through the API. */
import type { RecordType } from '@order75/schemas';
import { RecordForm, type RecordFormProps } from '@order75/react';
import { useContext } from 'react';
import { ApiFailure } from '../api';
import { attachmentUrl, keySigner, submitRecord, upload } from '../formServices';
import { LangContext } from '../i18n';
import { currentUser, useSession } from '../session';

export function WorkstationForm<K extends RecordType>(props: Omit<RecordFormProps<K>, 'onSubmit'> & { onSaved: (saved: { id: string; revision: number }) => void }) {
  const session = useSession();
  const { locale } = useContext(LangContext);
  const zh = locale !== 'en';
  const { onSaved, ...rest } = props;
  return (
    <RecordForm
      locale={locale}
      enterprise={session.enterprise}
      currentUser={currentUser(session)}
      people={session.people}
      onUpload={upload}
      resolveAttachmentUrl={attachmentUrl}
      signer={keySigner(session, zh)}
      {...rest}
      onSubmit={async (record) => {
        try {
          onSaved(await submitRecord(record as { id: string; revision: number }, zh));
        } catch (e) {
          if (e instanceof ApiFailure) {
            const detail = e.issues.map((i) => (zh ? i.message.zh : i.message.en)).join('；');
            throw new Error(`${zh ? e.text.zh : e.text.en}${detail ? `：${detail}` : ''}`);
          }
          throw e;
        }
      }}
    />
  );
}
