/**
 * Stochastic gradient descent on a landscape that is a sum of P components (the spin glass's coupling sample
 * J = Σ_k J^(k), each sub-sample of variance 1/P), followed by a full-landscape gradient-descent polish.
 *
 * Step t (t = 0, 1, …) uses component k = t mod P, in the order of the authors' code (Sagun et al.,
 * `3-spin-glass-landscape`, sgd.lua, used for section 6 of the paper):
 *
 *   w_{t+1} = R_{w_t}(−γ_t · P_w ∇H_k(w_t)),   γ_t = γ0 / (1 + decay · t).
 *
 * The component gradient is used as it is (not multiplied by P), as in the authors' code: one epoch of P steps
 * then moves about as far as one full gradient step with the same γ. After the SGD steps, gradient descent on the
 * full landscape ({@link gradientDescent}) runs to a critical point, so the result is comparable with plain GD.
 */

import type { StochasticLandscape } from '../landscape/landscape.js';
import { DEFAULT_GD_OPTIONS, type GradientDescentOptions, gradientDescent } from './gradient-descent.js';
import type { OptimizerRun } from './run-result.js';

export interface StochasticGradientDescentOptions {
  /** γ0 of the SGD phase. */
  learningRate: number;
  /** γ_t = γ0 / (1 + decay · t), t counting SGD steps. */
  decay: number;
  /** Number of epochs of P steps each (the SGD phase takes epochs·P steps). */
  epochs: number;
  /** Options of the full-landscape gradient-descent polish (its halting times are reported). */
  polish: GradientDescentOptions;
}

/**
 * Defaults: γ0 = 0.1, no decay (as {@link DEFAULT_GD_OPTIONS}), 100 epochs, then the default GD polish.
 * The authors used 500 epochs with γ0 = 0.3 and decay 0.0015 per step at N ≤ 100 on a GPU.
 */
export const DEFAULT_SGD_OPTIONS: Readonly<StochasticGradientDescentOptions> = Object.freeze({
  learningRate: DEFAULT_GD_OPTIONS.learningRate,
  decay: 0,
  epochs: 100,
  polish: DEFAULT_GD_OPTIONS,
});

/**
 * Run SGD then the GD polish from every start. Replicas are independent: the SGD phase runs start by start
 * (components have single-point evaluation only), the polish runs them all batch-first.
 *
 * Counting: a component value-and-gradient call costs 1/P of a full evaluation, so the SGD phase adds
 * epochs·P·(1/P) = epochs to both energyEvaluations and gradientEvaluations; the polish adds its own
 * (one per polish iteration, plus one). `iterations` = SGD steps + polish steps; halting times are the
 * polish's, shifted by the number of SGD steps. If an SGD step produces a non-finite value, the replica stops
 * there with `diverged` set (no polish).
 */
export function stochasticGradientDescent(
  landscape: StochasticLandscape,
  starts: readonly Float64Array[],
  options: StochasticGradientDescentOptions,
): OptimizerRun[] {
  const { learningRate, decay, epochs } = options;
  if (!(learningRate > 0) || !Number.isFinite(learningRate))
    throw new RangeError(`learningRate must be positive, got ${learningRate}`);
  if (!(decay >= 0) || !Number.isFinite(decay)) throw new RangeError(`decay must be ≥ 0, got ${decay}`);
  if (!Number.isInteger(epochs) || epochs < 0) throw new RangeError(`epochs must be a non-negative integer`);
  const d = landscape.dimension;
  const components = landscape.componentCount;
  const steps = epochs * components;
  const geometry = landscape.geometry;
  const grad = new Float64Array(d);

  const afterSgd: Float64Array[] = [];
  const failures = new Map<number, OptimizerRun>();
  starts.forEach((start, b) => {
    if (start.length !== d) throw new RangeError(`start has length ${start.length}, landscape dimension is ${d}`);
    const w = Float64Array.from(start);
    for (let t = 0; t < steps; t++) {
      const f = landscape.componentValueAndGradient(t % components, w, grad);
      geometry.projectTangent(w, grad, grad);
      let ok = Number.isFinite(f);
      const gamma = -learningRate / (1 + decay * t);
      for (let i = 0; i < d; i++) {
        grad[i] *= gamma;
        if (!Number.isFinite(grad[i])) ok = false;
      }
      if (!ok) {
        failures.set(b, divergedRun(w, t, f, components, options.polish.haltingThresholds ?? []));
        break;
      }
      geometry.retract(w, grad, w);
    }
    afterSgd.push(w);
  });

  const polishIndices = starts.map((_, b) => b).filter((b) => !failures.has(b));
  const polished = gradientDescent(
    landscape,
    polishIndices.map((b) => afterSgd[b]),
    options.polish,
  );
  const runs: OptimizerRun[] = [];
  let next = 0;
  starts.forEach((_, b) => {
    const failed = failures.get(b);
    if (failed) {
      runs.push(failed);
      return;
    }
    const p = polished[next++];
    runs.push({
      ...p,
      iterations: steps + p.iterations,
      energyEvaluations: epochs + p.energyEvaluations,
      gradientEvaluations: epochs + p.gradientEvaluations,
      haltingTimes: p.haltingTimes.map((h) => ({
        threshold: h.threshold,
        iteration: h.iteration === null ? null : steps + h.iteration,
      })),
    });
  });
  return runs;
}

function divergedRun(
  w: Float64Array,
  step: number,
  componentValue: number,
  components: number,
  thresholds: readonly number[],
): OptimizerRun {
  const evaluations = (step + 1) / components;
  return {
    point: w,
    energy: Number.NaN,
    scaledEnergy: Number.NaN,
    gradNorm: Number.NaN,
    iterations: step,
    energyEvaluations: evaluations,
    gradientEvaluations: evaluations,
    haltingTimes: thresholds.map((threshold) => ({ threshold, iteration: null })),
    converged: false,
    diverged: `non-finite ${Number.isFinite(componentValue) ? 'gradient' : 'energy'} at SGD step ${step}`,
  };
}
