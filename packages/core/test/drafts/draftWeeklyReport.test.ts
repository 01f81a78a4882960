import { describe, expect, it } from 'vitest';
import { draftWeeklyReport, validateRecord } from '../../src/index';
import { DIR, ENTERPRISE, OFF1 } from '../helpers/records';
import { scenario } from './scenario';

describe('draftWeeklyReport', () => {
  const { records, ids } = scenario();
  const draft = draftWeeklyReport(records, '2026-W10', { id: '0190f0d8-7c00-7000-8000-0000000000aa' });

  it('is a valid draft for the week, organised by the director in office', () => {
    const result = validateRecord(draft);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message.en).join('\n'));
    expect(draft).toMatchObject({ status: 'draft', week: '2026-W10', reviewDate: '2026-03-08', enterprise: ENTERPRISE, organiser: DIR });
    expect(draft.participants).toEqual([DIR, OFF1]);
  });

  it('lists every hazard not yet reviewed by hazardId, linked to the daily checks naming it', () => {
    const byId = new Map(draft.hazards!.map((h) => [h.hazardId, h]));
    expect([...byId.keys()]).toEqual(['HX', 'H1', 'H2']);
    expect(byId.get('H1')).toMatchObject({ site: 'S1', foundOn: '2026-03-02', sourceRecordIds: [ids.mon.id, ids.tue.id], description: '隐患 H1', owner: OFF1, deadline: '2026-03-15' });
    expect(byId.get('H2')!.sourceRecordIds).toEqual([ids.tue.id]);
    // Found on Saturday after last week's review: carried into this week's report.
    expect(byId.get('HX')).toMatchObject({ foundOn: '2026-02-28', sourceRecordIds: [ids.saturday.id] });
  });

  it("carries last week's open items forward for verification", () => {
    expect(draft.verifications).toEqual([
      { hazardId: 'H0', verified: false, note: '尚未整改完成（整改期限 2026-03-04，已超过整改期限 4 天），继续跟踪' },
      { hazardId: 'H0b', verified: true, note: '3月2日已整改，请现场核实后确认' },
    ]);
    expect(draft.lastWeekVerification).toBe('上周遗留隐患 2 项：已整改待核实 1 项，仍在整改 1 项（H0）。');
  });

  it('summarises daily completion with the missed day', () => {
    expect(draft.assessment).toContain('应检 5 次，实检 4 次，完成率 80.0%');
    expect(draft.assessment).toContain('S1 应检 5 次，实检 4 次（80.0%），未检 3月4日');
    expect(draft.assessment).toContain('发现隐患 3 项');
  });

  it('leaves hazards found after the review date for next week', () => {
    const early = draftWeeklyReport(records, '2026-W10', { reviewDate: '2026-03-02' });
    expect(early.hazards!.map((h) => h.hazardId)).toEqual(['HX', 'H1']);
    expect(early.assessment).toContain('应检 1 次，实检 1 次');
  });

  it('rejects a malformed week', () => {
    expect(() => draftWeeklyReport(records, '2026-W54')).toThrow(RangeError);
  });
});
