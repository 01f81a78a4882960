import { validateRecord } from '@order75/core';
import { RECORD_TYPES } from '@order75/schemas';
import { describe, expect, it } from 'vitest';
import { PROFILE } from '../src/demo/enterprise';
import { bigRiskList, RISK_LIST } from '../src/demo/riskList';
import { DAILY_CHECKS, SAMPLES } from '../src/demo/samples';

describe('gallery data', () => {
  it.each(RECORD_TYPES.map((t) => [t]))('the %s sample is a valid record', (type) => {
    const result = validateRecord(SAMPLES[type]);
    expect(result.ok ? [] : result.issues.map((i) => i.message.zh)).toEqual([]);
  });

  it('the daily checks, the profile and the 1,000-row list are valid', () => {
    for (const record of [...DAILY_CHECKS, PROFILE, RISK_LIST, bigRiskList(1000)]) {
      const result = validateRecord(record);
      expect(result.ok ? [] : result.issues.map((i) => i.message.zh)).toEqual([]);
    }
  });
});
