import { describe, expect, it } from 'vitest';
import { runIdentity, sizeFacet } from './size-facet.js';

describe('size facet and run identity', () => {
  it('a facet in the given order, untitled, each panel headed "label = value" (the label JSON-quoted)', () => {
    expect(sizeFacet('size', [25, 100], 'n1')).toEqual({
      field: 'size',
      type: 'ordinal',
      sort: [25, 100],
      title: null,
      header: { labelExpr: '"n1 = " + datum.value' },
    });
    expect(sizeFacet('group', ['a'], 'say "N"').header.labelExpr).toBe('"say \\"N\\" = " + datum.value');
  });

  it('names only the run and seed a row has', () => {
    expect(runIdentity({ run: 0, seed: 'abc' })).toEqual({ run: 0, seed: 'abc' });
    expect(runIdentity({ seed: 7 })).toEqual({ seed: 7 });
    expect(Object.keys(runIdentity({}))).toEqual([]);
  });
});
