/** Drafts: the weekly report from daily checks (Art. 11), the monthly minutes from weekly reports (Art. 12). */
export { draftWeeklyReport, type WeeklyDraftOptions } from './draftWeeklyReport';
export { draftMonthlyMeeting, type MonthlyDraftOptions } from './draftMonthlyMeeting';
export type { DraftOptions } from './draftContext';
