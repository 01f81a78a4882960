/**
 * Settings: the enterprise profile with its sites and weekly production pattern (changed by correcting the
 * profile record), people and their roles, accounts (the principal adds them), the signing key, the risk list
 * (XLSX export and import to a draft), and the engine's templates for the management system and duty documents.
 */
import type { EnterpriseProfile } from '@order75/schemas';
import { Alert, Button, Card, Descriptions, Form, Input, Select, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { api, ApiFailure } from '../api';
import { Loading } from '../components/Loading';
import { useData } from '../components/useData';
import { useMsg, useT } from '../i18n';
import { typeName } from '../recordTypes';
import { navigate } from '../router';
import { useSession } from '../session';

interface Settings {
  enterprise: string;
  profile: EnterpriseProfile | null;
  accounts: { username: string; displayName: string; role: string; sites: string[]; personId?: string }[];
  people: { personId: string; name: string; roles: string[] }[];
  signingKey: boolean;
  riskLists: { id: string; title?: string; version: string; effectiveDate: string; rows: number }[];
}

const REGIME_ZH: Record<string, string> = { licence: '生产许可证', ccc: 'CCC 认证', 'mandatory-standard': '强制性国家标准', excluded: '不适用' };
const REGIME_EN: Record<string, string> = { licence: 'production licence', ccc: 'CCC', 'mandatory-standard': 'mandatory standard', excluded: 'excluded' };
const WEEKDAYS_ZH = ['一', '二', '三', '四', '五', '六', '日'];
const ROLE_ZH: Record<string, string> = { principal: '主要负责人', director: '质量安全总监', officer: '质量安全员', viewer: '只读' };

export function SettingsPage() {
  const t = useT();
  const msg = useMsg();
  const en = t('done') === 'Done';
  const session = useSession();
  const { data, error, reload } = useData<Settings>('/api/settings');
  const [note, setNote] = useState<{ type: 'success' | 'error'; text: string }>();
  if (!data) return <Loading error={error} />;
  const fail = (e: unknown) => setNote({ type: 'error', text: e instanceof ApiFailure ? `${msg(e.text)} ${e.issues.map((i) => msg(i.message)).join('；')}` : String(e) });
  const role = (r: string) => (en ? r : ROLE_ZH[r] ?? r);
  const p = data.profile;
  return (
    <div className="ws-page">
      {note ? <Alert type={note.type} message={note.text} showIcon closable onClose={() => setNote(undefined)} className="ws-gap" /> : null}
      <Card title={t('profile')} size="small" className="ws-gap" extra={p && session.account.role === 'principal' ? <Button onClick={() => navigate(`/records/${p.id}/correct`)}>{t('correct')}</Button> : null}>
        {p ? (
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={en ? 'Name' : '名称'}>{p.name}</Descriptions.Item>
            <Descriptions.Item label="USCC">{p.enterprise}</Descriptions.Item>
            <Descriptions.Item label={en ? 'Address' : '地址'}>{p.address}</Descriptions.Item>
            <Descriptions.Item label={en ? 'Legal representative' : '法定代表人'}>{p.legalRepresentative?.name}</Descriptions.Item>
            <Descriptions.Item label={en ? 'Products' : '产品'} span={2}>
              {p.products.map((x) => <Tag key={x.productId}>{x.name}（{(en ? REGIME_EN : REGIME_ZH)[x.regime] ?? x.regime}{x.certificates?.[0] ? ` ${x.certificates.at(-1)?.number}` : ''}）</Tag>)}
            </Descriptions.Item>
          </Descriptions>
        ) : <Alert type="warning" message={en ? 'No enterprise profile yet' : '尚无生产单位档案'} action={<Button onClick={() => navigate('/records/new/enterprise-profile')}>{t('create')}</Button>} />}
      </Card>
      <Card title={t('sitesPattern')} size="small" className="ws-gap">
        <Table size="small" pagination={false} rowKey="siteId" dataSource={p?.sites ?? []} columns={[
          { title: 'ID', dataIndex: 'siteId', width: 70 },
          { title: t('site'), dataIndex: 'name' },
          { title: en ? 'Production days' : '每周生产日', render: (_, s) => s.weeklyPattern.map((d) => <Tag key={d}>{en ? ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d - 1] : `周${WEEKDAYS_ZH[d - 1]}`}</Tag>) },
        ]} />
      </Card>
      <Card title={t('people')} size="small" className="ws-gap" extra={session.account.role !== 'viewer' ? <Button onClick={() => navigate('/records/new/personnel-change')}>{en ? 'Appoint / change' : '任命或调整'}</Button> : null}>
        <Table size="small" pagination={false} rowKey="personId" dataSource={data.people} columns={[
          { title: 'ID', dataIndex: 'personId', width: 80 },
          { title: en ? 'Name' : '姓名', dataIndex: 'name' },
          { title: en ? 'Roles today' : '当前角色', render: (_, x) => x.roles.map((r) => <Tag key={r}>{role(r)}</Tag>) },
        ]} />
      </Card>
      <Card title={t('accounts')} size="small" className="ws-gap">
        <Table size="small" pagination={false} rowKey="username" dataSource={data.accounts} columns={[
          { title: t('username'), dataIndex: 'username' },
          { title: en ? 'Name' : '姓名', dataIndex: 'displayName' },
          { title: en ? 'Role' : '角色', render: (_, a) => role(a.role) },
          { title: t('site'), render: (_, a) => a.sites.join(', ') || '—' },
          ...(session.account.role === 'principal' ? [{ title: '', render: (_: unknown, a: { username: string }) => a.username !== session.account.username ? <Button size="small" danger onClick={() => void api.del(`/api/settings/accounts/${a.username}`).then(reload, fail)}>{en ? 'Remove' : '删除'}</Button> : null }] : []),
        ]} />
        {session.account.role === 'principal' ? (
          <Form layout="inline" className="ws-gap-top" onFinish={(v) => void api.post('/api/settings/accounts', { ...v, sites: v.sites ? String(v.sites).split(/[,，\s]+/).filter(Boolean) : [] }).then(() => { reload(); setNote({ type: 'success', text: t('saved') }); }, fail)}>
            <Form.Item name="username" rules={[{ required: true }]}><Input placeholder={t('username')} /></Form.Item>
            <Form.Item name="displayName" rules={[{ required: true }]}><Input placeholder={en ? 'Name' : '姓名'} /></Form.Item>
            <Form.Item name="role" rules={[{ required: true }]}><Select className="ws-select-s" placeholder={en ? 'Role' : '角色'} options={['principal', 'director', 'officer', 'viewer'].map((r) => ({ value: r, label: role(r) }))} /></Form.Item>
            <Form.Item name="personId"><Input placeholder="personId" /></Form.Item>
            <Form.Item name="sites"><Input placeholder={en ? 'Sites (S01, S02)' : '厂区（S01, S02）'} /></Form.Item>
            <Form.Item name="password" rules={[{ required: true, min: 10 }]}><Input.Password placeholder={t('password')} /></Form.Item>
            <Button htmlType="submit" type="primary">{t('create')}</Button>
          </Form>
        ) : null}
      </Card>
      {session.account.role !== 'viewer' ? (
        <Card title={t('signingKey')} size="small" className="ws-gap">
          <Form layout="inline" onFinish={(v) => void api.post<{ keyId: string }>('/api/settings/signing-key', v).then((r) => { reload(); setNote({ type: 'success', text: r.keyId }); }, fail)}>
            <Tag color={data.signingKey ? 'green' : 'default'}>{data.signingKey ? (en ? 'key present' : '已有密钥') : en ? 'no key' : '无密钥'}</Tag>
            <Form.Item name="passphrase" rules={[{ required: true, min: 8 }]}><Input.Password placeholder={t('passphrase')} /></Form.Item>
            <Button htmlType="submit">{t('newKey')}</Button>
          </Form>
        </Card>
      ) : null}
      <Card title={t('riskList')} size="small" className="ws-gap">
        {data.riskLists.map((l) => (
          <div key={l.id} className="ws-gap">
            <Button type="link" className="ws-link" onClick={() => navigate(`/records/${l.id}`)}>{l.title ?? t('riskList')} {l.version}</Button> · {l.effectiveDate} · {l.rows} {en ? 'rows' : '行'}
          </div>
        ))}
        <Space wrap>
          <Button href="/api/settings/risk-list.xlsx">{t('exportXlsx')}</Button>
          {session.account.role === 'director' || session.account.role === 'principal' ? (
            <Upload accept=".xlsx" showUploadList={false} customRequest={({ file }) => {
              void api.post<{ record: { id: string } }>('/api/settings/risk-list.xlsx', file as File, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
                .then((r) => { sessionStorage.setItem('o75-import', JSON.stringify(r.record)); navigate('/records/new/risk-list?imported=1'); }, fail);
            }}>
              <Button>{t('importXlsx')}</Button>
            </Upload>
          ) : null}
        </Space>
      </Card>
      <Card title={t('templates')} size="small" className="ws-gap">
        <Space wrap>
          {['management-system', 'director-duties', 'officer-code', 'risk-list'].map((k) => (
            <Button key={k} disabled={session.account.role === 'viewer'} onClick={() => navigate(`/records/new/${k}`)}>{typeName(k, en)}</Button>
          ))}
        </Space>
      </Card>
    </div>
  );
}
