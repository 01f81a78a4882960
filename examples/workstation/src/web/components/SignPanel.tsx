/**
 * Signing a saved revision as the logged-in person: by key (signing passphrase), or by attaching a paper-signed
 * or sealed scan (uploaded, referenced by hash). Slots the account's role may not fill say so.
 */
import type { Role } from '@order75/schemas';
import { signatureSlots } from '@order75/react';
import { Alert, Button, Input, Space, Tag, Upload } from 'antd';
import { useState } from 'react';
import { api, ApiFailure } from '../api';
import { upload } from '../formServices';
import { useMsg, useT } from '../i18n';
import { useSession } from '../session';

const ROLE: Record<Role, { zh: string; en: string }> = {
  principal: { zh: '主要负责人', en: 'principal' },
  director: { zh: '质量安全总监', en: 'director' },
  officer: { zh: '质量安全员', en: 'officer' },
};

export function SignPanel({ record, onSigned }: { record: { id: string; revision: number; recordType: string; signatures?: { slot: number; name?: string; method: string; signedAt: string; role: Role }[] }; onSigned: () => void }) {
  const t = useT();
  const msg = useMsg();
  const en = t('done') === 'Done';
  const session = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const role = session.account.role;
  const run = async (body: Record<string, unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/api/records/${record.id}/signatures`, { revision: record.revision, ...body });
      onSigned();
    } catch (e) {
      setError(e instanceof ApiFailure ? msg(e.text) : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="ws-sign" data-testid="sign-panel">
      {signatureSlots(record.recordType as never).map((slot) => {
        const done = record.signatures?.find((s) => s.slot === slot.index);
        const roles = slot.roles.map((r) => (en ? ROLE[r].en : ROLE[r].zh)).join(en ? ' or ' : '或');
        const mine = role !== 'viewer' && slot.roles.includes(role as Role);
        return (
          <div key={slot.index} className="ws-slot" data-testid={`slot-${slot.index}`}>
            <div className="ws-slot-head">{t('slot')} {slot.index + 1}：{roles}</div>
            {done ? (
              <Tag color="green" data-testid={`signed-${slot.index}`}>✓ {done.name} · {done.method} · {done.signedAt.replace('T', ' ').slice(0, 16)}</Tag>
            ) : mine ? (
              <Space wrap>
                <Input.Password placeholder={t('passphrase')} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} className="ws-pass" data-testid={`passphrase-${slot.index}`} />
                <Button type="primary" loading={busy} disabled={!passphrase} onClick={() => void run({ slot: slot.index, method: 'key', passphrase })} data-testid={`sign-key-${slot.index}`}>{t('signWithKey')}</Button>
                <Upload
                  accept="image/*,application/pdf"
                  showUploadList={false}
                  customRequest={({ file }) => {
                    void upload(file as File).then((a) => run({ slot: slot.index, method: 'paper', attachment: { hash: a.hash, name: a.name } }), (e) => setError(String(e)));
                  }}
                >
                  <Button loading={busy}>{t('attachScan')}</Button>
                </Upload>
              </Space>
            ) : (
              <span className="ws-muted">{en ? `to be signed by the ${roles}` : `待${roles}签署`}</span>
            )}
          </div>
        );
      })}
      {error ? <Alert type="error" showIcon message={error} className="ws-gap-top" data-testid="sign-error" /> : null}
    </div>
  );
}
