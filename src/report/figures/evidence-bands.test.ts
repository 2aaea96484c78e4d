import { describe, expect, it } from 'vitest';
import type { EvidenceRow } from '../../claims/claim-result.js';
import { evidenceBands } from './evidence-bands.js';

describe('evidenceBands', () => {
  it('keeps the rows of one part in order and reads y and the band from the named columns', () => {
    const evidence: EvidenceRow[] = [
      { part: 'a', size: 10, share: 0.5, lo: 0.4, hi: 0.6 },
      { part: 'b', size: 10, share: 0.9, lo: 0.8, hi: 1 },
      { part: 'a', size: 20, share: 0.25, lo: 0.1, hi: 0.3 },
      { part: 'test', size: null, name: 'x' },
    ];
    expect(evidenceBands(evidence, 'a', { y: 'share', lower: 'lo', upper: 'hi' }, 'share (95 %)')).toEqual([
      { x: 10, y: 0.5, lower: 0.4, upper: 0.6, series: 'share (95 %)' },
      { x: 20, y: 0.25, lower: 0.1, upper: 0.3, series: 'share (95 %)' },
    ]);
  });

  it('gives no points for a part without rows', () => {
    expect(
      evidenceBands([{ part: 'a', size: 1, y: 1, l: 0, u: 2 }], 'b', { y: 'y', lower: 'l', upper: 'u' }, 's'),
    ).toEqual([]);
  });
});
