/**
 * `recordLevelIssues(record)`: the rules a form runs before submit, on one record alone — a hazard row without an
 * immediate measure or a report, a veto without a trigger, a rejection without a justification, duty documents missing
 * coverage keys, an appointment without Art. 6 evidence… Each issue names the engine rule it anticipates (same rule ID,
 * severity and bilingual message as the engine where the record alone determines it) or a `form.*` code for checks
 * that only a form can make. Schemas enforce structure; these are obligations.
 */
import type { AnyRecord, Message, Opinion } from '@order75/schemas';
import { dayNumber, formatDay, tryDayNumber } from '../calendar/days';
import { parseIsoWeek, parseMonth } from '../calendar/periods';
import { DEFAULT_TIME_ZONE, parseInstant, timeZone } from '../calendar/timeZone';
import { DEFAULT_DEADLINES } from '../engine/options';
import { competenceGaps } from '../personnel/qualification';
import { type RuleId, ruleMeta, type Severity } from '../rules/catalogue';
import { hasRule, principalDutiesMessage } from '../rules/art3-system';
import { decisionUnconsultedMessage } from '../rules/art4-decision';
import { answersVeto, vetoUnansweredMessage } from '../rules/art4-veto';
import { competenceMessage } from '../rules/art6-competence';
import { DIRECTOR_KEYS, dutiesIncompleteMessage, missingKeys } from '../rules/art7-duties';
import { emergencyPlanMessage } from '../rules/art7-emergency';
import { rectificationLateMessage } from '../rules/art7-rectification';
import { codeIncompleteMessage, OFFICER_KEYS } from '../rules/art8-code';
import { cadenceRulesMessage, missingCadenceKinds, riskListMissingMessage } from '../rules/art9-risk-list';
import { calendarBackdatedMessage } from '../rules/art10-calendar';
import { hazardMeasureLateMessage, hazardNoMeasureMessage, hazardReportLateMessage, hazardUnreportedMessage } from '../rules/art10-hazard';
import { weeklyLateMessage } from '../rules/art11-weekly';
import { monthlyLateMessage } from '../rules/art12-monthly';
import { rejectedMessage } from '../rules/art16-rejected';

/** Checks only a form can make (no engine rule speaks of them). */
export type FormCode =
  | 'form.veto-trigger-missing'
  | 'form.veto-certificate-missing'
  | 'form.zero-risk-mismatch'
  | 'form.delegate-authorisation-missing'
  | 'form.review-before-week'
  | 'form.spot-check-rectification-missing'
  | 'form.size-measure-undated';

const FORM: Record<FormCode, { article: string; severity: Severity }> = {
  'form.veto-trigger-missing': { article: '4(2)', severity: 'warning' },
  'form.veto-certificate-missing': { article: '4(2)', severity: 'warning' },
  'form.zero-risk-mismatch': { article: '10', severity: 'warning' },
  'form.delegate-authorisation-missing': { article: '18(4)', severity: 'warning' },
  'form.review-before-week': { article: '11', severity: 'warning' },
  'form.spot-check-rectification-missing': { article: '15', severity: 'warning' },
  'form.size-measure-undated': { article: '18(3)', severity: 'warning' },
};

/** One issue of one record, before submit. */
export interface RecordIssue {
  readonly rule: RuleId | FormCode;
  readonly article: string;
  readonly severity: Severity;
  /** JSON Pointer of the field to fill or fix. */
  readonly path: string;
  readonly message: Message;
}

/** Optional context for `recordLevelIssues`. */
export interface RecordIssueContext {
  /** For an opinion-response: the opinion it answers (enables the veto checks and the engine's exact wording). */
  opinion?: Opinion;
  /** IANA time zone for instants; default Asia/Shanghai. */
  timeZone?: string;
}

const issue = (rule: RuleId | FormCode, path: string, message: Message): RecordIssue => {
  const { article, severity } = rule.startsWith('form.') ? FORM[rule as FormCode] : ruleMeta(rule as RuleId);
  return { rule, article, severity, path, message };
};

const from = (date: string): Message => ({ zh: `自 ${date} 起`, en: `from ${date}` });

/** The record-level issues of one record (any type); empty when the form may be submitted without warnings. */
export function recordLevelIssues(record: AnyRecord, context: RecordIssueContext = {}): RecordIssue[] {
  const tz = timeZone(context.timeZone ?? DEFAULT_TIME_ZONE);
  const localDay = (instant: string | undefined) => {
    const ms = instant ? parseInstant(instant) : Number.NaN;
    return Number.isNaN(ms) ? undefined : tz.localDay(ms);
  };
  const out: RecordIssue[] = [];
  switch (record.recordType) {
    case 'daily-check': {
      const day = tryDayNumber(record.date);
      record.items.forEach((item, i) => {
        if (item.result !== 'hazard') return;
        const id = item.hazardId ?? `#${i + 1}`;
        if (!item.measure) out.push(issue('art10.hazard-no-measure', `/items/${i}/measure`, hazardNoMeasureMessage(id, record.date)));
        else if ((localDay(item.measureAt) ?? day) > day) out.push(issue('art10.hazard-measure-late', `/items/${i}/measureAt`, hazardMeasureLateMessage(id, record.date, item.measureAt ?? '')));
        if (!item.reportedTo || !item.reportedAt) out.push(issue('art10.hazard-unreported', `/items/${i}/${item.reportedTo ? 'reportedAt' : 'reportedTo'}`, hazardUnreportedMessage(id, record.date)));
        else if ((localDay(item.reportedAt) ?? day) > day) out.push(issue('art10.hazard-report-late', `/items/${i}/reportedAt`, hazardReportLateMessage(id, record.date, item.reportedAt)));
      });
      if (!record.zeroRisk && record.items.every((i) => i.result !== 'hazard')) {
        out.push(issue('form.zero-risk-mismatch', '/zeroRisk', { zh: '未发现隐患时应标记为零风险报告（第十条）', en: 'a check that found no hazard is a zero-risk report: set zeroRisk (Art. 10)' }));
      }
      break;
    }
    case 'opinion':
      if (record.kind === 'veto' && !record.trigger) {
        out.push(issue('form.veto-trigger-missing', '/trigger', { zh: '否决建议应写明触发情形：产品缺陷、生产许可证失效、CCC 证书失效或其他（第四条第二款）', en: 'a veto names its trigger: a defect, an invalid licence or CCC certificate, or other (Art. 4 ¶2)' }));
      }
      if (record.kind === 'veto' && (record.trigger === 'licence-invalid' || record.trigger === 'ccc-invalid') && !record.certificates?.length) {
        out.push(issue('form.veto-certificate-missing', '/certificates', { zh: '证书失效引起的否决建议应写明证书编号', en: 'a veto over an invalid certificate names the certificate number' }));
      }
      break;
    case 'opinion-response': {
      const op = context.opinion;
      if ((record.decision === 'rejected' || record.decision === 'partly') && !record.justification) {
        out.push(issue('art16.rejected-without-reason', '/justification', op ? rejectedMessage(op.proposer.name, op.raisedAt) : { zh: '不采纳或部分采纳意见时应写明理由（第十六条第四款）', en: 'give the reason when an opinion is rejected or partly adopted (Art. 16 ¶4)' }));
      }
      if (op?.kind === 'veto' && !answersVeto(record)) {
        out.push(issue('art4.veto-unanswered', record.analysis ? '/measures' : '/analysis', vetoUnansweredMessage(op.raisedAt, DEFAULT_DEADLINES.vetoResponseHours)));
      }
      break;
    }
    case 'major-decision':
      if (!record.opinionsHeard?.length) out.push(issue('art4.decision-unconsulted', '/opinionsHeard', decisionUnconsultedMessage(record.title, record.date)));
      break;
    case 'personnel-change': {
      const gaps = competenceGaps(record);
      if (record.action === 'appoint' && gaps.length) out.push(issue('art6.competence-unrecorded', '/competence', competenceMessage(record, gaps)));
      if (record.role === 'principal' && record.principalBasis === 'delegate' && !record.authorisation) {
        out.push(issue('form.delegate-authorisation-missing', '/authorisation', { zh: '法定代表委托人须附授权委托书，否则不计为主要负责人（第十八条第四项）', en: 'a delegated principal needs the authorisation attached, or does not count as principal (Art. 18(4))' }));
      }
      break;
    }
    case 'director-duties': {
      const keys = missingKeys(record.items, DIRECTOR_KEYS);
      if (keys.length) out.push(issue('art7.duties-incomplete', '/items', dutiesIncompleteMessage(record.version, keys)(from(record.effectiveDate))));
      break;
    }
    case 'officer-code': {
      const keys = missingKeys(record.items, OFFICER_KEYS);
      if (keys.length) out.push(issue('art8.code-incomplete', '/items', codeIncompleteMessage(record.version, keys)(from(record.effectiveDate))));
      break;
    }
    case 'management-system': {
      const when = from(record.effectiveDate);
      if (!hasRule(record, 'principal-duties')) out.push(issue('art3.principal-duties-missing', '/rules', principalDutiesMessage(record.version)(when)));
      const kinds = missingCadenceKinds(record);
      if (kinds.length) out.push(issue('art9.cadence-rules-missing', '/rules', cadenceRulesMessage(record.version, kinds)(when)));
      if (!hasRule(record, 'emergency-plan')) out.push(issue('art7.emergency-plan-missing', '/rules', emergencyPlanMessage(when)));
      break;
    }
    case 'risk-list':
      if (!record.rows.some((r) => r.cadence === 'daily')) out.push(issue('art9.risk-list-missing', '/rows', riskListMissingMessage(from(record.effectiveDate))));
      break;
    case 'weekly-report': {
      const week = parseIsoWeek(record.week);
      const review = tryDayNumber(record.reviewDate);
      if (week && review > week.sunday) out.push(issue('art11.weekly-late', '/reviewDate', weeklyLateMessage(record.week)));
      if (week && review < week.monday) {
        out.push(issue('form.review-before-week', '/reviewDate', { zh: `排查日期 ${record.reviewDate} 早于 ${record.week} 的第一天`, en: `the review date ${record.reviewDate} is before ${record.week} starts` }));
      }
      break;
    }
    case 'monthly-meeting': {
      const month = parseMonth(record.month ?? record.meetingDate.slice(0, 7));
      if (month && dayNumber(record.meetingDate) > month.last) out.push(issue('art12.monthly-late', '/meetingDate', monthlyLateMessage(month.label, record.meetingDate)));
      break;
    }
    case 'production-calendar': {
      const recorded = localDay(record.createdAt);
      if (recorded === undefined) break;
      record.declarations.forEach((d, i) => {
        if (d.kind === 'non-production' && recorded > tryDayNumber(d.date)) out.push(issue('art10.calendar-backdated', `/declarations/${i}/date`, calendarBackdatedMessage(record.site, d.date, formatDay(recorded))));
      });
      break;
    }
    case 'training':
      if (record.kind === 'spot-check' && record.results?.some((r) => !r.passed) && !record.rectification) {
        out.push(issue('form.spot-check-rectification-missing', '/rectification', { zh: '抽查考核不合格的，应立即采取整改措施并记录（第十五条第三款）', en: 'a failed spot-check needs the rectification taken at once, recorded (Art. 15 ¶3)' }));
      }
      break;
    case 'inspection':
      record.findings.forEach((f, i) => {
        if (f.deadline && f.closure && f.closure.date > f.deadline) out.push(issue('art7.rectification-late', `/findings/${i}/closure/date`, rectificationLateMessage(record.authority, f.findingId, f.deadline, f.closure.date)));
      });
      break;
    case 'enterprise-profile':
      if (record.headcount !== undefined && !record.headcountAsOf) out.push(issue('form.size-measure-undated', '/headcountAsOf', { zh: '从业人员数须填写统计日期，否则按未知处理（第十八条第三项）', en: 'a head-count needs its as-of date, or it counts as unknown (Art. 18(3))' }));
      if (record.revenue !== undefined && record.revenueFiscalYear === undefined) out.push(issue('form.size-measure-undated', '/revenueFiscalYear', { zh: '营业收入须填写所属年度，否则按未知处理（第十八条第三项）', en: 'revenue needs its fiscal year, or it counts as unknown (Art. 18(3))' }));
      break;
    default:
      break;
  }
  return out;
}
