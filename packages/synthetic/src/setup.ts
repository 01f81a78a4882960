/**
 * The records an enterprise has from day one: its profile, the appointments of the three roles, the four
 * documents (from the core templates), and each site's production calendars for every year.
 */
import {
  dayNumber, directorDutiesTemplate, formatDay, isoWeekday, managementSystemTemplate, nationalDayKind, officerCodeTemplate, riskListTemplate,
} from '@order75/core';
import type { AnyRecord, EnterpriseProfile, PersonnelChange, PersonRef, ProductionCalendar, RiskList } from '@order75/schemas';
import type { Context, Instant } from './context';
import type { Staff } from './people';

type Product = EnterpriseProfile['products'][number];
type Certificate = NonNullable<Product['certificates']>[number];

const SITE_NAMES = ['马尾厂区', '长乐厂区', '闽侯厂区', '福清厂区', '连江厂区', '罗源厂区', '永泰厂区', '闽清厂区', '平潭厂区', '仓山厂区'];

/** Site ids `S01`, `S02`, … */
export function siteIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `S${String(i + 1).padStart(2, '0')}`);
}

function certificates(kind: 'licence' | 'ccc', number: (i: number) => string, from: string, to: string): Certificate[] {
  const out: Certificate[] = [];
  let start = Number(from.slice(0, 4)) - 2;
  for (let i = 0; `${start}-01-01` <= to; i++, start += 5) {
    out.push({ number: number(i), kind, validFrom: `${start}-01-01`, validTo: `${start + 4}-12-31`, status: 'valid', issuer: kind === 'licence' ? '福建省市场监督管理局' : '中国质量认证中心' });
  }
  return out;
}

function products(ctx: Context, sites: string[]): Product[] {
  const { category, from, to } = ctx.options;
  const ccc = (i: number) => `20230101050${String(10000 + i * 37).padStart(5, '0')}`;
  switch (category) {
    case 'food-contact':
      return [{ productId: 'P01', name: '食品接触用塑料容器', regime: 'licence', catalogueSection: '工业产品生产许可证管理目录', standards: ['GB 4806.1', 'GB 4806.7'], sites, certificates: certificates('licence', (i) => `XK16-204-${String(321 + i).padStart(5, '0')}`, from, to) }];
    case 'e-bike':
      return [{ productId: 'P01', name: '电动自行车', regime: 'ccc', catalogueSection: '强制性产品认证目录', standards: ['GB 17761', 'GB 42295'], sites, certificates: certificates('ccc', ccc, from, to) }];
    case 'generic':
      return [{ productId: 'P01', name: '家用电器配件', regime: 'mandatory-standard', catalogueSection: '涉及人身健康和生命财产安全且实施强制性国家标准产品目录', sites }];
    default:
      return [
        { productId: 'P01', name: '额定电压 1 kV 到 35 kV 挤包绝缘电力电缆', regime: 'licence', catalogueSection: '工业产品生产许可证管理目录', standards: ['GB/T 12706'], sites, certificates: certificates('licence', (i) => `XK06-001-${String(12 + i).padStart(5, '0')}`, from, to) },
        { productId: 'P02', name: '额定电压 450/750 V 及以下聚氯乙烯绝缘电缆', regime: 'ccc', catalogueSection: '强制性产品认证目录', standards: ['GB/T 5023'], sites, certificates: certificates('ccc', ccc, from, to) },
      ];
  }
}

/** The enterprise profile, created on the first day. */
export function profileRecord(ctx: Context, staff: Staff, sites: string[], at: Instant): EnterpriseProfile {
  const record: EnterpriseProfile = {
    ...ctx.envelope('enterprise-profile', at),
    name: ctx.options.name,
    address: '福建省福州市马尾区示例路 1 号',
    regionCode: '350100',
    legalRepresentative: staff.principal,
    timeZone: 'Asia/Shanghai',
    headcount: 260 + sites.length * 45,
    headcountAsOf: ctx.options.from,
    revenue: 18000 + sites.length * 3500,
    revenueFiscalYear: Number(ctx.options.from.slice(0, 4)) - 1,
    sites: sites.map((siteId, i) => ({ siteId, name: SITE_NAMES[i] ?? `第${i + 1}厂区`, weeklyPattern: i % 2 === 0 ? [1, 2, 3, 4, 5] : [1, 2, 3, 4, 5, 6] })),
    products: products(ctx, sites),
  };
  return ctx.sign(record, 0, 'principal', staff.principal, at);
}

const COMPETENCE = {
  lawsAndStandards: { text: '经培训熟悉《产品质量法》、第75号令、产品强制性国家标准和本单位质量管理制度' },
  educationAndExperience: { text: '相关专业大专以上学历，从事质量管理工作三年以上' },
  processKnowledge: { text: '熟悉本单位工艺流程、关键工序控制、原材料进货查验和出厂检验要求' },
};

/** One appointment or removal. */
export function personnelChange(
  ctx: Context, staff: Staff, person: PersonRef, role: PersonnelChange['role'], action: PersonnelChange['action'], at: Instant, sites?: string[],
): PersonnelChange {
  const record: PersonnelChange = {
    ...ctx.envelope('personnel-change', at),
    person,
    role,
    action,
    effectiveDate: formatDay(at.day),
    ...(sites ? { sites } : {}),
  };
  if (action !== 'remove') {
    record.employment = 'full-time';
    if (role === 'principal') record.principalBasis = 'legal-representative';
    if (role === 'director') Object.assign(record, { position: '质量副总经理', inManagement: true, reportsTo: staff.principal, competence: COMPETENCE });
    if (role === 'officer') Object.assign(record, { position: '质检主管', reportsTo: staff.director, competence: COMPETENCE });
  } else {
    record.reason = '岗位调整';
  }
  return ctx.sign(record, 0, 'principal', staff.principal, at);
}

/** The management system, director duties and officer code in force from the first day. */
export function documents(ctx: Context, staff: Staff, at: Instant): AnyRecord[] {
  const profile = { enterprise: ctx.options.enterprise, name: ctx.options.name };
  const base = { effectiveDate: formatDay(at.day) };
  const out: AnyRecord[] = [];
  for (const make of [managementSystemTemplate, directorDutiesTemplate, officerCodeTemplate]) {
    const record = { ...make(profile, { ...base, id: ctx.id(at) }), status: 'final' as const, createdAt: ctx.instant(at) };
    out.push(ctx.sign(record as AnyRecord, 0, 'principal', staff.principal, at));
  }
  return out;
}

/** Risk-list versions: V1.0 from the first day, then a new version every three years. */
export function riskLists(ctx: Context, staff: Staff, first: Instant, last: number): RiskList[] {
  const out: RiskList[] = [];
  const profile = { enterprise: ctx.options.enterprise, name: ctx.options.name };
  for (let v = 1, day = first.day; day <= last; v++) {
    const at = { day, minute: first.minute };
    const record: RiskList = {
      ...riskListTemplate(ctx.options.category, profile, { id: ctx.id(at), effectiveDate: formatDay(day), version: `V${v}.0` }),
      status: 'final',
      createdAt: ctx.instant(at),
    };
    ctx.sign(record, 0, 'director', staff.director, at);
    out.push(ctx.sign(record, 1, 'principal', staff.principal, at));
    const next = formatDay(day);
    day = dayNumber(`${Number(next.slice(0, 4)) + 3}${next.slice(4)}`);
  }
  return out;
}

/**
 * Each site's production calendars: per year, declared at its start, a maintenance shutdown and overtime
 * Saturdays; sometimes a power cut declared only after the day (reported as `art10.calendar-backdated`).
 */
export function calendars(ctx: Context, staff: Staff, sites: string[], from: number, to: number): ProductionCalendar[] {
  const rng = ctx.stream('calendars');
  const out: ProductionCalendar[] = [];
  const fy = Number(formatDay(from).slice(0, 4));
  const ty = Number(formatDay(to).slice(0, 4));
  const make = (site: string, at: Instant, declarations: ProductionCalendar['declarations']) => {
    const record: ProductionCalendar = { ...ctx.envelope('production-calendar', at), site, declarations };
    out.push(ctx.sign(record, 0, 'director', staff.director, at));
  };
  sites.forEach((site, i) => {
    for (let y = fy; y <= ty; y++) {
      const created = Math.max(from, dayNumber(`${y}-01-02`));
      const declarations: ProductionCalendar['declarations'] = [];
      const shutdown = dayNumber(`${y}-0${rng.pick([7, 8])}-${String(rng.int(3, 24)).padStart(2, '0')}`);
      for (let d = shutdown; d < shutdown + rng.int(2, 3); d++) {
        if (d > created && d <= to && isoWeekday(d) <= 5) declarations.push({ date: formatDay(d), kind: 'non-production', reason: '设备年度检修' });
      }
      if (i % 2 === 0) {
        for (let k = 0; k < 2; k++) {
          let d = dayNumber(`${y}-${String(rng.int(3, 11)).padStart(2, '0')}-15`);
          while (isoWeekday(d) !== 6) d++;
          if (d > created && d <= to && nationalDayKind(d) !== 'off') declarations.push({ date: formatDay(d), kind: 'production', reason: '订单加班生产' });
        }
      }
      if (declarations.length > 0) make(site, { day: created, minute: 540 }, dedupe(declarations));
      if (rng.chance(Math.min(1, ctx.options.lateRate * 4))) {
        const d = dayNumber(`${y}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`);
        if (d >= from && d + 3 <= to && isoWeekday(d) <= 5) {
          make(site, { day: d + rng.int(1, 3), minute: 600 }, [{ date: formatDay(d), kind: 'non-production', reason: '区域计划停电' }]);
        }
      }
    }
  });
  return out;
}

function dedupe(list: ProductionCalendar['declarations']): ProductionCalendar['declarations'] {
  const seen = new Set<string>();
  return list.filter((d) => !seen.has(d.date) && seen.add(d.date));
}
