/**
 * The checks both network annealers (coordinate-annealing.ts, ternary-annealing.ts) make of their schedule: a budget
 * of whole loss evaluations, at least the start, and geometric cooling from T0 down to T_end with 0 < T_end ≤ T0
 * (so that ρ = (T_end/T0)^(1/(K−1)) is a real number in (0, 1]).
 */
export function checkAnnealingSchedule(budget: number, initialTemperature: number, finalTemperature: number): void {
  if (!Number.isInteger(budget) || budget < 1) throw new RangeError(`budget must be an integer ≥ 1, got ${budget}`);
  if (!(initialTemperature > 0) || !(finalTemperature > 0) || !(finalTemperature <= initialTemperature))
    throw new RangeError('temperatures must satisfy 0 < T_end ≤ T0');
}
