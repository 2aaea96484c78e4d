/**
 * The plateau record of an annealing run (issue 10: "annealing that anneals"): the energy after each tenth of the
 * budget, and the relative drop over the last fifth, (E(0.8·B) − E(B)) / |E(0.8·B)|. A run whose last fifth lowers
 * the energy by less than PLATEAU_TOLERANCE = 2 % has reached its plateau: more budget at the schedule's end would
 * buy little. The curve is the current (not the best) energy, the one the paper compares.
 */

/** Points of the loss-versus-budget curve: after 0, 1/10, …, 10/10 of the budget. */
export const CURVE_POINTS = 11;
export const PLATEAU_TOLERANCE = 0.02;

/** The evaluation counts (1 … budget) after which the curve's points are taken: max(1, round(i·B/10)). */
export function curveCheckpoints(budget: number): number[] {
  return Array.from({ length: CURVE_POINTS }, (_, i) => Math.max(1, Math.round((i * budget) / (CURVE_POINTS - 1))));
}

/** Records the energy whenever the evaluation count passes a checkpoint. */
export class CurveRecorder {
  readonly curve: number[] = [];
  private readonly checkpoints: number[];
  constructor(budget: number) {
    this.checkpoints = curveCheckpoints(budget);
  }
  /** Whether a checkpoint ≤ evaluations is still to be recorded (so the caller computes the energy only then). */
  due(evaluations: number): boolean {
    return this.curve.length < CURVE_POINTS && this.checkpoints[this.curve.length] <= evaluations;
  }
  /** Call after each evaluation with the evaluations made so far and the current energy. */
  record(evaluations: number, energy: number): void {
    while (this.curve.length < CURVE_POINTS && this.checkpoints[this.curve.length] <= evaluations) {
      this.curve.push(energy);
    }
  }
}

/** (E(0.8·B) − E(B)) / |E(0.8·B)| of a full curve (0 when E(0.8·B) = 0). */
export function plateauDrop(curve: readonly number[]): number {
  if (curve.length !== CURVE_POINTS)
    throw new RangeError(`a loss curve has ${CURVE_POINTS} points, got ${curve.length}`);
  const at80 = curve[8];
  const end = curve[10];
  return at80 === 0 ? 0 : (at80 - end) / Math.abs(at80);
}
