import { describe, expect, it } from 'vitest';
import { dayNumber, formatDay } from '../../src/calendar/days';
import { instantMs, parseInstant, timeZone } from '../../src/calendar/timeZone';

describe('instants and time zones', () => {
  it('parses RFC 3339 with offsets, Z and fractions like Date.parse', () => {
    for (const s of ['2026-03-02T09:30:00+08:00', '2026-03-01T23:30:00-01:00', '2026-03-02T01:30:00Z', '2026-03-02T01:30:00.250Z']) {
      expect(parseInstant(s)).toBe(Date.parse(s));
    }
    expect(parseInstant('2026-03-02 09:30')).toBeNaN();
    expect(() => instantMs('yesterday')).toThrow(RangeError);
  });

  it('gives Shanghai local days without Intl', () => {
    const sh = timeZone();
    expect(formatDay(sh.localDay(parseInstant('2026-03-01T23:30:00-01:00')))).toBe('2026-03-02');
    expect(formatDay(sh.localDay(parseInstant('2026-03-01T15:59:59Z')))).toBe('2026-03-01');
    expect(formatDay(sh.localDay(parseInstant('2026-03-01T16:00:00Z')))).toBe('2026-03-02');
    expect(sh.startOfDay(dayNumber('2026-03-02'))).toBe(parseInstant('2026-03-02T00:00:00+08:00'));
  });

  it('follows daylight saving in other zones through Intl', () => {
    const berlin = timeZone('Europe/Berlin');
    expect(berlin.startOfDay(dayNumber('2026-03-29'))).toBe(parseInstant('2026-03-29T00:00:00+01:00'));
    expect(berlin.startOfDay(dayNumber('2026-03-30'))).toBe(parseInstant('2026-03-30T00:00:00+02:00'));
    expect(formatDay(berlin.localDay(parseInstant('2026-07-01T22:30:00Z')))).toBe('2026-07-02');
    expect(() => timeZone('Mars/Olympus')).toThrow(RangeError);
  });
});
