/**
 * The report summary: applicability with reasons, per-cadence completion and pending units, hazards, personnel
 * qualification, evidence gaps per rule, Art. 17 exposure mapped to limbs (a)/(b)/(c), the Art. 16 ¶3 note, and the
 * statement that findings are not legal determinations.
 */
import type { Message, Role } from '@order75/schemas';
import { type Applicability, assessApplicability, type RequiresDirector } from '../applicability/applicabilityOn';
import type { SizeClass } from '../applicability/sizeClass';
import { CN_HOLIDAYS_VERSION } from '../calendar/cn-holidays';
import { type DayNumber, dayNumber, formatDay } from '../calendar/days';
import { unknownHolidayYears } from '../calendar/nationalDays';
import { assessmentOn, type CompetenceGap, competenceGaps } from '../personnel/qualification';
import { type Limb, RULES, type RuleId, type Severity } from '../rules/catalogue';
import type { EngineContext } from './context';
import type { Finding } from './finding';
import type { LateSignature, PendingUnit, Undetermined } from './notes';
import type { CheckOptions } from './options';

/** Completion of one cadence: units due, done, missing, late, and pending ones. */
export interface CadenceSummary {
  readonly expected: number;
  readonly done: number;
  readonly missing: number;
  readonly late: number;
  readonly pending: readonly PendingUnit[];
}

/** A stretch of days with the same scope decision. */
export interface ScopeSpan {
  readonly from: string;
  readonly to: string;
  readonly inScope: boolean;
  readonly requiresDirector: RequiresDirector;
  readonly sizeClass: SizeClass;
}

/** A hazard found in the window or still open. */
export interface HazardSummaryItem {
  readonly hazardId: string;
  readonly site?: string;
  readonly foundOn?: string;
  readonly status: string;
  readonly open: boolean;
  readonly closedOn?: string;
  readonly ageDays: number;
  readonly fixDeadline?: string;
}

/** A role holder of the window and their qualification evidence. */
export interface PersonQualification {
  readonly personId: string;
  readonly name: string;
  /** Roles held on some day of the window. */
  readonly roles: readonly Role[];
  readonly competenceGaps: readonly CompetenceGap[];
  readonly assessment: { readonly status: 'passed' | 'failed' | 'none'; readonly date?: string };
  /** Director/officer: holds evidence of Art. 6 items 1–3 and a passed assessment at the window's end; null for a principal only. */
  readonly qualified: boolean | null;
}

/** The report summary. */
export interface CheckSummary {
  readonly window: { readonly from: string; readonly to: string; readonly now: string; readonly today: string; readonly timeZone: string; readonly evaluated: { readonly from: string; readonly to: string } | null };
  readonly applicability: Applicability & { readonly spans: readonly ScopeSpan[] };
  readonly calendar: { readonly holidayTableVersion: string; readonly unknownHolidayYears: readonly number[]; readonly strictCalendarDays: boolean; readonly note?: Message };
  readonly cadence: { readonly daily: CadenceSummary; readonly weekly: CadenceSummary; readonly monthly: CadenceSummary };
  readonly hazards: { readonly found: number; readonly closed: number; readonly open: number; readonly items: readonly HazardSummaryItem[] };
  readonly personnel: readonly PersonQualification[];
  readonly evidenceGaps: readonly { readonly rule: RuleId; readonly severity: Severity; readonly findings: number; readonly title: Message }[];
  readonly lateSignatures: readonly LateSignature[];
  readonly undetermined: readonly Undetermined[];
  readonly counts: { readonly violation: number; readonly warning: number; readonly info: number };
  readonly exposure: { readonly limbs: readonly { readonly limb: Limb; readonly text: Message; readonly rules: readonly RuleId[]; readonly findings: number }[]; readonly note: Message };
  readonly notes: { readonly art16: Message; readonly disclaimer: Message };
}

const LIMB_TEXT: Record<Limb, Message> = {
  a: { zh: '（一）未按规定建立质量安全管理制度', en: '(a) no quality-safety management system as required' },
  b: { zh: '（二）未按规定配备、培训、考核质量安全总监、质量安全员', en: '(b) director and officers not appointed, trained or assessed as required' },
  c: { zh: '（三）未按责任制要求落实质量安全责任', en: '(c) quality-safety duties not carried out under the responsibility system' },
};

/** Art. 17, as the exposure section states it. */
export const EXPOSURE_NOTE: Message = {
  zh: '第十七条：上述情形由县级以上地方市场监督管理部门责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；法律、行政法规另有规定的，从其规定。此处只列出与各情形对应的记录缺口。',
  en: 'Art. 17: for these, a county-level or higher market regulator orders correction and gives a warning; refusing to correct may be fined CNY 5,000–50,000; other laws and regulations prevail where they provide otherwise. Listed here are only the evidence gaps that map to each limb.',
};
/** Art. 16 ¶3: records weigh in enforcement. */
export const ART16_NOTE: Message = {
  zh: '第十六条第三款：市场监督管理部门查处时，将生产单位落实产品质量安全主体责任的情况作为判断主观过错、情节和处罚幅度的重要考量因素；完整、按时的记录正是这方面的证据。',
  en: 'Art. 16 ¶3: in enforcement, regulators weigh how the unit carried out its quality-safety responsibility when judging fault, circumstances and the penalty; complete, timely records are that evidence.',
};
/** Findings are not legal determinations. */
export const DISCLAIMER: Message = {
  zh: '本报告列出的是记录证据的缺口，不是法律认定；是否承担法律责任由市场监督管理部门依法认定。',
  en: 'Findings describe gaps in the recorded evidence; they are not legal determinations, which only the market regulator can make.',
};

const units = (f: Finding) => f.dates?.length ?? 1;
const sum = (fs: readonly Finding[], rule: RuleId) => fs.filter((f) => f.rule === rule).reduce((n, f) => n + units(f), 0);

/** Builds the summary after all rules ran. */
export function buildSummary(ctx: EngineContext, findings: readonly Finding[], options: CheckOptions): CheckSummary {
  const win = ctx.win;
  const end = win?.to ?? Math.max(Math.min(dayNumber(options.to), ctx.today), dayNumber(options.from));
  const counts = { violation: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const byRule = new Map<RuleId, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const { daily, weekly, monthly } = ctx.notes;
  const unknownYears = win ? unknownHolidayYears(win.from, win.to) : [];
  return {
    window: {
      from: options.from,
      to: options.to,
      now: typeof options.now === 'string' ? options.now : new Date(ctx.nowMs).toISOString(),
      today: formatDay(ctx.today),
      timeZone: ctx.tz.name,
      evaluated: win ? { from: formatDay(win.from), to: formatDay(win.to) } : null,
    },
    applicability: { ...assessApplicability(ctx.profiles.on(end), end, { localGuidanceRegions: ctx.opts.localGuidanceRegions }), spans: spans(ctx) },
    calendar: {
      holidayTableVersion: CN_HOLIDAYS_VERSION,
      unknownHolidayYears: unknownYears,
      strictCalendarDays: ctx.opts.strictCalendarDays,
      ...(unknownYears.length
        ? { note: { zh: `全国节假日安排表未收录 ${unknownYears.join('、')} 年（国务院办公厅通知尚未收录）：这些年份的生产日只按每周生产日和生产日历声明计算`, en: `the national holiday table does not cover ${unknownYears.join(', ')} (notice not yet in the table): production days there follow the weekly pattern and declarations only` } }
        : {}),
    },
    cadence: {
      daily: { ...daily, missing: sum(findings, 'art10.daily-missing') },
      weekly: { ...weekly, missing: sum(findings, 'art11.weekly-missing') },
      monthly: { ...monthly, missing: sum(findings, 'art12.monthly-missing') },
    },
    hazards: hazardSummary(ctx),
    personnel: personnelSummary(ctx, end),
    evidenceGaps: RULES.filter((r) => byRule.has(r.id)).map((r) => ({ rule: r.id, severity: r.severity, findings: byRule.get(r.id) ?? 0, title: r.title })),
    lateSignatures: ctx.notes.lateSignatures,
    undetermined: ctx.notes.undetermined,
    counts,
    exposure: {
      limbs: (['a', 'b', 'c'] as const).map((limb) => {
        const rules = RULES.filter((r) => r.limb === limb && byRule.has(r.id)).map((r) => r.id);
        return { limb, text: LIMB_TEXT[limb], rules, findings: rules.reduce((n, r) => n + (byRule.get(r) ?? 0), 0) };
      }),
      note: EXPOSURE_NOTE,
    },
    notes: { art16: ART16_NOTE, disclaimer: DISCLAIMER },
  };
}

function spans(ctx: EngineContext): ScopeSpan[] {
  const out: ScopeSpan[] = [];
  if (!ctx.win) return out;
  let cur: { from: DayNumber; to: DayNumber; s: ReturnType<EngineContext['scope']> } | undefined;
  for (let d = ctx.win.from; d <= ctx.win.to; d++) {
    const s = ctx.scope(d);
    if (cur && cur.s.inScope === s.inScope && cur.s.requiresDirector === s.requiresDirector && cur.s.sizeClass === s.sizeClass) cur.to = d;
    else {
      if (cur) out.push(span(cur));
      cur = { from: d, to: d, s };
    }
  }
  if (cur) out.push(span(cur));
  return out;
}

const span = (c: { from: DayNumber; to: DayNumber; s: ReturnType<EngineContext['scope']> }): ScopeSpan => ({
  from: formatDay(c.from),
  to: formatDay(c.to),
  inScope: c.s.inScope,
  requiresDirector: c.s.requiresDirector,
  sizeClass: c.s.sizeClass,
});

function hazardSummary(ctx: EngineContext): CheckSummary['hazards'] {
  const win = ctx.win;
  if (!win) return { found: 0, closed: 0, open: 0, items: [] };
  const items: HazardSummaryItem[] = [];
  let found = 0;
  let closed = 0;
  for (const h of ctx.hazards.values()) {
    if (h.foundDay === undefined || h.foundDay > win.to) continue;
    const inWindow = h.foundDay >= win.from;
    if (!inWindow && !h.open) continue;
    if (inWindow) {
      found++;
      if (!h.open) closed++;
    }
    items.push({
      hazardId: h.hazardId,
      ...(h.site ? { site: h.site } : {}),
      ...(h.foundOn ? { foundOn: h.foundOn } : {}),
      status: h.status,
      open: h.open,
      ...(h.closedOn ? { closedOn: h.closedOn } : {}),
      ageDays: h.ageDays,
      ...(h.fixDeadline ? { fixDeadline: h.fixDeadline } : {}),
    });
  }
  return { found, closed, open: items.filter((i) => i.open).length, items };
}

function personnelSummary(ctx: EngineContext, end: DayNumber): PersonQualification[] {
  const win = ctx.win;
  if (!win) return [];
  const roles = new Map<string, { name: string; roles: Set<Role> }>();
  for (const s of ctx.personnel.segments) {
    if (s.to <= win.from || s.from > win.to) continue;
    const e = roles.get(s.personId) ?? { name: s.name, roles: new Set<Role>() };
    e.roles.add(s.role);
    roles.set(s.personId, e);
  }
  return [...roles.keys()].sort().map((personId) => {
    const e = roles.get(personId) as { name: string; roles: Set<Role> };
    const held = (['principal', 'director', 'officer'] as const).filter((r) => e.roles.has(r));
    const appointment = [...ctx.personnel.changesOf(personId)].reverse().find((c) => c.action === 'appoint' && c.role !== 'principal');
    const gaps = appointment ? competenceGaps(appointment) : [];
    const a = assessmentOn(ctx.training, personId, end);
    const post = held.some((r) => r !== 'principal');
    return {
      personId,
      name: e.name,
      roles: held,
      competenceGaps: gaps,
      assessment: { status: a.status, ...(a.latest ? { date: a.latest.date } : {}) },
      qualified: post ? gaps.length === 0 && a.status === 'passed' : null,
    };
  });
}
