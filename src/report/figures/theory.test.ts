import { describe, expect, it } from 'vitest';
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
    const spec = theoryCountsFigure().spec as unknown as {
      vconcat: { hconcat: { data: { values: { kind: string; count?: number; series?: string }[] } }[] }[];
    };
    const fullAll = spec.vconcat[0].hconcat[0].data.values.filter((v) => v.series === 'all, exact (finite-N GOE)');
    const top = Math.max(...fullAll.map((v) => v.count as number));
    expect(Math.abs(Math.log10(top) / Math.log10(3e151) - 1)).toBeLessThan(0.03);
    expect(spec.vconcat).toHaveLength(2);
    expect(spec.vconcat[1].hconcat[1].data.values.some((v) => v.series === 'minima (k = 0)*')).toBe(true);
  });
});
