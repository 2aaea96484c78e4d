import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { nonInferiorityTest } from './non-inferiority-test.js';
import { welchTTest } from './welch-t-test.js';

describe('nonInferiorityTest', () => {
  it('with margin 0 equals the one-sided Welch test (H1: μx < μy)', () => {
    const x = [2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8];
    const y = [1.0, 1.5, 2.2, 0.7, 1.9, 2.5];
    expect(nonInferiorityTest(x, y, 0).pValue).toBe(welchTTest(x, y).pValueLess);
  });

  it('rejects at α = 1 − confidence exactly when the upper confidence bound is below the margin', () => {
    const rng = createRng('non-inferiority-duality');
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: 0.8, max: 0.99, noNaN: true }),
        (margin, conf) => {
          const x = rng.fillNormal(new Float64Array(10));
          const y = rng.fillNormal(new Float64Array(12), 2);
          const r = nonInferiorityTest(x, y, margin, conf);
          fc.pre(Math.abs(r.upperConfidenceBound - margin) > 1e-9);
          expect(r.pValue < 1 - conf).toBe(r.upperConfidenceBound < margin);
        },
      ),
      { seed: 101, numRuns: 100 },
    );
  });

  it('has false-alarm rate ≈ α = 0.05 at the boundary μx − μy = margin (2000 replicates)', () => {
    // Rejections ~ Binomial(2000, ≈0.05): band [60, 140] is ±4.1 sd (false alarm ≈ 4e-5).
    const rng = createRng('non-inferiority-null');
    let rejections = 0;
    for (let rep = 0; rep < 2000; rep++) {
      const x = rng.fillNormal(new Float64Array(10)).map((v) => v + 0.5);
      const y = rng.fillNormal(new Float64Array(20), 2);
      if (nonInferiorityTest(x, y, 0.5).pValue < 0.05) rejections++;
    }
    expect(rejections).toBeGreaterThan(60);
    expect(rejections).toBeLessThan(140);
  });

  it('rejects a non-finite margin', () => {
    expect(() => nonInferiorityTest([1, 2], [1, 3], Number.NaN)).toThrow(RangeError);
  });
});
