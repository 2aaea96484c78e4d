import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hingeLoss, softmaxNll } from './loss.js';

describe('softmaxNll', () => {
  it('equals the naive formula −log(exp z_y / Σ exp z_k) on moderate logits, and δ = p − e_y sums to 0', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 0, max: 9 }),
        (z, y) => {
          const logits = Float64Array.from(z);
          const probs = new Float64Array(10);
          const delta = new Float64Array(10);
          const loss = softmaxNll(logits, y, probs, delta);
          const naive = -Math.log(Math.exp(z[y]) / z.reduce((s, v) => s + Math.exp(v), 0));
          expect(Math.abs(loss - naive)).toBeLessThan(1e-12 * (1 + Math.abs(naive)));
          expect(Math.abs(delta.reduce((s, v) => s + v, 0))).toBeLessThan(1e-14);
        },
      ),
      { seed: 11, numRuns: 100 },
    );
  });

  it('is finite and exact for logits of ±1000', () => {
    const logits = new Float64Array(10).fill(-1000);
    logits[3] = 1000;
    const probs = new Float64Array(10);
    const delta = new Float64Array(10);
    // Correct class has the huge logit: loss = log(1 + 9 e^{−2000}) = 0.
    expect(softmaxNll(logits, 3, probs, delta)).toBe(0);
    // Wrong class: loss = 2000 + log(1 + 9 e^{−2000}) = 2000.
    expect(softmaxNll(logits, 0, probs, delta)).toBe(2000);
    expect(delta[0]).toBe(-1);
    expect(delta[3]).toBe(1);
    const all = new Float64Array(10).fill(1000);
    expect(softmaxNll(all, 5, probs, delta)).toBeCloseTo(Math.log(10), 12);
  });
});

describe('hingeLoss', () => {
  it('is max(0, 1 − y f) with derivative −y inside the margin and 0 outside', () => {
    const d = new Float64Array(1);
    expect(hingeLoss(Float64Array.of(0.25), 1, d)).toBe(0.75);
    expect(d[0]).toBe(-1);
    expect(hingeLoss(Float64Array.of(0.25), -1, d)).toBe(1.25);
    expect(d[0]).toBe(1);
    expect(hingeLoss(Float64Array.of(3), 1, d)).toBe(0);
    expect(d[0]).toBe(0);
  });
});
