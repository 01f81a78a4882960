import { describe, expect, it } from 'vitest';
import { siteCalendar, validateRecord } from '@order75/core';
import type { AnyRecord, DailyCheck, WeeklyReport } from '@order75/schemas';
import { generateDataset } from '../src/index';

function invalid(records: Iterable<AnyRecord>): string[] {
  const out: string[] = [];
  for (const r of records) {
    const result = validateRecord(r);
    if (!result.ok) out.push(`${r.recordType} ${r.id}: ${result.issues.map((i) => i.message.en).join('; ')}`);
  }
  return out;
}

describe('generateDataset', () => {
  const dataset = generateDataset({ seed: 'test', sites: 3, from: '2023-05-05', to: '2024-06-30', hazardRate: 0.1, lateRate: 0.1 });
  const records = dataset.toArray();

  it('produces only schema-valid records of every main type', () => {
    expect(invalid(records)).toEqual([]);
    const types = new Set(records.map((r) => r.recordType));
    for (const t of [
      'enterprise-profile', 'personnel-change', 'management-system', 'director-duties', 'officer-code', 'risk-list',
      'production-calendar', 'daily-check', 'weekly-report', 'monthly-meeting', 'training', 'opinion', 'opinion-response', 'inspection',
    ]) {
      expect(types.has(t as AnyRecord['recordType']), t).toBe(true);
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(generateDataset({ seed: 'test', sites: 3, from: '2023-05-05', to: '2024-06-30', hazardRate: 0.1, lateRate: 0.1 }).toArray())).toBe(JSON.stringify(records));
    const other = generateDataset({ seed: 'other', sites: 3, from: '2023-05-05', to: '2024-06-30' }).toArray();
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(records));
  });

  it('checks only production days, skipping public holidays', () => {
    const calendar = siteCalendar(records);
    const checks = records.filter((r): r is DailyCheck => r.recordType === 'daily-check');
    for (const c of checks) expect(calendar.isProductionDay(c.site, c.date), `${c.site} ${c.date}`).toBe(true);
    expect(checks.some((c) => c.date === '2023-10-02')).toBe(false);
    expect(checks.some((c) => c.date === '2024-02-12')).toBe(false);
    // 2023-10-07 is a make-up working day (Saturday).
    expect(checks.filter((c) => c.date === '2023-10-07').length).toBeGreaterThan(0);
    const expected = dataset.sites.reduce((n, s) => n + calendar.productionDays(s, '2023-05-05', '2024-06-30').length, 0);
    expect(checks.length).toBeGreaterThan(expected * 0.9);
    expect(checks.length).toBeLessThanOrEqual(expected);
  });

  it('reviews every hazard by hazardId in a weekly report linked to its daily check', () => {
    const checks = new Map(records.filter((r): r is DailyCheck => r.recordType === 'daily-check').map((c) => [c.id, c]));
    const hazards = [...checks.values()].flatMap((c) => c.items.filter((i) => i.result === 'hazard').map((i) => ({ id: i.hazardId, check: c })));
    expect(hazards.length).toBeGreaterThan(20);
    const reviewed = new Map(records.filter((r): r is WeeklyReport => r.recordType === 'weekly-report').flatMap((w) => (w.hazards ?? []).map((h) => [h.hazardId, h])));
    const lastReview = records.filter((r): r is WeeklyReport => r.recordType === 'weekly-report').at(-1)!.reviewDate;
    for (const h of hazards) {
      if (h.check.date > lastReview) continue;
      const entry = reviewed.get(h.id!);
      expect(entry, h.id).toBeDefined();
      expect(entry!.sourceRecordIds).toEqual([h.check.id]);
    }
  });

  it('streams in chunks with the same records', () => {
    const chunks = [...dataset.chunks(500)];
    expect(chunks.every((c) => c.length <= 500)).toBe(true);
    expect(chunks.flat().map((r) => r.id)).toEqual(records.map((r) => r.id));
  });
});

describe('generateDataset at scale', () => {
  it('10 sites x 10 years: sampled records validate, counts are plausible', () => {
    let n = 0;
    let checks = 0;
    const sample: AnyRecord[] = [];
    for (const r of generateDataset({ seed: 42, sites: 10, from: '2023-05-05', to: '2033-05-04' })) {
      n++;
      if (r.recordType === 'daily-check') checks++;
      if (n % 97 === 0 || r.recordType !== 'daily-check') sample.push(r);
    }
    expect(checks).toBeGreaterThan(10 * 240 * 10 * 0.9);
    expect(invalid(sample)).toEqual([]);
  });
});
