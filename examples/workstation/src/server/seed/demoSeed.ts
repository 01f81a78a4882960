/**
 * The demo enterprise seeded on first run: 福建闽江电线电缆有限公司, a fictional wire-and-cable producer with a
 * production licence (and CCC products), two sites (马尾厂区 Mon–Fri, 长乐厂区 Mon–Sat), and three months of
 * history up to yesterday from the seeded generator — with, on purpose, a missed daily check, a late weekly
 * report, a veto answered in time and one still unanswered. Today's checks, this week's report and this
 * month's meeting are left for the demo users to do.
 */
import { contentHash, dayNumber, formatDay, isoWeekOf, monthOf, newRecordId } from '@order75/core';
import type { AnyRecord, DailyCheck, Opinion, OpinionResponse, PersonnelChange, PersonRef, Signature, WeeklyReport } from '@order75/schemas';
import { generateDataset } from '@order75/synthetic';
import { generateSigningKey, nodeSha256Hasher, type RecordStore } from '@order75/store';
import type { AttachmentStore } from '../attachments';
import type { AccountRole, AccountStore } from '../auth/accounts';
import { localDay } from '../clock';
import { signatureSvg } from './signatureImage';

export const DEMO_ENTERPRISE = '91350100M000100Y43';
export const DEMO_NAME = '福建闽江电线电缆有限公司';

export interface DemoLogin {
  username: string;
  password: string;
  role: AccountRole;
  displayName: string;
  sites: string[];
}

/** The demo accounts and their (public, demo-only) passwords. */
export const DEMO_ACCOUNTS: readonly Omit<DemoLogin, 'displayName'>[] = [
  { username: 'principal', password: 'demo-principal', role: 'principal', sites: [] },
  { username: 'director', password: 'demo-director', role: 'director', sites: [] },
  { username: 'officer-mawei', password: 'demo-mawei', role: 'officer', sites: ['S01'] },
  { username: 'officer-changle', password: 'demo-changle', role: 'officer', sites: ['S02'] },
  { username: 'viewer', password: 'demo-viewer', role: 'viewer', sites: [] },
];

/** The demo logins of an already seeded workstation (names from its accounts). */
export function demoLogins(accounts: AccountStore): DemoLogin[] {
  const byName = new Map(accounts.list().map((a) => [a.username, a]));
  return DEMO_ACCOUNTS.filter((a) => byName.has(a.username)).map((a) => ({ ...a, displayName: byName.get(a.username)?.displayName ?? a.username }));
}

const at = (day: number, hhmm: string) => `${formatDay(day)}T${hhmm}:00+08:00`;

/** The seeded people: who holds which role (from the generated appointments). */
function staffOf(records: AnyRecord[]) {
  const changes = records.filter((r): r is PersonnelChange => r.recordType === 'personnel-change' && r.action === 'appoint');
  const pick = (role: PersonnelChange['role'], site?: string) =>
    changes.find((c) => c.role === role && (!site || c.sites?.includes(site)))?.person as PersonRef;
  return { principal: pick('principal'), director: pick('director'), mawei: pick('officer', 'S01'), changle: pick('officer', 'S02') };
}

async function sign<R extends AnyRecord>(record: R, slot: number, role: Signature['role'], person: PersonRef, signedAt: string): Promise<R> {
  const hash = await contentHash(record, nodeSha256Hasher);
  const sig = { slot, role, personId: person.personId, name: person.name, signedAt, contentHash: hash, method: 'drawn' as const, attachment: { hash: 'sha256:'.padEnd(71, '0'), mediaType: 'image/svg+xml' } };
  return { ...record, signatures: [...(record.signatures ?? []), sig] };
}

/** Generates the demo records for the three months before `now` (up to yesterday), adjusted as described above. */
export async function demoRecords(now: Date): Promise<AnyRecord[]> {
  const today = localDay(now);
  const from = today - 91;
  let records = generateDataset({
    seed: 'order75-workstation-demo',
    sites: 2,
    from: formatDay(from),
    to: formatDay(today - 1),
    name: DEMO_NAME,
    enterprise: DEMO_ENTERPRISE,
    missRate: 0,
    lateRate: 0,
    hazardRate: 0.08,
    opinionsPerYear: 0,
    replacementRate: 0,
  }).toArray();
  const staff = staffOf(records);
  const week = isoWeekOf(today);
  const month = monthOf(today);

  // This week's review and this month's meeting are the director's and principal's tasks today.
  records = records.filter((r) => !(r.recordType === 'weekly-report' && r.week === week.label));
  records = records.filter((r) => !(r.recordType === 'monthly-meeting' && (r.month ?? r.meetingDate.slice(0, 7)) === month.label));

  // A missed day: 长乐厂区's zero-risk check about five weeks ago never happened.
  const missed = records.find((r): r is DailyCheck => r.recordType === 'daily-check' && r.site === 'S02' && r.zeroRisk && dayNumber(r.date) >= today - 36 && dayNumber(r.date) <= today - 33);
  if (missed) records = records.filter((r) => r.id !== missed.id);

  // A late weekly report: the review of the week six weeks ago was held on the Tuesday after it.
  const lateWeek = isoWeekOf(today - 42).label;
  const lateIndex = records.findIndex((r) => r.recordType === 'weekly-report' && r.week === lateWeek);
  if (lateIndex >= 0) {
    const report = records[lateIndex] as WeeklyReport;
    const tuesday = isoWeekOf(today - 42).sunday + 2;
    const { signatures: _drop, ...rest } = report;
    const moved: WeeklyReport = { ...rest, reviewDate: formatDay(tuesday), createdAt: at(tuesday, '16:30') };
    records[lateIndex] = await sign(moved, 0, 'director', staff.director, at(tuesday, '17:10'));
  }

  // A hazard found at 马尾厂区 on the latest production day before today, still open and not yet reviewed.
  const recent = records.filter((r): r is DailyCheck => r.recordType === 'daily-check' && r.site === 'S01').at(-1);
  if (recent) {
    const index = records.indexOf(recent);
    const day = dayNumber(recent.date);
    const row = recent.items.findIndex((i) => i.result === 'ok');
    const { signatures: _drop, ...rest } = recent;
    const items = recent.items.map((item, i) =>
      i !== row ? item : {
        rowId: item.rowId, result: 'hazard' as const, hazardId: `H${recent.date.replaceAll('-', '')}-S01-1`,
        finding: '2 号生产线：火花试验机高压读数偏低，未达到工艺规定的试验电压',
        measure: '立即停用该火花机，改用备用火花机对当班产品全部复试', measureAt: at(day, '15:20'),
        handling: '当班 12 盘复试合格；故障火花机送修', reportedTo: staff.director, reportedAt: at(day, '15:35'),
      });
    records[index] = await sign({ ...rest, items, zeroRisk: false }, 0, 'officer', staff.mawei, at(day, '17:20'));
  }

  // A veto answered within 24 hours: insulation thinner than the standard on a batch at 马尾厂区.
  const raisedDay = today - 40;
  const answered: Opinion = {
    id: newRecordId(now.getTime() - 40 * 86_400_000), recordType: 'opinion', schemaVersion: 1, revision: 1, status: 'final', enterprise: DEMO_ENTERPRISE,
    createdAt: at(raisedDay, '10:20'), createdBy: staff.mawei,
    kind: 'veto', trigger: 'defect', proposer: staff.mawei, proposerRole: 'officer',
    subject: `批次 B${formatDay(raisedDay).replaceAll('-', '')} 绝缘厚度不合格，建议停止生产、销售`,
    content: '出厂检验发现 YJV 0.6/1 kV 3×95 批次绝缘最薄点厚度低于 GB/T 12706 规定值，存在危及安全的缺陷，建议立即停止该批次生产和销售，隔离库存并追溯已发货产品。',
    affectedProducts: ['P01'], batches: [`B${formatDay(raisedDay).replaceAll('-', '')}`], requestedActions: ['stop-production', 'stop-sales'],
    raisedAt: at(raisedDay, '10:15'),
  };
  const response: OpinionResponse = {
    id: newRecordId(now.getTime() - 39 * 86_400_000), recordType: 'opinion-response', schemaVersion: 1, revision: 1, status: 'final', enterprise: DEMO_ENTERPRISE,
    createdAt: at(raisedDay + 1, '09:40'), createdBy: staff.principal,
    opinion: answered.id, responder: staff.principal,
    analysis: '组织技术部、生产部和检验室复测，确认问题由挤出机三区温控漂移造成，仅涉及该批次。',
    measures: ['该批次停止生产和销售，库存隔离标识', '已发货 3 盘通知客户暂停使用并安排换货', '挤出机温控系统检修校准，加严首件检验'],
    decision: 'adopted', respondedAt: at(raisedDay + 1, '09:30'),
  };
  // A veto still unanswered: the director's, two days ago, on conductor resistance of a CCC product.
  const pendingDay = today - 2;
  const pending: Opinion = {
    id: newRecordId(now.getTime() - 2 * 86_400_000), recordType: 'opinion', schemaVersion: 1, revision: 1, status: 'final', enterprise: DEMO_ENTERPRISE,
    createdAt: at(pendingDay, '15:40'), createdBy: staff.director,
    kind: 'veto', trigger: 'defect', proposer: staff.director, proposerRole: 'director',
    subject: 'BV 2.5 mm² 导体电阻超标，建议停止销售',
    content: '长乐厂区 BV 2.5 mm² 批次抽检导体电阻 7.98 Ω/km，超过 GB/T 5023 规定的 7.41 Ω/km，存在危及安全的缺陷，建议立即停止该批次销售并排查同期铜杆来料。',
    affectedProducts: ['P02'], batches: [`C${formatDay(pendingDay).replaceAll('-', '')}`], requestedActions: ['stop-sales'],
    raisedAt: at(pendingDay, '15:30'),
  };
  records.push(
    await sign(answered, 0, 'officer', staff.mawei, at(raisedDay, '10:25')),
    await sign(response, 0, 'principal', staff.principal, at(raisedDay + 1, '09:45')),
    await sign(pending, 0, 'director', staff.director, at(pendingDay, '15:45')),
  );
  return records;
}

/** Seeds records, signature images, accounts with signing keys, and the workstation's enterprise. Returns the logins. */
export async function seedDemo(store: RecordStore, accounts: AccountStore, attachments: AttachmentStore, now: Date): Promise<DemoLogin[]> {
  const records = await demoRecords(now);
  const staff = staffOf(records);
  const images = new Map<string, { hash: string; mediaType: string; size: number }>();
  for (const r of records) {
    for (const s of r.signatures ?? []) {
      if (!images.has(s.personId)) images.set(s.personId, attachments.put(signatureSvg(s.name ?? s.personId), 'image/svg+xml'));
      s.attachment = images.get(s.personId);
    }
  }
  // Appointments first: the store checks that every signer held the role when signing.
  const ordered = [...records.filter((r) => r.recordType === 'personnel-change'), ...records.filter((r) => r.recordType !== 'personnel-change')];
  await store.putMany(ordered, { actor: 'demo-seed', keepCreatedAt: true });
  const names: Record<string, string> = {
    principal: staff.principal.name ?? '', director: staff.director.name ?? '', 'officer-mawei': staff.mawei.name ?? '', 'officer-changle': staff.changle.name ?? '', viewer: '外部审核（只读）',
  };
  const logins: DemoLogin[] = DEMO_ACCOUNTS.map((a) => ({ ...a, displayName: names[a.username] ?? a.username }));
  const person = { principal: staff.principal, director: staff.director, 'officer-mawei': staff.mawei, 'officer-changle': staff.changle } as Record<string, PersonRef | undefined>;
  for (const p of Object.values(person)) if (p) await store.people.upsert({ personId: p.personId, displayName: p.name ?? p.personId });
  for (const login of logins) {
    const p = person[login.username];
    await accounts.create({ username: login.username, displayName: login.displayName, role: login.role, sites: login.sites, ...(p ? { personId: p.personId } : {}) }, login.password);
    if (p) {
      const keystore = await generateSigningKey(login.password);
      await store.people.addKey(p.personId, keystore.publicKey);
      accounts.saveKeystore(login.username, JSON.stringify(keystore));
    }
  }
  accounts.setSetting('enterprise', DEMO_ENTERPRISE);
  return logins;
}
