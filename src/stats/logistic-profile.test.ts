import { describe, expect, it } from 'vitest';
import { logLikelihood, profileLogLikelihood, softplus } from './logistic-profile.js';

describe('logistic-profile helpers', () => {
  it('softplus is log(1 + eˣ) without overflow', () => {
    for (const x of [-30, -1, 0, 2, 30]) expect(softplus(x)).toBeCloseTo(Math.log1p(Math.exp(x)), 14);
    expect(softplus(1000)).toBe(1000);
  });

  it('profile maximiser sets the score to zero: Σ y = Σ n π', () => {
    const rows = { d: Float64Array.of(-1, 0, 1), y: Float64Array.of(7, 4, 1), n: Float64Array.of(10, 10, 10) };
    const { c, logLik } = profileLogLikelihood(rows, 0.8, 0);
    let expected = 0;
    for (let i = 0; i < 3; i++) expected += rows.n[i] / (1 + Math.exp(-(c - 0.8 * rows.d[i])));
    expect(Math.abs(expected - 12)).toBeLessThan(1e-10);
    expect(logLik).toBe(logLikelihood(rows, c, 0.8));
    expect(logLik).toBeGreaterThanOrEqual(logLikelihood(rows, c + 1e-3, 0.8));
  });
});
