import { describe, expect, it } from 'vitest';
import { validateRecord } from '@order75/core';
import { RECORD_TYPES } from '@order75/schemas';
import { sampleRecords } from '../src/testing/samples';

describe('conformance samples', () => {
  it('cover all 17 record types once, in catalogue order', () => {
    expect(sampleRecords().map((r) => r.recordType)).toEqual([...RECORD_TYPES]);
  });

  it.each(sampleRecords().map((r) => [r.recordType, r] as const))('%s is schema-valid and has no NUL', (_type, record) => {
    const result = validateRecord(record);
    expect(result.ok ? [] : result.issues.map((i) => `${i.instancePath} ${i.message.en}`)).toEqual([]);
    expect(JSON.stringify(record)).not.toContain('\\u0000');
  });
});
