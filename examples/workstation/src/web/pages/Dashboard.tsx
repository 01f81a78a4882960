/**
 * Where the enterprise stands: the calendar heatmap of daily checks per site, weekly and monthly status, open
 * hazards with their age, personnel qualification, Art. 5 applicability with its reasons, and the engine's
 * findings linked to their records.
 */
import { Button, Card, Col, List, Row, Statistic, Table, Tag, Tooltip } from 'antd';
import { useCallback } from 'react';
import { type HeatCell, Heatmap } from '../components/Heatmap';
import { Loading } from '../components/Loading';
import { useData } from '../components/useData';
import { type StringKey, useMsg, useT } from '../i18n';
import { navigate } from '../router';

interface Finding {
  rule: string;
  article: string;
  severity: 'violation' | 'warning' | 'info';
  date?: string;
  period?: { from: string; to: string };
  label?: string;
  site?: string;
  recordIds: string[];
  message: { zh: string; en: string };
}

interface DashboardData {
  today: string;
  week: string;
  month: string;
  enterprise: { uscc: string; name?: string; sites: { siteId: string; name: string; weeklyPattern: number[] }[] };
  heatmap: { from: string; to: string; cells: HeatCell[] };
  weeks: { week: string; status: string; recordId?: string; reviewDate?: string; signed: boolean }[];
  months: { month: string; status: string; recordId?: string; meetingDate?: string; signed: boolean }[];
  hazards: { hazardId: string; site?: string; foundOn?: string; ageDays: number; status: string; finding?: string; fixDeadline?: string; recordIds: string[] }[];
  personnel: { personId: string; name: string; roles: string[]; competenceGaps: string[]; assessment: { status: string; date?: string }; qualified: boolean | null }[];
  applicability: { inScope: boolean; requiresDirector: boolean | string; sizeClass: string; products: string[]; reasons: { article: string; text: { zh: string; en: string } }[] };
  findings: Finding[];
  summary: { counts: { violation: number; warning: number; info: number }; hazards: { found: number; closed: number; open: number } };
}

const STATUS_COLOR: Record<string, string> = { done: 'green', late: 'orange', missing: 'red', pending: 'blue' };
const SEVERITY_COLOR = { violation: 'red', warning: 'orange', info: 'default' } as const;
const ASSESSMENT_ZH: Record<string, string> = { passed: '考核合格', failed: '考核不合格', none: '未见考核' };
const ASSESSMENT_EN: Record<string, string> = { passed: 'passed', failed: 'failed', none: 'none recorded' };
const SIZE_ZH: Record<string, string> = { large: '大型', medium: '中型', small: '小型', unknown: '未知' };
const ROLE_ZH: Record<string, string> = { principal: '主要负责人', director: '质量安全总监', officer: '质量安全员' };

export function Dashboard() {
  const t = useT();
  const msg = useMsg();
  const { data, error } = useData<DashboardData>('/api/dashboard');
  const open = useCallback((cell: HeatCell) => {
    if (cell.recordIds[0]) navigate(`/records/${cell.recordIds[0]}`);
  }, []);
  if (!data) return <Loading error={error} />;
  const siteName = (id?: string) => data.enterprise.sites.find((s) => s.siteId === id)?.name ?? id ?? '';
  const isEn = t('done') === 'Done';
  return (
    <div className="ws-page" data-testid="dashboard">
      <h2 className="ws-h2">{data.enterprise.name} <span className="ws-muted">{data.enterprise.uscc}</span></h2>
      <Row gutter={[12, 12]} className="ws-gap">
        <Col xs={8} md={4}><Card size="small"><Statistic title={isEn ? 'Violations' : '缺失'} value={data.summary.counts.violation} valueStyle={{ color: '#cf1322' }} /></Card></Col>
        <Col xs={8} md={4}><Card size="small"><Statistic title={isEn ? 'Warnings' : '提示'} value={data.summary.counts.warning} valueStyle={{ color: '#d46b08' }} /></Card></Col>
        <Col xs={8} md={4}><Card size="small"><Statistic title={t('openHazards')} value={data.hazards.length} /></Card></Col>
        <Col xs={24} md={12}>
          <Card size="small" title={t('applicability')} data-testid="applicability">
            <Tag color={data.applicability.inScope ? 'blue' : 'default'}>{data.applicability.inScope ? t('inScope') : t('outOfScope')}</Tag>
            <Tag>{isEn ? 'Director' : '质量安全总监'}：{data.applicability.requiresDirector === true ? t('required') : String(data.applicability.requiresDirector) === 'false' ? t('notRequired') : String(data.applicability.requiresDirector)}</Tag>
            <Tag>{isEn ? `Size: ${data.applicability.sizeClass}` : `规模：${SIZE_ZH[data.applicability.sizeClass] ?? data.applicability.sizeClass}`}</Tag>
            <ul className="ws-reasons">{data.applicability.reasons.map((r) => <li key={`${r.article}-${r.text.en}`}>{isEn ? `Art. ${r.article}: ` : `第 ${r.article} 条：`}{msg(r.text)}</li>)}</ul>
          </Card>
        </Col>
      </Row>
      <Card title={t('heatmap')} className="ws-gap" size="small">
        <Heatmap cells={data.heatmap.cells} from={data.heatmap.from} to={data.heatmap.to} sites={data.enterprise.sites} onOpen={open} />
      </Card>
      <Row gutter={[12, 12]} className="ws-gap">
        <Col xs={24} md={12}>
          <Card title={t('weeklyStatus')} size="small" data-testid="weeks">
            <div className="ws-chips">
              {data.weeks.map((w) => (
                <Tooltip key={w.week} title={w.reviewDate ?? ''}>
                  <Tag color={STATUS_COLOR[w.status]} className="ws-chip" onClick={() => w.recordId && navigate(`/records/${w.recordId}`)} data-status={w.status} data-week={w.week}>
                    {w.week.slice(5)} {t(w.status as StringKey)}{w.signed ? ' ✓' : ''}
                  </Tag>
                </Tooltip>
              ))}
            </div>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={t('monthlyStatus')} size="small" data-testid="months">
            <div className="ws-chips">
              {data.months.map((m) => (
                <Tag key={m.month} color={STATUS_COLOR[m.status]} className="ws-chip" onClick={() => m.recordId && navigate(`/records/${m.recordId}`)}>
                  {m.month} {t(m.status as StringKey)}{m.signed ? ' ✓' : ''}
                </Tag>
              ))}
            </div>
          </Card>
        </Col>
      </Row>
      <Row gutter={[12, 12]} className="ws-gap">
        <Col xs={24} lg={12}>
          <Card title={t('openHazards')} size="small" data-testid="hazards">
            <List
              size="small"
              dataSource={data.hazards}
              locale={{ emptyText: '—' }}
              renderItem={(h) => (
                <List.Item onClick={() => h.recordIds[0] && navigate(`/records/${h.recordIds[0]}`)} className="ws-click" data-hazard={h.hazardId}>
                  <List.Item.Meta title={<span><code>{h.hazardId}</code> · {siteName(h.site)} <Tag color={h.ageDays > 7 ? 'red' : 'orange'}>{t('ageDays', { n: h.ageDays })}</Tag></span>} description={h.finding} />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('personnel')} size="small">
            <Table
              size="small"
              pagination={false}
              rowKey="personId"
              dataSource={data.personnel}
              columns={[
                { title: isEn ? 'Person' : '人员', dataIndex: 'name' },
                { title: isEn ? 'Role' : '角色', render: (_, p) => p.roles.map((r) => (isEn ? r : ROLE_ZH[r] ?? r)).join('、') },
                { title: isEn ? 'Assessment' : '考核', render: (_, p) => (p.roles.some((r) => r !== 'principal') ? `${(isEn ? ASSESSMENT_EN : ASSESSMENT_ZH)[p.assessment.status] ?? p.assessment.status}${p.assessment.date ? ` ${p.assessment.date}` : ''}` : '—') },
                { title: '', render: (_, p) => (p.qualified === null ? '—' : <Tag color={p.qualified ? 'green' : 'red'}>{p.qualified ? t('qualified') : t('notQualified')}</Tag>) },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card title={`${t('findings')}（${data.findings.length}）`} size="small" className="ws-gap" data-testid="findings">
        <p className="ws-muted">{t('disclaimer')}</p>
        <List
          size="small"
          dataSource={data.findings}
          locale={{ emptyText: t('noFindings') }}
          renderItem={(f) => (
            <List.Item
              data-rule={f.rule}
              actions={f.recordIds.slice(0, 3).map((id) => <Button key={id} type="link" size="small" onClick={() => navigate(`/records/${id}`)}>{t('viewRecord')}</Button>)}
            >
              <List.Item.Meta
                title={<span><Tag color={SEVERITY_COLOR[f.severity]}>{f.rule}</Tag>{f.date ?? (f.period ? `${f.period.from} – ${f.period.to}` : '')} {f.site ? siteName(f.site) : ''}</span>}
                description={msg(f.message)}
              />
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
