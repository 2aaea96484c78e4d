import { describe, expect, it } from 'vitest';
import { logMinimaCountEdge } from '../../theory/minima-count-edge.js';
import { theoryClaimFigures, theoryCountsFigure } from './theory.js';

describe('theory figures', () => {
  it('draws the three figures (Θ curves, the band, the redrawn Fig. 1 counts)', () => {
    expect(theoryClaimFigures().map((f) => f.file)).toEqual([
      'complexity.svg',
      'complexity-band.svg',
      'critical-point-counts.svg',
    ]);
  });

  it('the redrawn Fig. 1 has the paper’s scale: all critical points reach ≈ 3e151 at Λ = 1000 (log within 3%)', () => {
    const spec = theoryCountsFigure(400).spec as unknown as {
      vconcat: { hconcat: { data: { values: { kind: string; count?: number; series?: string }[] } }[] }[];
    };
    const fullAll = spec.vconcat[0].hconcat[0].data.values.filter((v) => v.series === 'all, exact (finite-N GOE)');
    const top = Math.max(...fullAll.map((v) => v.count as number));
    expect(Math.abs(Math.log10(top) / Math.log10(3e151) - 1)).toBeLessThan(0.03);
    // all, then k = 0…5, each on the full and the zoomed axis
    expect(spec.vconcat).toHaveLength(7);
    const minima = spec.vconcat[1].hconcat[0].data.values;
    const plateau = minima
      .filter((v) => v.series === 'minima, asymptotic (TW_1 edge prefactor)')
      .map((v) => v.count as number);
    expect(Math.log10(Math.max(...plateau))).toBeCloseTo(logMinimaCountEdge(1000, 3, 0) / Math.LN10, 6);
    // the Monte Carlo of each index panel is drawn, and the paper's reach is drawn beside it
    for (let k = 0; k <= 5; k++) {
      const values = spec.vconcat[1 + k].hconcat[0].data.values;
      expect(values.some((v) => v.series?.startsWith('finite-N Monte Carlo'))).toBe(true);
      expect(values.some((v) => v.series === 'paper: low-index y reach ≈ 2.5e8')).toBe(true);
    }
  });
});
