import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { pairedNonInferiorityTest } from './paired-non-inferiority-test.js';

describe('pairedNonInferiorityTest', () => {
  it('matches scipy ttest_rel / ttest_1samp (alternative="less")', () => {
    const x = [1, 2, 3, 5];
    const y = [1.5, 2.1, 3.9, 5.2];
    const r = pairedNonInferiorityTest(x, y, 0);
    expect(r.t).toBeCloseTo(-2.365068368376859, 10);
    expect(r.pValue).toBeCloseTo(0.049472298477012046, 8);
    expect(r.df).toBe(3);
    expect(r.sd).toBeCloseTo(0.3593976442141303, 12);
    const m = pairedNonInferiorityTest(x, y, -0.1, 0.9);
    expect(m.t).toBeCloseTo(-1.8085816934646572, 10);
    expect(m.pValue).toBeCloseTo(0.08411449763692345, 8);
    expect(m.upperConfidenceBound).toBeCloseTo(-0.13069926872829457, 8);
  });

  it('depends on the pairs only through their differences (a shared per-pair effect cancels)', () => {
    const rng = createRng('paired-shift');
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 6, maxLength: 6 }),
        (shift) => {
          const x = Array.from(rng.fillNormal(new Float64Array(6)));
          const y = Array.from(rng.fillNormal(new Float64Array(6)));
          const a = pairedNonInferiorityTest(x, y, 0.2);
          const b = pairedNonInferiorityTest(
            x.map((v, i) => v + shift[i]),
            y.map((v, i) => v + shift[i]),
            0.2,
          );
          expect(b.pValue).toBeCloseTo(a.pValue, 6);
        },
      ),
      { seed: 7, numRuns: 50 },
    );
  });

  it('rejects at α = 1 − confidence exactly when the upper confidence bound is below the margin', () => {
    const rng = createRng('paired-duality');
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: 0.8, max: 0.99, noNaN: true }),
        (margin, conf) => {
          const x = rng.fillNormal(new Float64Array(9));
          const y = rng.fillNormal(new Float64Array(9));
          const r = pairedNonInferiorityTest(x, y, margin, conf);
          fc.pre(Math.abs(r.upperConfidenceBound - margin) > 1e-9);
          expect(r.pValue < 1 - conf).toBe(r.upperConfidenceBound < margin);
        },
      ),
      { seed: 102, numRuns: 100 },
    );
  });

  it('has false-alarm rate ≈ α = 0.05 at the boundary μ_d = margin (2000 replicates)', () => {
    // Rejections ~ Binomial(2000, 0.05): band [60, 140] is ±4.1 sd (false alarm ≈ 4e-5).
    const rng = createRng('paired-null');
    let rejections = 0;
    for (let rep = 0; rep < 2000; rep++) {
      const common = rng.fillNormal(new Float64Array(10), 3); // a large shared effect per pair
      const x = rng.fillNormal(new Float64Array(10)).map((v, i) => v + common[i] + 0.5);
      const y = rng.fillNormal(new Float64Array(10)).map((v, i) => v + common[i]);
      if (pairedNonInferiorityTest(x, y, 0.5).pValue < 0.05) rejections++;
    }
    expect(rejections).toBeGreaterThan(60);
    expect(rejections).toBeLessThan(140);
  });

  it('rejects unequal lengths, constant differences and a non-finite margin', () => {
    expect(() => pairedNonInferiorityTest([1, 2, 3], [1, 2], 0)).toThrow(RangeError);
    expect(() => pairedNonInferiorityTest([1, 2, 3], [0, 1, 2], 0)).toThrow(RangeError);
    expect(() => pairedNonInferiorityTest([1, 2], [1, 3], Number.NaN)).toThrow(RangeError);
  });
});
