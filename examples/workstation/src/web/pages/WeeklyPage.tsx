/** The director's landing: this week's review, from the engine's draft of the week's daily checks. */
import { Alert, Button, List } from 'antd';
import { WorkstationForm } from '../components/Form';
import { Loading } from '../components/Loading';
import { useData } from '../components/useData';
import { useT } from '../i18n';
import { navigate } from '../router';
import type { Tasks } from '../tasks';

export function WeeklyPage() {
  const t = useT();
  const { data, error } = useData<Tasks>('/api/tasks');
  if (!data) return <Loading error={error} />;
  const { reports, draft } = data.weekly;
  return (
    <div className="ws-page">
      <h2 className="ws-h2">{t('weekly')} · {data.week}</h2>
      {reports.length > 0 ? (
        <Alert
          type="success"
          className="ws-gap"
          message={t('weeklyDone')}
          description={
            <List
              size="small"
              dataSource={reports}
              renderItem={(r) => (
                <List.Item>
                  <Button type="link" onClick={() => navigate(`/records/${r.id}`)}>{r.reviewDate}</Button>
                </List.Item>
              )}
            />
          }
        />
      ) : null}
      {draft ? (
        <>
          <div className="ws-subtitle" data-testid="weekly-draft-hazards">
            {t('weeklyDraft')}：{(draft.hazards ?? []).map((h) => h.hazardId).join('、') || '—'}
          </div>
          <WorkstationForm recordType="weekly-report" initialRecord={draft} draftKey={`weekly-${data.week}`} onSaved={(s) => navigate(`/records/${s.id}`)} />
        </>
      ) : null}
    </div>
  );
}
