/** For inspectors: the archive of a period, verify.html, the compliance report (HTML, JSON), daily checks (XLSX). */
import { Button, Card, DatePicker, List, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../i18n';

export function InspectorPage() {
  const t = useT();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(3, 'month').startOf('month'), dayjs()]);
  const q = `from=${range[0].format('YYYY-MM-DD')}&to=${range[1].format('YYYY-MM-DD')}`;
  const items = [
    { key: 'archive', href: `/api/exports/archive?${q}` },
    { key: 'verifyHtml', href: '/api/exports/verify.html' },
    { key: 'reportHtml', href: `/api/exports/report.html?${q}`, open: true },
    { key: 'reportJson', href: `/api/exports/report.json?${q}` },
    { key: 'dailyXlsx', href: `/api/exports/daily-checks.xlsx?${q}` },
  ] as const;
  return (
    <div className="ws-page ws-narrow">
      <Card title={t('inspector')} size="small">
        <Space className="ws-gap" wrap>
          <span>{t('period')}</span>
          <DatePicker.RangePicker value={range} allowClear={false} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} />
        </Space>
        <List
          dataSource={[...items]}
          renderItem={(i) => (
            <List.Item actions={[<Button key="d" type="primary" href={i.href} target={'open' in i ? '_blank' : undefined} data-testid={`export-${i.key}`}>{t('download')}</Button>]}>
              {t(i.key)}
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
