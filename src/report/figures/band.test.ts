import { describe, expect, it } from 'vitest';
import { syntheticSpinRecords } from '../../claims/null-models/synthetic-records.js';
import { firstLandscapeOfEachSize } from './band.js';

describe('band figures', () => {
  it('draws the energy histogram for the first landscape of each N only (the paper’s Fig. 3)', () => {
    const records = syntheticSpinRecords([20, 30, 40, 50], 60, 's1', (n, _r, z) => -1.633 + (0.5 / Math.sqrt(n)) * z, {
      landscapes: 10,
    });
    const first = firstLandscapeOfEachSize(records);
    expect(first).toHaveLength(4 * 6);
    expect(new Set(first.map((r) => r.landscape))).toEqual(new Set([0]));
  });
});
