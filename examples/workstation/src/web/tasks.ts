/** The shape of /api/tasks. */
import type { DailyCheck, MonthlyMeeting, Opinion, RiskList, WeeklyReport } from '@order75/schemas';

export interface Tasks {
  landing: string;
  today: string;
  week: string;
  month: string;
  me?: { personId: string; name: string };
  daily: { siteId: string; name: string; production: boolean; checks: { id: string; zeroRisk: boolean; hazards: number }[] }[];
  riskLists: RiskList[];
  weekly: { reports: { id: string; reviewDate: string; signed: boolean }[]; draft?: WeeklyReport };
  monthly: { meetings: { id: string; meetingDate: string; signed: boolean }[]; draft?: MonthlyMeeting };
  vetoes: Opinion[];
  drafts: { id: string; recordType: string; revision: number }[];
}

export type { DailyCheck };
