import { describe, expect, it } from 'vitest';
import { randomDataset } from '../../test/helpers/test-networks.js';
import { createRng } from '../random/rng.js';
import { createArchitecture } from './architecture.js';
import { checkAnnealingSchedule } from './check-annealing-schedule.js';
import { coordinateAnnealing } from './coordinate-annealing.js';
import { ternaryAnnealing } from './ternary-annealing.js';

/** The error a call throws (undefined if it returns). */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('checkAnnealingSchedule', () => {
  it('refuses a budget that is not a whole number ≥ 1, naming the value', () => {
    for (const budget of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = thrown(() => checkAnnealingSchedule(budget, 0.1, 1e-4));
      expect(error).toBeInstanceOf(RangeError);
      expect((error as RangeError).message).toBe(`budget must be an integer ≥ 1, got ${budget}`);
    }
  });

  it('refuses temperatures outside 0 < T_end ≤ T0', () => {
    for (const [t0, t1] of [
      [0, 0],
      [-0.1, 1e-4],
      [0.1, 0],
      [0.1, -1e-4],
      [1e-4, 0.1],
      [Number.NaN, 1e-4],
      [0.1, Number.NaN],
    ]) {
      const error = thrown(() => checkAnnealingSchedule(10, t0, t1));
      expect(error, `T0 = ${t0}, T_end = ${t1}`).toBeInstanceOf(RangeError);
      expect((error as RangeError).message).toBe('temperatures must satisfy 0 < T_end ≤ T0');
    }
  });

  it('accepts a good schedule, including budget 1 (the start alone) and T_end = T0 (constant temperature)', () => {
    for (const [budget, t0, t1] of [
      [1, 0.1, 1e-4],
      [100_000, 3e-3, 5e-4],
      [10, 0.5, 0.5],
    ]) {
      expect(() => checkAnnealingSchedule(budget, t0, t1)).not.toThrow();
    }
  });

  it('both network annealers refuse a bad schedule with its messages and run a good one', () => {
    const data = randomDataset('multiclass', 5, 3, 'schedule');
    const arch = createArchitecture([2], 'multiclass', 3);
    const start = new Float64Array(arch.parameterCount);
    const coordinate = (budget: number, t0: number, t1: number) => () =>
      coordinateAnnealing(arch, data, start, {
        budget,
        initialTemperature: t0,
        finalTemperature: t1,
        proposalScale: 1,
        adaptProposal: true,
        rng: createRng('p'),
      });
    const ternary = (budget: number, t0: number, t1: number) => () =>
      ternaryAnnealing(arch, data, {
        budget,
        initialTemperature: t0,
        finalTemperature: t1,
        scale: 'none',
        initRng: createRng('i'),
        rng: createRng('p'),
      });
    for (const run of [coordinate, ternary]) {
      expect(run(0, 0.1, 1e-4)).toThrow(new RangeError('budget must be an integer ≥ 1, got 0'));
      expect(run(10, 1e-4, 0.1)).toThrow(new RangeError('temperatures must satisfy 0 < T_end ≤ T0'));
      expect(run(10, 0.1, 1e-4)).not.toThrow();
    }
  });
});
