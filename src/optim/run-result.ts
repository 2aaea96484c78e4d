/**
 * The outcome of one optimizer run, shared by gradient descent, SGD and simulated annealing, and the
 * halting-time record: for each threshold of a list, the first iteration at which the (scaled) Riemannian
 * gradient norm fell below it.
 */
import type { Landscape } from '../landscape/landscape.js';

export interface HaltingTime {
  /** A threshold on the scaled Riemannian gradient norm ‖grad_R f‖ / √energyScale (see {@link gradientScale}). */
  threshold: number;
  /** The first iteration (steps taken so far; 0 = at the start) with scaled norm < threshold, or null if never. */
  iteration: number | null;
}

export interface OptimizerRun {
  /** The final point (a fresh array owned by the caller). */
  point: Float64Array;
  /** f at the final point. */
  energy: number;
  /** energy / landscape.energyScale (H/N for the spin glass). */
  scaledEnergy: number;
  /** ‖grad_R f‖ at the final point, unscaled (the Euclidean norm of the tangent-projected gradient). */
  gradNorm: number;
  /** Steps taken (accepted or not, for annealing: proposals made). */
  iterations: number;
  /** Evaluations of f (a value-and-gradient call counts as one energy and one gradient evaluation). */
  energyEvaluations: number;
  /** Evaluations of ∇f (a component gradient of a P-component landscape counts 1/P). */
  gradientEvaluations: number;
  haltingTimes: HaltingTime[];
  /** Whether the run stopped because the scaled gradient norm fell below the tolerance. */
  converged: boolean;
  /** Present when the run stopped on a non-finite value; says what went non-finite and when. */
  diverged?: string;
}

/**
 * The scale that makes a gradient norm size-free: √energyScale. For the spin glass (energyScale = N,
 * H = O(N), Euclidean gradient components O(1)) ‖grad H‖ ~ √N, so ‖grad H‖/√N is O(1) at every N and one
 * tolerance works for every size. For networks (energyScale = 1) the norm is used as it is.
 */
export function gradientScale(landscape: Landscape): number {
  return Math.sqrt(landscape.energyScale);
}

/**
 * Records, for each threshold, the first iteration at which the scaled gradient norm was below it.
 * Call {@link HaltingTimeRecorder.observe} once per iteration with increasing iterations.
 */
export class HaltingTimeRecorder {
  private readonly thresholds: number[];
  private readonly iterations: (number | null)[];
  /** Index of the largest threshold not yet reached (thresholds sorted descending internally). */
  private readonly order: number[];
  private next = 0;

  constructor(thresholds: readonly number[]) {
    for (const t of thresholds) {
      if (!(t > 0) || !Number.isFinite(t)) throw new RangeError(`halting thresholds must be positive, got ${t}`);
    }
    this.thresholds = [...thresholds];
    this.iterations = thresholds.map(() => null);
    this.order = this.thresholds.map((_, i) => i).sort((a, b) => this.thresholds[b] - this.thresholds[a]);
  }

  /** Note that at `iteration` the scaled norm was `scaledNorm`. */
  observe(iteration: number, scaledNorm: number): void {
    while (this.next < this.order.length) {
      const i = this.order[this.next];
      if (!(scaledNorm < this.thresholds[i])) return;
      this.iterations[i] = iteration;
      this.next++;
    }
  }

  /** The record, in the order the thresholds were given. */
  result(): HaltingTime[] {
    return this.thresholds.map((threshold, i) => ({ threshold, iteration: this.iterations[i] }));
  }
}
