import { describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import { PAPER_MATCHED_LEARNING_RATE, PAPER_STEP_SUM, paperMatchedSchedule, stepSum } from './sgd-schedule.js';

describe('SGD schedules', () => {
  it("the paper's step sum is 0.01 · 60,000 · ln 201 ≈ 3,182", () => {
    expect(PAPER_STEP_SUM).toBeCloseTo(3181.98, 2);
    expect(PAPER_MATCHED_LEARNING_RATE).toBe(0.075);
  });

  it('stepSum is the integral of γ0/(1+t/H) and close to the discrete sum', () => {
    let discrete = 0;
    for (let t = 0; t < 50_000; t++) discrete += 0.075 / (1 + t / 1000);
    // The integral undercounts the left Riemann sum by at most γ0 (the first step).
    expect(discrete - stepSum(0.075, 1000, 50_000)).toBeGreaterThan(0);
    expect(discrete - stepSum(0.075, 1000, 50_000)).toBeLessThan(0.075);
  });

  it("is the paper's schedule in epochs on 8,000 digits for 200 epochs (H = 8,000)", () => {
    expect(paperMatchedSchedule(8000, 200)).toEqual({ learningRate: 0.075, decayHorizon: 8000 });
  });

  it('matches the step sum on other train sizes and epoch counts (H grows as T shrinks)', () => {
    let previous = 0;
    for (const [n, epochs] of [
      [8000, 400],
      [8000, 200],
      [4000, 200],
      [2000, 200],
      [1000, 200],
    ]) {
      const s = paperMatchedSchedule(n, epochs);
      expect(s.learningRate).toBe(0.075);
      expect(stepSum(s.learningRate, s.decayHorizon, n * epochs) / PAPER_STEP_SUM).toBeCloseTo(1, 3);
      expect(s.decayHorizon).toBeGreaterThan(previous);
      previous = s.decayHorizon;
    }
  });

  it('refuses runs too short to reach the step sum', () => {
    expect(() => paperMatchedSchedule(1000, 40)).toThrow(InputError);
  });
});
