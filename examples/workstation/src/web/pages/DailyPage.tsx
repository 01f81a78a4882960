/** The officer's landing: today's daily check per site (phone-width first); `/daily/:site` is the form. */
import { Alert, Button, Card, List, Tag } from 'antd';
import { WorkstationForm } from '../components/Form';
import { Loading } from '../components/Loading';
import { useData } from '../components/useData';
import { useT } from '../i18n';
import { navigate } from '../router';
import type { Tasks } from '../tasks';

export function DailyPage({ site }: { site?: string }) {
  const t = useT();
  const { data, error } = useData<Tasks>('/api/tasks');
  if (!data) return <Loading error={error} />;
  if (site) {
    const s = data.daily.find((d) => d.siteId === site);
    const list = data.riskLists.find((l) => !l.sites?.length || l.sites.includes(site)) ?? data.riskLists[0];
    return (
      <div className="ws-narrow">
        <Button type="link" onClick={() => navigate('/daily')} className="ws-back">← {t('back')}</Button>
        <div className="ws-subtitle">{s?.name ?? site} · {data.today}</div>
        <WorkstationForm
          recordType="daily-check"
          riskList={list}
          site={site}
          initialRecord={{ date: data.today }}
          draftKey={`${site}-${data.today}`}
          onSaved={(saved) => navigate(`/records/${saved.id}`)}
        />
      </div>
    );
  }
  return (
    <div className="ws-narrow">
      <h2 className="ws-h2">{t('daily')} · {data.today}</h2>
      <List
        dataSource={data.daily}
        renderItem={(d) => (
          <Card className="ws-gap" key={d.siteId} title={d.name} extra={<Tag>{d.siteId}</Tag>} data-testid={`daily-${d.siteId}`}>
            {!d.production ? (
              <Alert type="info" message={t('nonProductionToday')} />
            ) : (
              <>
                {d.checks.map((c) => (
                  <div key={c.id} className="ws-gap">
                    <Tag color={c.hazards ? 'red' : 'green'}>{c.hazards ? `${t('hazard')} ×${c.hazards}` : t('zero-risk')}</Tag>
                    <Button type="link" onClick={() => navigate(`/records/${c.id}`)}>{t('checkedToday')}</Button>
                  </div>
                ))}
                <Button type="primary" size="large" block onClick={() => navigate(`/daily/${d.siteId}`)} data-testid={`fill-${d.siteId}`}>
                  {t('newCheck')}
                </Button>
              </>
            )}
          </Card>
        )}
      />
    </div>
  );
}
