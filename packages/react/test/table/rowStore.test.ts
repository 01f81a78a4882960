import { describe, expect, it } from 'vitest';
import { createRowStore } from '../../src/table/rowStore';

describe('row store', () => {
  it('replaces one row and keeps the identity of the others', () => {
    const store = createRowStore([{ n: 1 }, { n: 2 }, { n: 3 }]);
    const before = store.get();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.update(1, (r) => ({ ...r, n: 20 }));
    const after = store.get();
    expect(after).not.toBe(before);
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).toEqual({ n: 20 });
    expect(calls).toBe(1);
    store.update(0, (r) => r);
    store.update(9, (r) => r);
    expect(calls).toBe(1);
    off();
    store.set([]);
    expect(calls).toBe(1);
    expect(store.get()).toEqual([]);
  });
});
