/** The demo enterprise: a wire-and-cable producer in Fuzhou with two sites, and its people. */
import type { EnterpriseProfile } from '@order75/schemas';
import type { Person } from '@order75/react';

export const USCC = '91350105MA2Y3K8N71';
export const ENTERPRISE_NAME = '福建闽江电线电缆有限公司';

export const SITES = [
  { siteId: 'S1', name: '马尾厂区', address: '福州市马尾区快安大道 18 号', regionCode: '350105' },
  { siteId: 'S2', name: '闽侯青口厂区', address: '福州市闽侯县青口镇东台工业区 6 号', regionCode: '350121' },
] as const;

export const PEOPLE: Person[] = [
  { personId: 'E0001', name: '陈建国', roles: ['principal'] },
  { personId: 'E0007', name: '林晓峰', roles: ['director'] },
  { personId: 'E0023', name: '王丽娟', roles: ['officer'] },
  { personId: 'E0031', name: '郑伟', roles: ['officer'] },
  { personId: 'E0042', name: '黄志明' },
  { personId: 'E0056', name: '吴秀英' },
  { personId: 'E0063', name: '刘海涛' },
];

export const person = (id: string) => {
  const p = PEOPLE.find((x) => x.personId === id);
  if (!p) throw new Error(`no person ${id}`);
  return { personId: p.personId, name: p.name };
};

export const PROFILE: EnterpriseProfile = {
  id: '0193a8f0-7c11-7a3e-8d2b-5f1c9e2a4b01',
  recordType: 'enterprise-profile',
  schemaVersion: 1,
  revision: 1,
  status: 'final',
  enterprise: USCC,
  name: ENTERPRISE_NAME,
  address: '福州市马尾区快安大道 18 号',
  regionCode: '350105',
  legalRepresentative: person('E0001'),
  timeZone: 'Asia/Shanghai',
  headcount: 286,
  headcountAsOf: '2026-06-30',
  revenue: 36800,
  revenueFiscalYear: 2025,
  sites: SITES.map((s) => ({ ...s, weeklyPattern: [1, 2, 3, 4, 5, 6] })),
  products: [
    {
      productId: 'P-BV',
      name: '额定电压 450/750V 及以下聚氯乙烯绝缘电线（BV、BVR）',
      catalogueSection: '电线电缆',
      regime: 'ccc',
      standards: ['GB/T 5023.3-2008'],
      sites: ['S1'],
      certificates: [{ number: '2024010105123456', kind: 'ccc', validFrom: '2024-03-01', validTo: '2029-02-28', status: 'valid', issuer: '中国质量认证中心' }],
    },
    {
      productId: 'P-YJV',
      name: '额定电压 0.6/1kV 交联聚乙烯绝缘电力电缆（YJV）',
      catalogueSection: '电线电缆',
      regime: 'licence',
      standards: ['GB/T 12706.1-2020'],
      sites: ['S2'],
      certificates: [{ number: '(闽)XK06-001-00128', kind: 'licence', validFrom: '2023-05-10', validTo: '2028-05-09', status: 'valid', issuer: '福建省市场监督管理局' }],
    },
  ],
};
