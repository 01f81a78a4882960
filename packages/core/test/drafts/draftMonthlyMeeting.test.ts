import { describe, expect, it } from 'vitest';
import { draftMonthlyMeeting, draftWeeklyReport, validateRecord } from '../../src/index';
import type { WeeklyReport } from '@order75/schemas';
import { BOSS, DIR, OFF1 } from '../helpers/records';
import { scenario } from './scenario';

describe('draftMonthlyMeeting', () => {
  const { records } = scenario();
  // The week's report, finalised with H1 closed on 6 March.
  const w10: WeeklyReport = {
    ...draftWeeklyReport(records, '2026-W10', { id: '0190f0d8-7c00-7000-8000-0000000000ab', reviewDate: '2026-03-06' }),
    status: 'final',
    hazardUpdates: [{ hazardId: 'H1', status: 'closed', date: '2026-03-06' }],
  };
  const all = [...records, w10];
  const draft = draftMonthlyMeeting(all, '2026-03', { id: '0190f0d8-7c00-7000-8000-0000000000ac' });

  it('is a valid draft chaired by the principal with the director reporting', () => {
    const result = validateRecord(draft);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message.en).join('\n'));
    expect(draft).toMatchObject({ status: 'draft', month: '2026-03', meetingDate: '2026-03-31', chair: BOSS, reporter: DIR });
    expect(draft.attendees).toEqual([BOSS, DIR, OFF1]);
  });

  it('reports daily completion per site with missed days, and the weekly reports', () => {
    expect(draft.mainProblems).toContain('应检 22 次，实检 4 次');
    expect(draft.mainProblems).toContain('未检 3月4日、3月9日');
    expect(draft.mainProblems).toContain('周排查报告 1 份（2026-W10）');
    expect(draft.mainProblems).toContain('发现隐患 2 项');
  });

  it('lists hazards closed in the month and those still open with their ages', () => {
    expect(draft.fixStatus).toContain('H1 于 3月6日关闭（历时 4 天）');
    expect(draft.fixStatus).toContain('H0b 于 3月2日关闭');
    expect(draft.openProblems).toContain('尚有 3 项隐患未关闭');
    expect(draft.openProblems).toContain('H0（S1，2026-02-23 发现，已 36 天，超过整改期限 27 天）');
  });

  it('reports vetoes and the answers', () => {
    expect(draft.otherMatters).toContain('否决建议 2 项');
    expect(draft.otherMatters).toContain('部分采纳（理由：其余批次复检合格）');
    expect(draft.otherMatters).toContain('「证书即将失效」：尚未答复');
  });

  it("proposes next month's tasks from the open items", () => {
    const tasks = draft.nextMonthTasks!;
    expect(tasks.filter((t) => t.task.startsWith('完成隐患')).map((t) => /^完成隐患 (\S+)（/.exec(t.task)?.[1])).toEqual(['H0', 'HX', 'H2']);
    expect(tasks[0]).toMatchObject({ owner: OFF1, due: '2026-04-30' });
    expect(tasks.some((t) => t.task.includes('杜绝漏检'))).toBe(true);
  });
});
