import { describe, expect, it } from 'vitest';
import { assessmentOn, competenceGaps, trainingIndex } from '../../src/personnel/qualification';
import { personnelTimeline } from '../../src/personnel/timeline';
import { appoint, BOSS, change, DIR, OFF1, OFF2, removal, training } from '../helpers/records';

describe('personnel timeline', () => {
  const records = [
    appoint('principal', BOSS, '2023-01-01'),
    appoint('officer', OFF1, '2024-01-01', { sites: ['S1'] }),
    appoint('officer', OFF1, '2024-02-01', { sites: ['S2'] }),
    removal('officer', OFF1, '2024-03-01', { sites: ['S1'] }),
    appoint('officer', OFF2, '2024-01-01'),
    removal('officer', OFF2, '2024-01-10'),
    change('officer', OFF1, 'adjust', '2024-04-01', { sites: ['S3'] }),
  ];
  const t = personnelTimeline(records);

  it('adds sites on appoint, drops them on remove, replaces them on adjust', () => {
    expect(t.holders('officer', '2024-01-15', 'S1')).toEqual(['off1']);
    expect(t.holders('officer', '2024-02-15', 'S2')).toEqual(['off1']);
    expect(t.holds('off1', 'officer', '2024-03-01', 'S1')).toBe(false);
    expect(t.holds('off1', 'officer', '2024-03-01', 'S2')).toBe(true);
    expect(t.holds('off1', 'officer', '2024-04-01', 'S2')).toBe(false);
    expect(t.holds('off1', 'officer', '2024-04-01', 'S3')).toBe(true);
  });

  it('covers every site for an enterprise-wide appointment until removed', () => {
    expect(t.holders('officer', '2024-01-09', 'S7')).toEqual(['off1', 'off2'].filter((p) => p === 'off2'));
    expect(t.holders('officer', '2024-01-10')).toEqual(['off1']);
    expect(t.rolesOn('boss', '2026-01-01')).toEqual(['principal']);
    const mask = t.coverageMask('officer', 0, 0);
    expect(mask.length).toBe(1);
  });

  it('counts a delegated principal only with the authorisation attached', () => {
    const delegate = { personId: 'deleg', name: '委托人' };
    const without = personnelTimeline([appoint('principal', delegate, '2024-01-01', { principalBasis: 'delegate' })]);
    expect(without.holders('principal', '2024-06-01')).toEqual([]);
    expect(without.ignored).toHaveLength(1);
    const withAuth = personnelTimeline([
      appoint('principal', delegate, '2024-01-01', { principalBasis: 'delegate', authorisation: { hash: `sha256:${'a'.repeat(64)}`, mediaType: 'application/pdf' } }),
    ]);
    expect(withAuth.holders('principal', '2024-06-01')).toEqual(['deleg']);
  });
});

describe('qualification', () => {
  it('takes the latest internal assessment on or before the date', () => {
    const idx = trainingIndex([
      training('assessment', '2024-01-05', [{ person: DIR, passed: false }]),
      training('assessment', '2024-02-05', [{ person: DIR, passed: true }]),
      training('spot-check', '2024-03-05', [{ person: DIR, passed: false }]),
    ]);
    expect(assessmentOn(idx, 'dir', '2024-01-04').status).toBe('none');
    expect(assessmentOn(idx, 'dir', '2024-01-05').status).toBe('failed');
    expect(assessmentOn(idx, 'dir', '2024-03-06').status).toBe('passed');
    expect(idx.results('dir').map((r) => r.kind)).toEqual(['assessment', 'assessment', 'spot-check']);
  });

  it('lists missing Art. 6 evidence, and position and membership for directors', () => {
    expect(competenceGaps(appoint('director', DIR, '2024-01-01'))).toEqual([]);
    expect(competenceGaps(appoint('director', DIR, '2024-01-01', { competence: { lawsAndStandards: { text: '熟悉' } }, inManagement: false, position: undefined }))).toEqual([
      'educationAndExperience',
      'processKnowledge',
      'position',
      'inManagement',
    ]);
    expect(competenceGaps(appoint('principal', BOSS, '2024-01-01'))).toEqual([]);
  });
});
