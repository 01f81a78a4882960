/** Login: username and password; the server answers with the role's landing page. */
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { api, ApiFailure } from '../api';
import { useMsg, useT } from '../i18n';

export function Login({ onLogin }: { onLogin: (reply: never) => void }) {
  const t = useT();
  const msg = useMsg();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      onLogin((await api.post('/api/login', values)) as never);
    } catch (e) {
      setError(e instanceof ApiFailure ? msg(e.text) : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="ws-center ws-login">
      <Card title={t('appTitle')} className="ws-login-card">
        <Form layout="vertical" onFinish={(v) => void submit(v as { username: string; password: string })} requiredMark={false}>
          <Form.Item name="username" label={t('username')} rules={[{ required: true }]}>
            <Input autoComplete="username" id="username" size="large" />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true }]}>
            <Input.Password autoComplete="current-password" id="password" size="large" />
          </Form.Item>
          {error ? <Alert type="error" message={error} showIcon className="ws-gap" /> : null}
          <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="login-submit">{t('login')}</Button>
          <p className="ws-muted ws-gap-top">{t('demoHint')}</p>
        </Form>
      </Card>
    </div>
  );
}
