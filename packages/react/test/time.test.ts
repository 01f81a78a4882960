import { describe, expect, it } from 'vitest';
import { inputToInstant, instantToInput, toInstant, toLocalDate } from '../src/time';

describe('instants with the device offset', () => {
  it('writes RFC 3339 with an offset and reads it back into a datetime-local value', () => {
    const d = new Date(2026, 10, 28, 9, 30, 5);
    const instant = toInstant(d);
    expect(instant).toMatch(/^2026-11-28T09:30:05[+-]\d\d:\d\d$/);
    expect(new Date(instant).getTime()).toBe(d.getTime());
    expect(instantToInput(instant)).toBe('2026-11-28T09:30');
    expect(inputToInstant('2026-11-28T09:30')).toBe(toInstant(new Date(2026, 10, 28, 9, 30, 0)));
    expect(toLocalDate(d)).toBe('2026-11-28');
  });

  it('treats empty or unreadable values as absent', () => {
    expect(inputToInstant('')).toBeUndefined();
    expect(instantToInput(undefined)).toBe('');
    expect(instantToInput('not a time')).toBe('');
  });
});
