/**
 * One record: its print view (`<RecordView>`), signature slots (key, or an attached paper-signed scan), the
 * revision history with reasons, correction (a new revision with a reason) and printing. Also the form for a
 * new record of any type, starting from the engine's template where there is one.
 */
import type { AnyRecord, RecordType, RiskList } from '@order75/schemas';
import { RecordView } from '@order75/react';
import { Alert, Button, Card, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { WorkstationForm } from '../components/Form';
import { Loading } from '../components/Loading';
import { SignPanel } from '../components/SignPanel';
import { useData } from '../components/useData';
import { attachmentUrl } from '../formServices';
import { useT } from '../i18n';
import { typeName } from '../recordTypes';
import { navigate } from '../router';
import { useSession } from '../session';
import type { Tasks } from '../tasks';

const TEMPLATES = new Set(['management-system', 'director-duties', 'officer-code', 'risk-list']);

interface Audit {
  at: string;
  actor: string;
  action: string;
  revision: number;
  reason?: string;
  changes: { path: string }[];
}

export function RecordPage({ id, create, correct }: { id?: string; create?: string; correct?: boolean }) {
  if (create) return <CreateRecord type={create as RecordType} />;
  return <ViewRecord id={id as string} correct={correct === true} />;
}

function CreateRecord({ type }: { type: RecordType }) {
  const t = useT();
  // A risk list imported from XLSX arrives as a draft to review here, instead of the template.
  const imported = type === 'risk-list' && location.search.includes('imported') ? sessionStorage.getItem('o75-import') : null;
  const template = useData<AnyRecord>(TEMPLATES.has(type) && !imported ? `/api/templates/${type}` : undefined);
  if (type === 'daily-check') {
    navigate('/daily');
    return null;
  }
  const initial = imported ? (JSON.parse(imported) as AnyRecord) : template.data;
  if (TEMPLATES.has(type) && !initial) return <Loading error={template.error} />;
  return (
    <div className="ws-page">
      <Button type="link" onClick={() => navigate('/records')}>← {t('back')}</Button>
      <WorkstationForm recordType={type} initialRecord={initial as never} draftKey={`new-${type}`} onSaved={(s) => navigate(`/records/${s.id}`)} />
    </div>
  );
}

function ViewRecord({ id, correct }: { id: string; correct: boolean }) {
  const t = useT();
  const en = t('done') === 'Done';
  const session = useSession();
  const { data, error, reload } = useData<{ record: AnyRecord; contentHash: string }>(`/api/records/${id}`);
  const history = useData<{ revisions: { record: AnyRecord; contentHash: string }[]; audit: Audit[] }>(`/api/records/${id}/history`);
  const tasks = useData<Tasks>('/api/tasks');
  const [reason, setReason] = useState('');
  if (!data) return <Loading error={error} />;
  const { record } = data;
  const riskList = record.recordType === 'daily-check' ? (tasks.data?.riskLists.find((l) => l.id === record.riskList.recordId) as RiskList | undefined) : undefined;
  if (correct) {
    const { signatures: _s, createdAt: _c, supersedes: _p, ...rest } = record as AnyRecord & { supersedes?: unknown };
    const next = { ...rest, status: 'final', revision: record.revision + 1, supersedes: { revision: record.revision, reason } };
    return (
      <div className="ws-page">
        <Button type="link" onClick={() => navigate(`/records/${id}`)}>← {t('back')}</Button>
        <Card size="small" className="ws-gap" title={`${t('correct')} · ${t('reason')}`}>
          <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} placeholder={en ? 'Why is this corrected?' : '请写明更正原因'} data-testid="correction-reason" />
        </Card>
        {reason.trim() ? (
          <WorkstationForm key={String(Boolean(reason.trim()))} recordType={record.recordType} initialRecord={next as never} riskList={riskList} draftKey={`correct-${id}`} onSaved={() => navigate(`/records/${id}`)} />
        ) : (
          <Alert type="info" message={en ? 'State the reason first; the form follows.' : '请先填写更正原因，然后修改内容。'} />
        )}
      </div>
    );
  }
  const canWrite = session.account.role !== 'viewer';
  return (
    <div className="ws-page">
      <Space wrap className="ws-gap ws-no-print">
        <Button onClick={() => window.history.back()}>← {t('back')}</Button>
        <Tag>{typeName(record.recordType, en)}</Tag>
        <Tag>{t('revision')} {record.revision}</Tag>
        <code className="ws-hash" title={data.contentHash}>{data.contentHash.slice(0, 19)}…</code>
        {canWrite ? <Button onClick={() => navigate(`/records/${id}/correct`)} data-testid="correct">{t('correct')}</Button> : null}
        <Button onClick={() => window.print()}>{t('print')}</Button>
      </Space>
      <Card size="small" className="ws-gap ws-no-print" title={t('sign')}>
        <SignPanel record={record} onSigned={() => { reload(); history.reload(); }} />
      </Card>
      <div className="ws-print" data-testid="record-view">
        <RecordView record={record as never} locale={en ? 'en' : 'zh-CN'} riskList={riskList} resolveAttachmentUrl={attachmentUrl} />
      </div>
      <Card size="small" className="ws-gap ws-no-print" title={t('history')}>
        <Table<Audit>
          size="small"
          pagination={false}
          rowKey={(a) => `${a.revision}-${a.at}-${a.action}`}
          dataSource={history.data?.audit ?? []}
          columns={[
            { title: en ? 'When' : '时间', render: (_, a) => a.at.replace('T', ' ').slice(0, 19) },
            { title: t('action'), dataIndex: 'action' },
            { title: t('revision'), dataIndex: 'revision' },
            { title: t('actor'), dataIndex: 'actor' },
            { title: t('reason'), render: (_, a) => a.reason ?? (a.changes.length ? a.changes.map((c) => c.path).slice(0, 4).join(', ') : '') },
          ]}
        />
        {history.data && history.data.revisions.length > 1 ? (
          <Space wrap className="ws-gap-top">
            {history.data.revisions.map((r) => <Tag key={r.record.revision}>r{r.record.revision} {r.contentHash.slice(7, 19)}</Tag>)}
          </Space>
        ) : null}
      </Card>
    </div>
  );
}
