import type { Message } from '@order75/core';
import { Alert, Spin } from 'antd';
import { useMsg } from '../i18n';

/** A spinner, or the load error. */
export function Loading({ error }: { error?: Message }) {
  const msg = useMsg();
  return error ? <Alert type="error" showIcon message={msg(error)} /> : <div className="ws-center-block"><Spin /></div>;
}
