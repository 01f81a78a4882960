import { describe, expect, it } from 'vitest';
import { draftMonthlyMeeting, draftWeeklyReport, latestFinal, validateRecord } from '@order75/core';
import { generateDataset } from '../src/index';

describe('drafts over a generated dataset', () => {
  const set = latestFinal(generateDataset({ seed: 'drafts', sites: 4, from: '2025-01-01', to: '2025-12-31', hazardRate: 0.15 }));

  it('every weekly draft of the year is valid and lists every hazard found that week', () => {
    for (let w = 2; w <= 52; w++) {
      const week = `2025-W${String(w).padStart(2, '0')}`;
      const draft = draftWeeklyReport(set, week);
      const result = validateRecord(draft);
      expect(result.ok, `${week}: ${result.ok ? '' : result.issues.map((i) => i.message.en).join('; ')}`).toBe(true);
      const found = set.of('daily-check').filter((c) => draft.hazards?.some((h) => h.sourceRecordIds?.includes(c.id)));
      for (const c of found) expect(c.date <= draft.reviewDate).toBe(true);
    }
  });

  it('every monthly draft of the year is valid', () => {
    for (let m = 1; m <= 12; m++) {
      const month = `2025-${String(m).padStart(2, '0')}`;
      const result = validateRecord(draftMonthlyMeeting(set, month));
      expect(result.ok, month).toBe(true);
    }
  });
});
