import { describe, expect, it } from 'vitest';
import { placeIssues } from '../../src/validation/placeIssues';

describe('placeIssues', () => {
  const issues = [
    { instancePath: '/date', field: { zh: '检查日期', en: 'Check date' }, message: { zh: '检查日期：缺少必填项「检查日期」，请填写', en: 'Check date: Check date is required; fill it in' }, source: 'schema', level: 'error' as const },
    { instancePath: '/inspector/name', field: { zh: '检查人 › 姓名', en: 'Inspector › Name' }, message: { zh: '检查人 › 姓名：不能为空', en: 'Inspector › Name: must not be empty' }, source: 'schema', level: 'error' as const },
    { instancePath: '/items/3/measure', field: { zh: '检查项 › 第 4 项 › 采取的防范措施', en: 'Items › item 4 › Immediate measure' }, message: { zh: '发现隐患时必须填写防范措施', en: 'a hazard needs an immediate measure' }, source: 'art10.hazard-no-measure', level: 'error' as const },
    { instancePath: '/items/5', message: { zh: '第 6 项缺少结果', en: 'item 6 has no result' }, source: 'schema', level: 'error' as const },
  ];

  it('sends header issues to rjsf and row issues to the table, without the repeated field label inline', () => {
    const placed = placeIssues(issues, 'zh-CN', 'items');
    expect(placed.errorSchema).toEqual({
      date: { __errors: ['缺少必填项「检查日期」，请填写'] },
      inspector: { name: { __errors: ['不能为空'] } },
    });
    expect(placed.rows.get(3)).toEqual({ measure: ['发现隐患时必须填写防范措施'] });
    expect(placed.rows.get(5)).toEqual({ '': ['第 6 项缺少结果'] });
  });

  it('links every issue to the element that shows it, with the full message', () => {
    const placed = placeIssues(issues, 'en', 'items');
    expect(placed.linked.map((l) => l.targetId)).toEqual(['root_date', 'root_inspector_name', 'o75-items-3-measure', 'o75-items-5']);
    expect(placed.linked[0]?.text).toBe('Check date: Check date is required; fill it in');
  });
});
