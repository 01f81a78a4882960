/** The rule modules, in article order; each returns its findings for a context. */
import type { EngineContext } from '../engine/context';
import type { Finding } from '../engine/finding';
import { art3Officer } from './art3-officer';
import { art3System } from './art3-system';
import { art4Certificate } from './art4-certificate';
import { art4Decision } from './art4-decision';
import { art4Recall } from './art4-recall';
import { art4Veto } from './art4-veto';
import { art5Director } from './art5-director';
import { art6Competence } from './art6-competence';
import { art7Duties } from './art7-duties';
import { art7Emergency } from './art7-emergency';
import { art7Rectification } from './art7-rectification';
import { art8Code } from './art8-code';
import { art9RiskList } from './art9-risk-list';
import { art10Calendar } from './art10-calendar';
import { art10Daily } from './art10-daily';
import { art10Hazard } from './art10-hazard';
import { art11Hazards } from './art11-hazards';
import { art11Weekly } from './art11-weekly';
import { art12Monthly } from './art12-monthly';
import { art13Principal } from './art13-principal';
import { art13Unsigned } from './art13-unsigned';
import { art15Assessment } from './art15-assessment';
import { art15SpotCheck } from './art15-spot-check';
import { art16Rejected } from './art16-rejected';
import { art18Size } from './art18-size';

export const RULE_EVALUATORS: readonly ((ctx: EngineContext) => Finding[])[] = [
  art3System,
  art3Officer,
  art4Decision,
  art4Veto,
  art4Recall,
  art4Certificate,
  art5Director,
  art6Competence,
  art7Duties,
  art7Emergency,
  art7Rectification,
  art8Code,
  art9RiskList,
  art10Daily,
  art10Hazard,
  art10Calendar,
  art11Weekly,
  art11Hazards,
  art12Monthly,
  art13Principal,
  art13Unsigned,
  art15Assessment,
  art15SpotCheck,
  art16Rejected,
  art18Size,
];
