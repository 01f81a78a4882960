/**
 * Qualification of directors and officers (Art. 6, 15): competence evidence recorded with the appointment (Art. 6
 * items 1–3; for a director also position and management membership, Art. 18(5)), internal assessments passed
 * (Art. 6(4), 15 ¶1) and regulator spot-checks (Art. 15 ¶2–3), from `training` records.
 */
import type { AnyRecord, PersonnelChange, Training } from '@order75/schemas';
import { type DayNumber, toDay, tryDayNumber } from '../calendar/days';
import { asRecordSet, type RecordSet } from '../records/latest';

/** One person's result in an internal assessment or a regulator spot-check. */
export interface AssessmentResult {
  readonly personId: string;
  readonly kind: 'assessment' | 'spot-check';
  readonly date: string;
  readonly day: DayNumber;
  readonly passed: boolean;
  readonly recordId: string;
}

/** Training evidence per person. */
export interface TrainingIndex {
  /** Assessment and spot-check results of a person, by date (then record id). */
  results(personId: string): readonly AssessmentResult[];
  /** Days of training sessions the person attended (named in attendees or results), ascending. */
  sessions(personId: string): readonly DayNumber[];
}

const byDay = <T extends { day: DayNumber; recordId: string }>(a: T, b: T) => a.day - b.day || (a.recordId < b.recordId ? -1 : 1);

/** Indexes `training` records (final, latest revisions). */
export function trainingIndex(records: RecordSet | Iterable<AnyRecord>): TrainingIndex {
  const results = new Map<string, AssessmentResult[]>();
  const sessions = new Map<string, Set<DayNumber>>();
  for (const t of asRecordSet(records).of('training')) indexTraining(t, results, sessions);
  for (const list of results.values()) list.sort(byDay);
  const sorted = new Map([...sessions].map(([k, v]) => [k, [...v].sort((a, b) => a - b)]));
  return { results: (p) => results.get(p) ?? [], sessions: (p) => sorted.get(p) ?? [] };
}

function indexTraining(t: Training, results: Map<string, AssessmentResult[]>, sessions: Map<string, Set<DayNumber>>): void {
  const day = tryDayNumber(t.date);
  if (Number.isNaN(day)) return;
  if (t.kind === 'assessment' || t.kind === 'spot-check') {
    for (const r of t.results ?? []) {
      const list = results.get(r.person.personId) ?? [];
      list.push({ personId: r.person.personId, kind: t.kind, date: t.date, day, passed: r.passed, recordId: t.id });
      results.set(r.person.personId, list);
    }
  } else if (t.kind === 'session') {
    for (const p of [...(t.attendees ?? []), ...(t.results ?? []).map((r) => r.person)]) {
      const set = sessions.get(p.personId) ?? new Set();
      set.add(day);
      sessions.set(p.personId, set);
    }
  }
}

/** State of a person's internal assessment on a date: `passed` when the latest one ≤ date passed. */
export interface AssessmentStatus {
  readonly status: 'passed' | 'failed' | 'none';
  readonly latest?: AssessmentResult;
}

/**
 * The internal assessment in force on a date (Art. 15 ¶1: a person who failed may not hold the post). Several results
 * on the latest day count as passed when any of them passed (a same-day re-take).
 */
export function assessmentOn(index: TrainingIndex, personId: string, date: DayNumber | string): AssessmentStatus {
  const day = toDay(date);
  let latest: AssessmentResult | undefined;
  for (const r of index.results(personId)) {
    if (r.kind !== 'assessment' || r.day > day) continue;
    if (!latest || r.day > latest.day || (r.day === latest.day && r.passed && !latest.passed)) latest = r;
  }
  if (!latest) return { status: 'none' };
  return { status: latest.passed ? 'passed' : 'failed', latest };
}

/**
 * `assessmentOn` for one person as a step function of the day: the status changes only on assessment days, so the
 * steps are computed once and each query is a binary search (the engine asks for every day of the window).
 */
export function assessmentTimeline(index: TrainingIndex, personId: string): (day: DayNumber) => AssessmentStatus {
  const days: DayNumber[] = [];
  const steps: AssessmentStatus[] = [];
  let latest: AssessmentResult | undefined;
  for (const r of index.results(personId)) {
    if (r.kind !== 'assessment') continue;
    if (!latest || r.day > latest.day || (r.day === latest.day && r.passed && !latest.passed)) latest = r;
    const step: AssessmentStatus = { status: latest.passed ? 'passed' : 'failed', latest };
    if (days[days.length - 1] === latest.day) steps[steps.length - 1] = step;
    else {
      days.push(latest.day);
      steps.push(step);
    }
  }
  const none: AssessmentStatus = { status: 'none' };
  return (day) => {
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((days[mid] as DayNumber) <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? none : (steps[lo - 1] as AssessmentStatus);
  };
}

/** Art. 6 evidence items the engine requires (item 4 is the assessment; item 5 is open-ended). */
export const COMPETENCE_ITEMS = ['lawsAndStandards', 'educationAndExperience', 'processKnowledge'] as const;

/** What an appointment of a director or officer lacks: competence items, and for a director position / membership. */
export type CompetenceGap = (typeof COMPETENCE_ITEMS)[number] | 'position' | 'inManagement';

/** The evidence gaps of one personnel change (empty for principals and removals). */
export function competenceGaps(change: PersonnelChange): CompetenceGap[] {
  if (change.role === 'principal' || change.action === 'remove') return [];
  const gaps: CompetenceGap[] = [];
  for (const item of COMPETENCE_ITEMS) {
    const e = change.competence?.[item];
    if (!e || (!e.text && !(e.attachments && e.attachments.length > 0))) gaps.push(item);
  }
  if (change.role === 'director') {
    if (!change.position) gaps.push('position');
    if (change.inManagement !== true) gaps.push('inManagement');
  }
  return gaps;
}

/** Labels of the gaps, bilingual, for messages. */
export const COMPETENCE_GAP_LABELS: Readonly<Record<CompetenceGap, { zh: string; en: string }>> = {
  lawsAndStandards: { zh: '熟悉法律法规、强制性国家标准和本单位制度（第六条第一项）', en: 'knowledge of laws, mandatory standards and the unit’s rules (Art. 6(1))' },
  educationAndExperience: { zh: '专业教育背景和工作经验（第六条第二项）', en: 'education and experience (Art. 6(2))' },
  processKnowledge: { zh: '熟悉生产过程控制、进货把关和出厂检验（第六条第三项）', en: 'knowledge of process control and incoming/outgoing inspection (Art. 6(3))' },
  position: { zh: '职务', en: 'position' },
  inManagement: { zh: '属于管理层（第十八条第五项）', en: 'membership of management (Art. 18(5))' },
};

