import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { brownForsytheTest } from './brown-forsythe-test.js';

describe('brownForsytheTest', () => {
  it('with equal group sizes, t² equals scipy.stats.levene(center="median") (W = 1.458)', () => {
    const x = [2.1, 3.4, 1.9, 5.6, 4.4, 3.3];
    const y = [1.0, 1.5, 2.2, 0.7, 1.9, 2.5];
    const r = brownForsytheTest(x, y);
    expect(Math.abs(r.t * r.t - 1.4580000000000004)).toBeLessThan(1e-12);
    expect(r.spreadX).toBeCloseTo((1.25 + 0.05 + 1.45 + 2.25 + 1.05 + 0.05) / 6, 14);
  });

  it('has false-alarm rate ≈ 0.05 for heavy-tailed data with equal spreads (2000 replicates, n = 20)', () => {
    // Data: Student-t-like (normal / √(χ²₃/3)). Rejections ~ Binomial(2000, q) with q ≈ 0.05 (the test is
    // approximate; simulated q ∈ [0.035, 0.065]). Band [40, 160] is beyond ±4 sd for such q.
    const rng = createRng('brown-forsythe-null');
    const draw = () => {
      const c = rng.normal() ** 2 + rng.normal() ** 2 + rng.normal() ** 2;
      return rng.normal() / Math.sqrt(c / 3);
    };
    let rejections = 0;
    for (let rep = 0; rep < 2000; rep++) {
      const x = Array.from({ length: 20 }, draw);
      const y = Array.from({ length: 20 }, draw);
      if (brownForsytheTest(x, y).pValueGreater < 0.05) rejections++;
    }
    expect(rejections).toBeGreaterThan(40);
    expect(rejections).toBeLessThan(160);
  });

  it('detects a 3× wider spread (n = 30 per group; power at α = 0.01 is > 0.99 here, so this is not seed luck)', () => {
    const rng = createRng('brown-forsythe-power');
    const x = rng.fillNormal(new Float64Array(30), 3);
    const y = rng.fillNormal(new Float64Array(30), 1);
    expect(brownForsytheTest(x, y).pValueGreater).toBeLessThan(0.01);
  });
});
