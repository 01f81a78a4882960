import { describe, expect, it } from 'vitest';
import { sampleRecord } from '@order75/adapter-kit/testing';
import { dialectFor, generateDdl, tablesOf, type SqlDialectName } from '../src/index';
import { childRows, parentRow, prepare } from '../src/rows';

const dialects: SqlDialectName[] = ['mssql', 'postgres', 'mysql'];

describe.each(dialects)('%s statements (golden files)', (name) => {
  const dialect = dialectFor(name, name === 'mysql' ? undefined : 'order75');

  it('DDL for all 17 record types', async () => {
    await expect(generateDdl(dialect)).toMatchFileSnapshot(`golden/${name}.ddl.sql`);
  });

  it('upsert of two daily checks, with their child rows', async () => {
    const [parent, ...children] = tablesOf('daily-check', 'o75_');
    const a = prepare(sampleRecord('daily-check'));
    const b = prepare({ ...sampleRecord('daily-check'), id: '0193a5b0-7c00-7000-8000-0000000000ff' });
    const statements = [
      ...dialect.upsert(parent!, [parentRow(parent!, a, 1, dialect), parentRow(parent!, b, 2, dialect)]),
      ...children.map((c) => dialect.deleteChildren(c, [a.record.id, b.record.id])),
      ...children.flatMap((c) => dialect.insert(c, [...childRows(c, a, dialect), ...childRows(c, b, dialect)])),
    ];
    const text = statements.map((s) => `${s.sql}${s.sql.endsWith(';') ? '' : ';'}\n-- ${s.params.length} parameters`).join('\n\n');
    await expect(`${text}\n`).toMatchFileSnapshot(`golden/${name}.upsert-daily-check.sql`);
    for (const s of statements) {
      // Values travel only as parameters: no record text is spliced into the statement.
      expect(s.sql).not.toContain('DROP TABLE');
      expect(s.sql).not.toContain('赵六');
    }
  });
});

describe('SQL Server specifics', () => {
  const d = dialectFor('mssql');
  it('uses MERGE with a revision guard, NVARCHAR text and at most 2 000 parameters per statement', () => {
    const [parent] = tablesOf('daily-check', 'o75_');
    const rows = Array.from({ length: 300 }, (_, i) => parentRow(parent!, prepare({ ...sampleRecord('daily-check'), id: `0193a5b0-7c00-7000-8000-${String(i).padStart(12, '0')}` }), i, d));
    const statements = d.upsert(parent!, rows);
    expect(statements.length).toBeGreaterThan(1);
    for (const s of statements) {
      expect(s.params.length).toBeLessThanOrEqual(2000);
      expect(s.sql).toMatch(/^MERGE INTO \[dbo\]\.\[o75_daily_check\] WITH \(HOLDLOCK\)/);
      expect(s.sql).toContain('WHEN MATCHED AND (s.[revision] > t.[revision]');
    }
    expect(statements.reduce((n, s) => n + s.params.length, 0)).toBe(300 * (parent!.columns.length - 1));
    expect(generateDdl(d)).toContain('[o75_remarks] NVARCHAR(4000)');
  });
});
