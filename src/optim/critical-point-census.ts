/**
 * A census of critical points of one spherical p-spin glass sample, of every index: the experiment behind the
 * layers claim (paper, section 4: the low critical values are layered by index, index-k points living above
 * −E_k·N). Deterministic in its configuration: the disorder comes from the stream
 * {master: seed, purpose: 'disorder', size: N, run: 0} and start s from {master: seed, purpose: 'init', size: N,
 * run: s}.
 *
 * Start s is a uniform point on the sphere, first moved by t_s = round((descentSteps + 1)^{s/(starts − 1)} − 1) steps of
 * projected gradient descent (step censusDescentRate(p)), so the starts range from random points (t = 0,
 * energy ≈ 0, where critical points have index ≈ N/2) down towards the bottom of the landscape (where the
 * low-index saddles and minima are); then {@link criticalPointSearch} (damped Newton on grad_R H = 0) converges
 * to a nearby critical point of whatever index. Only converged points count; a point found from several starts
 * (same index, H/N within SAME_SCALED_ENERGY) counts once. The index is {@link hessianIndex} (exact spectrum, |λ| < 1e-3 is zero).
 */

import { stream } from '../random/streams.js';
import { randomSpherePoint } from '../spinglass/random-point.js';
import { SpinGlassLandscape } from '../spinglass/spin-glass-landscape.js';
import { type CriticalPointRun, criticalPointSearch } from './critical-point-search.js';
import { gradientDescent } from './gradient-descent.js';
import { hessianIndex } from './hessian-index.js';

/**
 * The census's partial-descent step: half the stability limit at the bottom, capped at 0.1 (0.1 at p = 3,
 * 0.072 at p = 4). Not the claims' descent step: the census samples critical points of many indices by stopping
 * descents after 0…descentSteps steps, and its ladders (`layers` configurations) are laid out in steps of this size.
 */
export function censusDescentRate(p: number): number {
  return Math.min(0.1, 1 / (4 * Math.sqrt(p * (p - 1))));
}

export interface CriticalPointCensusConfig {
  n: number;
  p: number;
  starts: number;
  seed: number;
  /** The most gradient-descent steps before the search (the last start gets this many). */
  descentSteps: number;
  /** Convergence: ‖grad_R H‖/√N below this. */
  tolerance: number;
  /** Iteration cap of the search. */
  maxIterations: number;
}

export interface FoundCriticalPoint {
  /** The start that found it first. */
  start: number;
  scaledEnergy: number;
  index: number;
  normalizedIndex: number;
  /** ‖grad_R H‖/√N at the point. */
  scaledGradNorm: number;
  /** Number of (near-)zero Hessian eigenvalues, |λ| < 1e-3. */
  zero: number;
}

export interface CriticalPointCensus {
  points: FoundCriticalPoint[];
  /** Searches that did not converge (not counted). */
  unconverged: number;
  /** Converged searches that found an already found point. */
  duplicates: number;
  /** The largest ‖grad_R H‖/√N among the counted points. */
  maxScaledGradNorm: number;
}

/**
 * Two converged points of the same index whose scaled energies differ by at most this are one critical point. A
 * converged point (‖grad_R H‖/√N < tol) lies within O(tol/|λ|) of its critical point, so its H/N is off by
 * O(tol²/|λ|) ≈ 1e-18 at tol = 1e-9: repeats of one point agree to rounding, while distinct critical points of a
 * continuous disorder sample have distinct energies (almost surely). Caveat: for even p, w and −w are distinct
 * critical points with the same energy and index (H(−w) = H(w)); this rule counts such a pair once.
 */
export const SAME_SCALED_ENERGY = 1e-9;

/** The outcome of one start: the descent steps it took, then the search (with its evaluation counts). */
export interface CriticalPointOfStart extends CriticalPointRun {
  descentSteps: number;
  /** Value-and-gradient evaluations of the descent and the search together. */
  totalGradientEvaluations: number;
}

/**
 * One start of the census (shared with the engine's 'critical-point-search' optimizer): move `start` by `steps`
 * projected gradient-descent steps (step censusDescentRate(p), no decay), then search for a critical point.
 */
export function criticalPointOfStart(
  landscape: SpinGlassLandscape,
  start: Float64Array,
  steps: number,
  search: { tolerance: number; maxIterations: number },
): CriticalPointOfStart {
  let w = start;
  let descentEvaluations = 0;
  if (steps > 0) {
    const [descent] = gradientDescent(landscape, [w], {
      learningRate: censusDescentRate(landscape.p),
      decay: 0,
      tolerance: 0,
      maxIterations: steps,
    });
    w = descent.point;
    descentEvaluations = descent.gradientEvaluations;
  }
  const run = criticalPointSearch(landscape, w, { tolerance: search.tolerance, maxIterations: search.maxIterations });
  return { ...run, descentSteps: steps, totalGradientEvaluations: descentEvaluations + run.gradientEvaluations };
}

/**
 * The distinct points of a list of converged critical points (see {@link SAME_SCALED_ENERGY}): chains of points of
 * one index whose sorted energies step by ≤ SAME_SCALED_ENERGY are one point, represented by its first member in
 * list order. Returns the representatives in list order and the number of repeats dropped.
 */
export function distinctCriticalPoints<T extends { index: number; scaledEnergy: number }>(
  points: readonly T[],
): { distinct: T[]; duplicates: number } {
  const order = points.map((_, i) => i);
  order.sort((a, b) => points[a].index - points[b].index || points[a].scaledEnergy - points[b].scaledEnergy || a - b);
  const keep: number[] = [];
  let clusterFirst = -1;
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    const prev = j > 0 ? points[order[j - 1]] : undefined;
    const same =
      prev !== undefined &&
      prev.index === points[i].index &&
      points[i].scaledEnergy - prev.scaledEnergy <= SAME_SCALED_ENERGY;
    if (!same) {
      if (clusterFirst >= 0) keep.push(clusterFirst);
      clusterFirst = i;
    } else clusterFirst = Math.min(clusterFirst, i);
  }
  if (clusterFirst >= 0) keep.push(clusterFirst);
  keep.sort((a, b) => a - b);
  return { distinct: keep.map((i) => points[i]), duplicates: points.length - keep.length };
}

export function criticalPointCensus(config: CriticalPointCensusConfig): CriticalPointCensus {
  const { n, p, starts, seed } = config;
  const landscape = SpinGlassLandscape.sample({
    n,
    p,
    rng: stream({ master: seed, purpose: 'disorder', size: n, run: 0 }),
  });
  const converged: FoundCriticalPoint[] = [];
  let unconverged = 0;
  for (let s = 0; s < starts; s++) {
    const w = randomSpherePoint(n, stream({ master: seed, purpose: 'init', size: n, run: s }));
    const steps = descentStepsOfStart(s, starts, config.descentSteps);
    const run = criticalPointOfStart(landscape, w, steps, config);
    if (!run.converged) {
      unconverged++;
      continue;
    }
    const index = hessianIndex(landscape, run.point);
    converged.push({
      start: s,
      scaledEnergy: run.scaledEnergy,
      index: index.index,
      normalizedIndex: index.normalizedIndex,
      scaledGradNorm: run.scaledGradNorm,
      zero: index.zero,
    });
  }
  const { distinct: points, duplicates } = distinctCriticalPoints(converged);
  return {
    points,
    unconverged,
    duplicates,
    maxScaledGradNorm: points.reduce((m, x) => Math.max(m, x.scaledGradNorm), 0),
  };
}

/** Descent steps before start s: geometric from 0 (s = 0) to descentSteps (s = starts − 1). */
export function descentStepsOfStart(s: number, starts: number, descentSteps: number): number {
  if (starts <= 1) return 0;
  return Math.round((descentSteps + 1) ** (s / (starts - 1)) - 1);
}
