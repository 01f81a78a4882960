/** The principal's landing: vetoes awaiting an answer (Art. 4) and this month's meeting (Art. 12). */
import type { Opinion } from '@order75/schemas';
import { Alert, Button, Card, Descriptions, Empty, Tag } from 'antd';
import { WorkstationForm } from '../components/Form';
import { Loading } from '../components/Loading';
import { useData } from '../components/useData';
import { useT } from '../i18n';
import { match, navigate } from '../router';
import { useSession } from '../session';
import type { Tasks } from '../tasks';

function hoursSince(iso: string): number {
  return Math.floor((Date.now() - Date.parse(iso)) / 3600_000);
}

export function PrincipalPage({ path }: { path: string }) {
  const t = useT();
  const session = useSession();
  const { data, error } = useData<Tasks>('/api/tasks');
  if (!data) return <Loading error={error} />;
  const veto = match('/principal/veto/:id', path);
  if (veto) {
    const opinion = data.vetoes.find((v) => v.id === veto.id);
    const me = session.account.personId ? { personId: session.account.personId, name: session.account.displayName } : undefined;
    return (
      <div className="ws-page">
        <Button type="link" onClick={() => navigate('/principal')}>← {t('back')}</Button>
        {opinion ? <VetoCard opinion={opinion} /> : null}
        <WorkstationForm recordType="opinion-response" initialRecord={{ opinion: veto.id, ...(me ? { responder: me } : {}) }} draftKey={`response-${veto.id}`} onSaved={(s) => navigate(`/records/${s.id}`)} />
      </div>
    );
  }
  if (path === '/principal/meeting' && data.monthly.draft) {
    return (
      <div className="ws-page">
        <Button type="link" onClick={() => navigate('/principal')}>← {t('back')}</Button>
        <WorkstationForm recordType="monthly-meeting" initialRecord={data.monthly.draft} draftKey={`monthly-${data.month}`} onSaved={(s) => navigate(`/records/${s.id}`)} />
      </div>
    );
  }
  return (
    <div className="ws-page">
      <h2 className="ws-h2">{t('vetoes')}</h2>
      {data.vetoes.length === 0 ? <Empty description={t('noVetoes')} /> : null}
      {data.vetoes.map((v) => (
        <VetoCard key={v.id} opinion={v} action={<Button type="primary" danger onClick={() => navigate(`/principal/veto/${v.id}`)} data-testid="answer-veto">{t('answer')}</Button>} />
      ))}
      <h2 className="ws-h2">{t('monthlyStatus')} · {data.month}</h2>
      {data.monthly.meetings.length > 0 ? (
        <Alert type="success" message={t('monthlyDone')} action={<Button onClick={() => navigate(`/records/${data.monthly.meetings[0]?.id}`)}>{t('viewRecord')}</Button>} />
      ) : (
        <Card title={t('monthlyDraft')} extra={<Button type="primary" onClick={() => navigate('/principal/meeting')}>{t('open')}</Button>}>
          <p className="ws-pre">{data.monthly.draft?.mainProblems}</p>
        </Card>
      )}
    </div>
  );
}

function VetoCard({ opinion, action }: { opinion: Opinion; action?: React.ReactNode }) {
  const h = hoursSince(opinion.raisedAt);
  return (
    <Card className="ws-gap" title={opinion.subject ?? opinion.content.slice(0, 30)} extra={action} data-testid="veto">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="提出人 / proposer">{opinion.proposer.name}（{opinion.proposerRole === 'director' ? '质量安全总监' : '质量安全员'}）</Descriptions.Item>
        <Descriptions.Item label="提出时间 / raised">
          {opinion.raisedAt.replace('T', ' ').slice(0, 16)} {h > 24 ? <Tag color="red">已超过 24 小时 / over 24 h</Tag> : <Tag color="orange">{24 - h} h</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="内容 / content">{opinion.content}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
