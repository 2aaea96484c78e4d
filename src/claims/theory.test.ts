import { describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import { eInfinity } from '../theory/e-infinity.js';
import { logMinimaCountEdge } from '../theory/minima-count-edge.js';
import { rateFunction } from '../theory/rate-function.js';
import {
  computeTheoryNumbers,
  judgeTheory,
  PROJECT_THEORY_FORMULAS,
  type TheoryFormulas,
  theoryClaim,
  theoryConfigFor,
} from './theory.js';

const config = theoryConfigFor('ci');

describe('judgeTheory', () => {
  it('holds for the project formulas, with every violation below 1e-9', () => {
    const r = judgeTheory(config, computeTheoryNumbers(config), 1.632993161855452);
    expect(r.verdict).toBe('holds');
    expect(r.statistic.value).toBeLessThanOrEqual(1e-9);
    expect(r.evidence).toHaveLength(3);
    expect(r.evidence[0].E_0).toBeCloseTo(1.657, 3); // ABČ 2013 quote for p = 3
    expect(r.paperComparison?.[0].ours).toBeCloseTo(1.632993161855452, 12);
  });

  it('fails with the jumping constant (a plateau ½log(p−1) − (p−2)/(4(p−1)) as in a misprint of Θ_{k,H})', () => {
    const wrong: TheoryFormulas = {
      ...PROJECT_THEORY_FORMULAS,
      thetaK(u, p, k) {
        const e = eInfinity(p);
        const base = 0.5 * Math.log(p - 1);
        if (u >= -e) return base - (p - 2) / (4 * (p - 1));
        return base - ((p - 2) / (4 * (p - 1))) * u * u - (k + 1) * rateFunction(u, p);
      },
    };
    const r = judgeTheory(config, computeTheoryNumbers(config, wrong));
    expect(r.verdict).toBe('fails');
    expect(r.statistic.value).toBeGreaterThan(0.1);
    expect(r.statistic.name).toContain('continuity');
  });

  it('fails when a level is out of order or Θ_k exceeds Θ_0 (pure judge on altered numbers)', () => {
    const numbers = computeTheoryNumbers(config);
    const swapped = numbers.map((x) => ({ ...x, levels: x.levels.map((l, k) => (k === 4 ? x.levels[3] : l)) }));
    expect(judgeTheory(config, swapped).verdict).toBe('fails'); // a tie E_4 = E_3 is a failure
    const above = numbers.map((x) => ({ ...x, maxThetaKMinusTheta0: 1e-12 }));
    expect(judgeTheory(config, above).verdict).toBe('fails');
    const notFinite = numbers.map((x) => ({ ...x, continuityGapTheta: Number.NaN }));
    expect(judgeTheory(config, notFinite).verdict).toBe('fails');
  });

  it('fails with a wrong formula for the levels (E_k computed with k+2 instead of k+1)', () => {
    const wrong: TheoryFormulas = {
      ...PROJECT_THEORY_FORMULAS,
      criticalLevel: (p, k) => PROJECT_THEORY_FORMULAS.criticalLevel(p, k + 1),
    };
    const r = judgeTheory(config, computeTheoryNumbers(config, wrong));
    expect(r.verdict).toBe('fails');
    expect(r.statistic.name).toContain('Θ_{k=0}(−E_0)');
  });
});

describe('theoryClaim', () => {
  it('evaluates to holds (its figures are drawn by src/report/figures/theory.ts)', async () => {
    const outcome = await theoryClaim.evaluate(config, { run: async () => [] });
    expect(outcome.result.verdict).toBe('holds');
    expect(outcome.figureInput.config).toEqual(config);
    // the paper comparisons of Fig. 1: all critical points (≈ 3e151) and the minima plateau (paper ≈ 2.5e8)
    const minima = outcome.result.paperComparison?.find((c) => c.quantity.startsWith('log10 E Crt_{1000,0}(0)'));
    expect(minima?.ours).toBeCloseTo(logMinimaCountEdge(1000, 3, 0) / Math.LN10, 10);
    expect(minima?.paper).toBeCloseTo(Math.log10(2.5e8), 10);
  });

  it('parseConfig rejects p = 2 (no band) and unknown fields', () => {
    expect(theoryClaim.parseConfig(config)).toEqual(config);
    expect(() => theoryClaim.parseConfig({ ...config, ps: [2, 3] })).toThrow(InputError);
    expect(() => theoryClaim.parseConfig({ ...config, kmax: 0 })).toThrow(/kmax/);
  });
});
