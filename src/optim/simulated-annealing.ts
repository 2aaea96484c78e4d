/**
 * Simulated annealing on the parameter manifold (sphere or Euclidean space), the paper's reference optimizer
 * against which SGD is compared (section 6: "SGD performs as well as simulated annealing").
 *
 * Proposal: ξ ~ N(0, σ²I) in R^D, v = P_w ξ (tangent projection), w' = R_w(v) (retraction).
 * Acceptance (Metropolis): always if ΔE ≤ 0, else with probability exp(−ΔE / T_k), ΔE = f(w') − f(w) in the
 * landscape's own energy units (H for the spin glass, the loss for networks).
 * Schedule: T_k = T0 · ρ^k for proposals k = 0 … K−1, ρ = (T_end / T0)^{1/(K−1)}, so the last proposal is made
 * at exactly T_end.
 * Budget: counted in energy evaluations, the start's included: K = budget − 1 proposals, one evaluation each.
 * Plateau record (annealing-plateau.ts): the energy after each tenth of the budget (`lossCurve`) and its relative
 * drop over the last fifth (`plateauDrop`; < 2 % is a plateau).
 */

import type { Landscape } from '../landscape/landscape.js';
import type { Rng } from '../random/rng.js';
import { CurveRecorder, plateauDrop } from '../stats/loss-plateau.js';

import type { OptimizerRun } from './run-result.js';

export interface AnnealingOptions {
  /** Energy evaluations in all (≥ 1): the start plus budget − 1 proposals. */
  budget: number;
  /** T0 > 0. */
  initialTemperature: number;
  /** T_end, 0 < T_end ≤ T0. */
  finalTemperature: number;
  /** σ0, the per-coordinate standard deviation of the ambient Gaussian proposal before projection. */
  proposalScale: number;
  /**
   * Adapt σ: after every window of {@link ADAPTATION_WINDOW} proposals, σ ← σ · exp(2 · (a − 0.3)) with a the
   * window's acceptance rate, kept within [σ0/1000, 10·σ0]. As T falls the acceptance falls and σ shrinks,
   * turning the end of the run into a fine local search. With false, σ = σ0 throughout.
   */
  adaptProposal: boolean;
}

export const ADAPTATION_WINDOW = 100;
export const TARGET_ACCEPTANCE = 0.3;

/**
 * Defaults for the spherical p-spin glass (energies in units of H, |w|² = N). T0 = 2 is above the dynamical
 * transition of the pure 3-spin model in our normalisation (≈ 0.87 = √2 · 0.612, covariance N·R^p), where the
 * chain mixes; T_end = 0.01 is cold enough that the last proposals are almost only downhill. σ0 = 0.05 per
 * coordinate moves |w| by about 5% per step at the start, and adaptation takes over from there. Networks should
 * pass temperatures on the scale of their loss differences. Measured (p = 3, N = 100, one landscape, 10 starts):
 * budget 20 000 gives H/N mean −1.532 (sd 0.038), acceptance held at 0.30 by adaptation, final σ ≈ 0.01 and a
 * final ‖grad_R H‖/√N ≈ 0.23 (annealing does not end at a critical point); SGD (P = 10, 100 epochs + polish,
 * ≈ 585 full-evaluation equivalents) gave −1.542 (sd 0.033) on the same landscape and starts.
 */
export const DEFAULT_ANNEALING_OPTIONS: Readonly<AnnealingOptions> = Object.freeze({
  budget: 20_000,
  initialTemperature: 2,
  finalTemperature: 0.01,
  proposalScale: 0.05,
  adaptProposal: true,
});

/** The annealing run: the final point (as the paper compares final losses) plus the best point seen. */
export interface AnnealingRun extends OptimizerRun {
  best: { point: Float64Array; energy: number; scaledEnergy: number; iteration: number };
  /** Accepted proposals / proposals. */
  acceptanceRate: number;
  /** σ at the end of the run. */
  finalProposalScale: number;
  /** The current energy after 0, 1/10, …, 10/10 of the budget (shorter if the run diverged). */
  lossCurve: number[];
  /** (E(0.8·B) − E(B)) / |E(0.8·B)| (NaN if the run diverged before the end). */
  plateauDrop: number;
}

export function checkAnnealingOptions(options: AnnealingOptions): void {
  const { budget, initialTemperature: t0, finalTemperature: t1, proposalScale } = options;
  if (!Number.isInteger(budget) || budget < 1) throw new RangeError(`budget must be an integer ≥ 1, got ${budget}`);
  if (!(t0 > 0) || !Number.isFinite(t0)) throw new RangeError(`initialTemperature must be positive, got ${t0}`);
  if (!(t1 > 0) || !(t1 <= t0)) throw new RangeError(`finalTemperature must be in (0, T0], got ${t1}`);
  if (!(proposalScale > 0) || !Number.isFinite(proposalScale))
    throw new RangeError(`proposalScale must be positive, got ${proposalScale}`);
}

/**
 * Anneal from `start` (not modified). All randomness comes from `options.rng` (use the 'proposal' stream):
 * per proposal, D normals (Rng.fillNormal) then one uniform (drawn whether or not it is needed, so the stream's
 * use does not depend on the energies).
 *
 * Counting: energyEvaluations = budget exactly (fewer only if a proposal's energy is non-finite, which stops the
 * run with `diverged`). One gradient evaluation at the final point gives `gradNorm`; it is for the report and
 * outside the budget (gradientEvaluations = 1). `iterations` = proposals made; `converged` is always false
 * (annealing has no stopping test); `haltingTimes` is empty.
 */
export function simulatedAnnealing(
  landscape: Landscape,
  start: Float64Array,
  options: AnnealingOptions & { rng: Rng },
): AnnealingRun {
  checkAnnealingOptions(options);
  const d = landscape.dimension;
  if (start.length !== d) throw new RangeError(`start has length ${start.length}, landscape dimension is ${d}`);
  const { rng, budget, initialTemperature: t0, finalTemperature: t1, adaptProposal } = options;
  const geometry = landscape.geometry;
  const proposals = budget - 1;
  const rho = proposals > 1 ? (t1 / t0) ** (1 / (proposals - 1)) : 1;
  const minScale = options.proposalScale / 1000;
  const maxScale = options.proposalScale * 10;

  let w = Float64Array.from(start);
  let candidate = new Float64Array(d);
  const step = new Float64Array(d);
  let energy = landscape.value(w);
  let evaluations = 1;
  let diverged: string | undefined = Number.isFinite(energy) ? undefined : 'non-finite energy at the start';
  const best = { point: Float64Array.from(w), energy, iteration: 0 };
  const recorder = new CurveRecorder(budget);
  recorder.record(1, energy);
  let sigma = options.proposalScale;
  let accepted = 0;
  let windowAccepted = 0;
  let made = 0;

  for (let k = 0; k < proposals && diverged === undefined; k++) {
    const temperature = t0 * rho ** k;
    rng.fillNormal(step, sigma);
    geometry.projectTangent(w, step, step);
    geometry.retract(w, step, candidate);
    const u = rng.uniform();
    const next = landscape.value(candidate);
    evaluations++;
    made++;
    if (!Number.isFinite(next)) {
      diverged = `non-finite energy at proposal ${k}`;
      break;
    }
    const delta = next - energy;
    if (delta <= 0 || u < Math.exp(-delta / temperature)) {
      [w, candidate] = [candidate, w];
      energy = next;
      accepted++;
      windowAccepted++;
      if (energy < best.energy) {
        best.point.set(w);
        best.energy = energy;
        best.iteration = k + 1;
      }
    }
    recorder.record(evaluations, energy);
    if (adaptProposal && made % ADAPTATION_WINDOW === 0) {
      const rate = windowAccepted / ADAPTATION_WINDOW;
      sigma = Math.min(maxScale, Math.max(minScale, sigma * Math.exp(2 * (rate - TARGET_ACCEPTANCE))));
      windowAccepted = 0;
    }
  }

  const grad = new Float64Array(d);
  landscape.valueAndGradient(w, grad);
  geometry.projectTangent(w, grad, grad);
  let gradNorm = 0;
  for (let i = 0; i < d; i++) gradNorm += grad[i] * grad[i];
  gradNorm = Math.sqrt(gradNorm);
  return {
    point: w,
    energy,
    scaledEnergy: energy / landscape.energyScale,
    gradNorm,
    iterations: made,
    energyEvaluations: evaluations,
    gradientEvaluations: 1,
    haltingTimes: [],
    converged: false,
    ...(diverged === undefined ? {} : { diverged }),
    best: { ...best, scaledEnergy: best.energy / landscape.energyScale },
    acceptanceRate: made === 0 ? 0 : accepted / made,
    finalProposalScale: sigma,
    lossCurve: recorder.curve,
    plateauDrop: recorder.curve.length === 11 ? plateauDrop(recorder.curve) : Number.NaN,
  };
}
