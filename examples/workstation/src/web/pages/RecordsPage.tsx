/** Every record, newest first, filtered by type; "new" opens the form of a type. */
import { Button, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Loading } from '../components/Loading';
import { useData } from '../components/useData';
import { useT } from '../i18n';
import { RECORD_TYPES, recordDate, typeName } from '../recordTypes';
import { navigate } from '../router';
import { useSession } from '../session';

type Row = Record<string, unknown> & { id: string; recordType: string; revision: number; status: string; signatures?: unknown[]; site?: string };

export function RecordsPage() {
  const t = useT();
  const en = t('done') === 'Done';
  const session = useSession();
  const [type, setType] = useState<string>('');
  const [create, setCreate] = useState<string>();
  const { data, error } = useData<{ total: number; records: Row[] }>(`/api/records?limit=500${type ? `&type=${type}` : ''}`);
  const options = RECORD_TYPES.map((r) => ({ value: r, label: typeName(r, en) }));
  return (
    <div className="ws-page">
      <Space wrap className="ws-gap">
        <Select className="ws-select" value={type} onChange={setType} options={[{ value: '', label: en ? 'All types' : '全部类型' }, ...options]} />
        {session.account.role !== 'viewer' ? (
          <>
            <Select className="ws-select" placeholder={t('create')} value={create} onChange={setCreate} options={options} />
            <Button type="primary" disabled={!create} onClick={() => create && navigate(`/records/new/${create}`)}>{t('create')}</Button>
          </>
        ) : null}
      </Space>
      {!data ? (
        <Loading error={error} />
      ) : (
        <Table<Row>
          size="small"
          rowKey="id"
          dataSource={data.records}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          onRow={(r) => ({ onClick: () => navigate(`/records/${r.id}`), className: 'ws-click' })}
          columns={[
            { title: t('date'), render: (_, r) => recordDate(r), width: 110 },
            { title: t('type'), render: (_, r) => typeName(r.recordType, en) },
            { title: t('site'), render: (_, r) => session.sites.find((s) => s.siteId === r.site)?.name ?? '', responsive: ['md'] },
            { title: t('revision'), dataIndex: 'revision', width: 70, responsive: ['md'] },
            { title: t('status'), render: (_, r) => <Tag color={r.signatures?.length ? 'green' : r.status === 'draft' ? 'default' : 'orange'}>{r.status === 'draft' ? (en ? 'draft' : '草稿') : r.signatures?.length ? (en ? 'signed' : '已签') : en ? 'unsigned' : '未签'}</Tag>, width: 90 },
          ]}
        />
      )}
    </div>
  );
}
