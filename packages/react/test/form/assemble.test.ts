import { describe, expect, it } from 'vitest';
import { pruneEmpty, pruneRows } from '../../src/form/assemble';

describe('pruneEmpty', () => {
  it('drops undefined, null, empty strings, empty objects and empty arrays, deeply', () => {
    expect(pruneEmpty({ a: '', b: undefined, c: null, d: {}, e: [], f: { g: '' }, h: [{}, 'x'], i: 0, j: false })).toEqual({ h: ['x'], i: 0, j: false });
    expect(pruneEmpty({})).toBeUndefined();
  });

  it('keeps one (possibly empty) object per table row', () => {
    expect(pruneRows([{ rowId: 'a', note: '' }, { note: '' }])).toEqual([{ rowId: 'a' }, {}]);
  });
});
