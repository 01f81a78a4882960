import { describe, expect, it } from 'vitest';
import { createRedactor, redactText } from '../src/index';

describe('redaction', () => {
  it.each([
    ['身份证 11010519491231002X 已登记', '11010519491231002X'],
    ['id:110105194912310021,', '110105194912310021'],
    ['电话 13812345678。', '13812345678'],
    ['tel +86 138-1234-5678', '138-1234-5678'],
    ['{"access_token":"abc.def.ghi"}', 'abc.def.ghi'],
    ['GET /api?app_secret=s3cr3t&x=1', 's3cr3t'],
    ['Authorization: Bearer eyJhbGciOi.abc', 'eyJhbGciOi'],
  ])('removes personal data and secrets from %s', (input, leaked) => {
    expect(redactText(input)).not.toContain(leaked);
  });

  it('keeps ordinary text, UUIDs, dates and USCC-length codes with letters', () => {
    const text = '019355b4-7d3e-7c1a-9f00-000000000001 2026-11-28 91350100M000100Y43 第3项';
    expect(redactText(text)).toBe(text);
  });

  it('removes literal secrets, secret keys in values and learned tokens', () => {
    const r = createRedactor({ secrets: ['pa55word!'] });
    r.addSecret('t-learned-later');
    expect(r.text('x pa55word! t-learned-later')).toBe('x [REDACTED] [REDACTED]');
    expect(r.value({ password: 'x', nested: [{ note: '13912345678' }] })).toEqual({ password: '[REDACTED]', nested: [{ note: '[REDACTED-PHONE]' }] });
    expect(r.headers({ Authorization: 'Basic abc', Accept: 'json' })).toEqual({ Authorization: '[REDACTED]', Accept: 'json' });
  });
});
