/**
 * A census of critical points of one spherical p-spin glass sample, of every index: the experiment behind the
 * layers claim (paper, section 4: the low critical values are layered by index, index-k points living above
 * −E_k·N). Deterministic in its configuration: the disorder comes from the stream
 * {master: seed, purpose: 'disorder', size: N, run: 0} and start s from {master: seed, purpose: 'init', size: N,
 * run: s}.
 *
 * Start s is a uniform point on the sphere, first moved by t_s = round((descentSteps + 1)^{s/(starts − 1)} − 1) steps of
 * projected gradient descent (step spinGlassLearningRate(p)), so the starts range from random points (t = 0,
 * energy ≈ 0, where critical points have index ≈ N/2) down towards the bottom of the landscape (where the
 * low-index saddles and minima are); then {@link criticalPointSearch} (damped Newton on grad_R H = 0) converges
 * to a nearby critical point of whatever index. Only converged points count; a point found from several starts
 * (distance below 1e-6·√N) counts once. The index is {@link hessianIndex} (exact spectrum, |λ| < 1e-3 is zero).
 */
import { criticalPointSearch } from '../optim/critical-point-search.js';
import { gradientDescent, spinGlassLearningRate } from '../optim/gradient-descent.js';
import { hessianIndex } from '../optim/hessian-index.js';
import { stream } from '../random/streams.js';
import { randomSpherePoint } from './random-point.js';
import { SpinGlassLandscape } from './spin-glass-landscape.js';

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

/** Distance below which two converged points are the same critical point, relative to the radius √N. */
const SAME_POINT = 1e-6;

export function criticalPointCensus(config: CriticalPointCensusConfig): CriticalPointCensus {
  const { n, p, starts, seed } = config;
  const landscape = SpinGlassLandscape.sample({
    n,
    p,
    rng: stream({ master: seed, purpose: 'disorder', size: n, run: 0 }),
  });
  const learningRate = spinGlassLearningRate(p);
  const found: { point: Float64Array; record: FoundCriticalPoint }[] = [];
  let unconverged = 0;
  let duplicates = 0;
  for (let s = 0; s < starts; s++) {
    let w = randomSpherePoint(n, stream({ master: seed, purpose: 'init', size: n, run: s }));
    const steps = descentStepsOfStart(s, starts, config.descentSteps);
    if (steps > 0) {
      [{ point: w }] = gradientDescent(landscape, [w], { learningRate, decay: 0, tolerance: 0, maxIterations: steps });
    }
    const run = criticalPointSearch(landscape, w, { tolerance: config.tolerance, maxIterations: config.maxIterations });
    if (!run.converged) {
      unconverged++;
      continue;
    }
    if (found.some((f) => distance(f.point, run.point) < SAME_POINT * Math.sqrt(n))) {
      duplicates++;
      continue;
    }
    const index = hessianIndex(landscape, run.point);
    found.push({
      point: run.point,
      record: {
        start: s,
        scaledEnergy: run.scaledEnergy,
        index: index.index,
        normalizedIndex: index.normalizedIndex,
        scaledGradNorm: run.scaledGradNorm,
        zero: index.zero,
      },
    });
  }
  const points = found.map((f) => f.record);
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

function distance(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return Math.sqrt(s);
}
