import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const VALID = ['91350100M000100Y43', '9144030071526726XG', '11010519491231002X'];

describe('order75 id', () => {
  it('accepts the reference vectors and exits 0', async () => {
    const r = await run(['id', ...VALID]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    expect(r.stdout).toContain('统一社会信用代码');
    expect(r.stdout).toContain('公民身份号码');
  });

  it('never prints a resident ID in full', async () => {
    const r = await run(['id', '11010519491231002X']);
    expect(r.stdout).not.toContain('11010519491231002X');
    expect(r.stdout).toContain('1101**********002X');
  });

  for (const uscc of VALID.slice(0, 2)) {
    it(`exits 1 for every single-character change of ${uscc}`, async () => {
      const mutants: string[] = [];
      for (let i = 0; i < uscc.length; i++) {
        for (const c of CHARSET) if (c !== uscc[i]) mutants.push(uscc.slice(0, i) + c + uscc.slice(i + 1));
      }
      for (const mutant of mutants) {
        const r = await run(['id', mutant]);
        expect(r.code, mutant).toBe(1);
        expect(r.stdout, mutant).toMatch(/无效/);
      }
    });
  }

  it('explains the failure in English with --lang en', async () => {
    const r = await run(['id', '91350100M000100Y44', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/invalid: .*check character should be 3/);
  });

  it('rejects an unknown --lang with exit 2', async () => {
    const r = await run(['id', '91350100M000100Y43', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang');
  });
});
