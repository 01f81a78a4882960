/**
 * Occasional records: trainings and assessments (Art. 15), drills (Art. 7(5)), regulator spot-checks and
 * inspections with rectification (Art. 7(7), 14, 15), officer replacements (Art. 13), opinions and vetoes with
 * the principal's answer, recalls and major decisions (Art. 4).
 */
import { formatDay } from '@order75/core';
import type { AnyRecord, Inspection, MajorDecision, Opinion, OpinionResponse, PersonRef, Recall, Training } from '@order75/schemas';
import type { Context, Instant } from './context';
import type { Hazard } from './daily';
import type { PersonPool, Staff } from './people';
import type { Rng } from './prng';
import { personnelChange } from './setup';

/** Emits records on a later day. */
export type Schedule = (day: number, make: () => AnyRecord[]) => void;

/** A training record of any kind, signed by the director. */
export function training(ctx: Context, rng: Rng, staff: Staff, at: Instant, kind: Training['kind'], people: PersonRef[], pass = true): Training {
  const base = { ...ctx.envelope('training', at, staff.director), kind, date: formatDay(at.day) };
  let record: Training;
  if (kind === 'session') {
    record = { ...base, title: '质量安全管理人员法律法规和专业知识培训', audience: 'managers', organiser: ctx.options.name, topics: ['第75号令解读', '产品强制性国家标准', '风险管控清单与日管控实务'], hours: 8, trainer: '外聘讲师', attendees: people };
  } else if (kind === 'drill') {
    record = { ...base, title: '质量安全事故应急演练', audience: 'staff', organiser: ctx.options.name, topics: ['批量不合格品封存与追溯', '事故报告程序'], hours: 2, attendees: people };
  } else {
    const results = people.map((person) => ({ person, score: pass ? rng.int(72, 98) : rng.int(40, 58), passMark: 60, passed: pass }));
    record = kind === 'spot-check'
      ? { ...base, title: '质量安全管理人员监督抽查考核', audience: 'managers', authority: '福州市市场监督管理局', results, ...(pass ? {} : { rectification: '立即组织补训并重新考核，考核通过前暂停其独立签发检查记录' }) }
      : { ...base, title: '质量安全管理人员考核', audience: 'managers', organiser: ctx.options.name, results };
  }
  return ctx.sign(record, 0, 'director', staff.director, at);
}

/** Replaces the officer of `site` on `day`: assessment of the newcomer, removal, appointment. */
export function replaceOfficer(ctx: Context, rng: Rng, pool: PersonPool, staff: Staff, site: string, day: number): AnyRecord[] {
  const old = staff.officers.get(site);
  const newcomer = pool.person();
  const out: AnyRecord[] = [training(ctx, rng, staff, { day, minute: 480 }, 'assessment', [newcomer])];
  if (old) out.push(personnelChange(ctx, staff, old, 'officer', 'remove', { day, minute: 500 }, [site]));
  out.push(personnelChange(ctx, staff, newcomer, 'officer', 'appoint', { day, minute: 505 }, [site]));
  staff.officers.set(site, newcomer);
  return out;
}

/** A regulator inspection; its rectification is recorded later as revision 2 of the same record. */
export function inspection(ctx: Context, rng: Rng, staff: Staff, day: number, last: number, schedule: Schedule): Inspection {
  const at = { day, minute: 600 };
  const count = rng.int(1, 2);
  const findings = Array.from({ length: count }, (_, i) => ({ findingId: `F${i + 1}`, description: i === 0 ? '部分出厂检验原始记录填写不完整' : '个别计量器具校准标识过期', deadline: formatDay(day + 30) }));
  const record: Inspection = { ...ctx.envelope('inspection', at, staff.director), authority: '福州市市场监督管理局', date: formatDay(day), kind: '日常监督检查', inspectors: ['执法人员甲', '执法人员乙'], findings };
  ctx.sign(record, 0, 'director', staff.director, at);
  const closeDay = day + (rng.chance(ctx.options.lateRate) ? rng.int(31, 45) : rng.int(5, 25));
  if (closeDay <= last) {
    schedule(closeDay, () => {
      const closedAt = { day: closeDay, minute: 900 };
      const revised: Inspection = {
        ...record,
        revision: 2,
        supersedes: { revision: 1, reason: '补录整改完成情况' },
        createdAt: ctx.instant(closedAt),
        findings: findings.map((f) => ({ ...f, closure: { date: formatDay(closeDay), description: '已完成整改并提交整改报告' } })),
      };
      delete revised.signatures;
      return [ctx.sign(revised, 0, 'director', staff.director, closedAt)];
    });
  }
  return record;
}

/** An opinion (advice or veto); the principal's answer, a recall or a major decision follow on their days. */
export function opinion(ctx: Context, rng: Rng, staff: Staff, sites: string[], day: number, last: number, lastHazard: Hazard | undefined, schedule: Schedule): Opinion {
  const veto = rng.chance(0.5);
  const site = rng.pick(sites);
  const byDirector = veto && rng.chance(0.5);
  const proposer = byDirector ? staff.director : (staff.officers.get(site) ?? staff.director);
  const raised = { day, minute: rng.int(540, 960) };
  const record: Opinion = {
    ...ctx.envelope('opinion', raised, proposer),
    kind: veto ? 'veto' : 'advice',
    trigger: veto ? 'defect' : 'other',
    proposer,
    proposerRole: byDirector || proposer === staff.director ? 'director' : 'officer',
    subject: veto ? '产品存在危及安全的缺陷，建议停止生产、销售' : '建议增加关键工序在线检测设备',
    content: veto ? '抽检发现同批次产品关键安全项目不合格，存在危及安全的缺陷，建议立即停止该批次生产和销售，隔离库存并追溯已出厂产品。' : '关键工序目前依靠人工抽检，建议增购在线检测设备，降低漏检风险。',
    affectedProducts: ['P01'],
    ...(veto ? { requestedActions: ['stop-production', 'stop-sales'] as Opinion['requestedActions'], batches: [`B${formatDay(day).replaceAll('-', '')}`] } : {}),
    ...(lastHazard && veto ? { hazardIds: [lastHazard.id] } : {}),
    raisedAt: ctx.instant(raised),
  };
  ctx.sign(record, 0, record.proposerRole, proposer, raised);

  const delay = rng.chance(ctx.options.lateRate) ? 1440 + rng.int(60, 1440) : rng.int(60, 1200);
  const respondedMinute = raised.minute + delay;
  const respondedDay = day + Math.floor(respondedMinute / 1440);
  const responded = { day: respondedDay, minute: respondedMinute % 1440 };
  const decision = rng.chance(0.8) ? 'adopted' : rng.chance(0.75) ? 'partly' : 'rejected';
  const defect = veto && decision !== 'rejected' && rng.chance(0.15);
  if (respondedDay <= last) {
    schedule(respondedDay, () => {
      const response: OpinionResponse = {
        ...ctx.envelope('opinion-response', responded, staff.principal),
        opinion: record.id,
        responder: staff.principal,
        analysis: veto ? '组织技术、生产、检验部门分析研判，确认问题范围和原因。' : '经研究，建议合理，结合年度预算安排。',
        measures: veto ? ['停止相关批次生产和销售', '隔离库存并追溯已出厂产品', '对原因开展专项整改'] : ['列入下季度设备采购计划'],
        decision,
        ...(decision !== 'adopted' ? { justification: '经复检，其余批次检验合格，仅对问题批次采取措施；其余建议暂缓实施。' } : {}),
        ...(defect ? { defectConfirmed: true, defectConfirmedDate: formatDay(respondedDay) } : {}),
        respondedAt: ctx.instant(responded),
      };
      const out: AnyRecord[] = [ctx.sign(response, 0, 'principal', staff.principal, responded)];
      if (defect) {
        const start = respondedDay + (rng.chance(ctx.options.lateRate) ? rng.int(11, 15) : rng.int(2, 8));
        if (start <= last) schedule(start, () => [recall(ctx, staff, response, start)]);
      }
      if (!veto && rng.chance(0.5) && respondedDay + 7 <= last) schedule(respondedDay + 7, () => [majorDecision(ctx, staff, record, respondedDay + 7)]);
      return out;
    });
  }
  return record;
}

function recall(ctx: Context, staff: Staff, response: OpinionResponse, day: number): Recall {
  const at = { day, minute: 600 };
  const record: Recall = {
    ...ctx.envelope('recall', at, staff.principal),
    response: response.id,
    startDate: formatDay(day),
    reason: '经确认产品存在危及安全的缺陷',
    scope: '问题批次产品，已出厂部分按销售记录逐一通知',
    plan: '通知经销商和用户停止销售、使用，回收后统一检测处置',
    reportedToRegulator: { authority: '福州市市场监督管理局', date: formatDay(day) },
  };
  return ctx.sign(record, 0, 'principal', staff.principal, at);
}

function majorDecision(ctx: Context, staff: Staff, heard: Opinion, day: number): MajorDecision {
  const at = { day, minute: 660 };
  const record: MajorDecision = {
    ...ctx.envelope('major-decision', at, staff.principal),
    title: '关键工序增购在线检测设备',
    decision: '同意增购在线检测设备，由质量安全总监牵头组织选型和验收。',
    date: formatDay(day),
    decidedBy: staff.principal,
    opinionsHeard: [heard.id],
  };
  return ctx.sign(record, 0, 'principal', staff.principal, at);
}
