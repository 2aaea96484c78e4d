import { describe, expect, it } from 'vitest';
import { compareGolden, formatGoldenTable } from './compare-golden.js';
import { EXACT, ROUNDING, withinTolerance } from './golden-entry.js';

describe('golden comparison', () => {
  it('passes rounding-level changes and flags real ones', () => {
    expect(withinTolerance(1.5, 1.5 * (1 + 1e-12), ROUNDING)).toBe(true);
    expect(withinTolerance(1.5, 1.5 * (1 + 1e-6), ROUNDING)).toBe(false);
    expect(withinTolerance(3, 3, EXACT)).toBe(true);
    expect(withinTolerance(3, 4, EXACT)).toBe(false);
    expect(withinTolerance(null, null, EXACT)).toBe(true);
    expect(withinTolerance(null, 0, EXACT)).toBe(false);
  });

  it('reports moved, missing and new keys', () => {
    const stored = [
      { key: 'a', value: 1, tolerance: ROUNDING },
      { key: 'b', value: 2, tolerance: EXACT },
      { key: 'c', value: 3, tolerance: EXACT },
    ];
    const fresh = [
      { key: 'a', value: 1 + 1e-13, tolerance: ROUNDING },
      { key: 'b', value: 5, tolerance: EXACT },
      { key: 'd', value: 4, tolerance: EXACT },
    ];
    const rows = compareGolden(stored, fresh);
    expect(rows.map((r) => [r.key, r.status])).toEqual([
      ['a', 'ok'],
      ['b', 'moved'],
      ['c', 'missing'],
      ['d', 'new'],
    ]);
    expect(rows[1].change).toBe(3);
    const table = formatGoldenTable(rows);
    expect(table).toContain('moved');
    expect(table).toContain('3 of 4 numbers moved, missing or new');
    expect(table).not.toMatch(/^ok /m);
  });
});
