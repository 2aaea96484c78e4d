/**
 * The experiments behind the claims. Several claims judge the same runs (the band, poor minima, hardness and
 * scaling all read the spin-glass descent endpoints), so they build their specs here, with the same fields,
 * and the engine's store computes each run once and serves it to every claim.
 */
import type { ExperimentSpec } from '../experiments/spec.js';
import { paperMatchedSchedule } from '../network/sgd-schedule.js';
import { DEFAULT_GD_OPTIONS, spinGlassLearningRate } from '../optim/gradient-descent.js';

/**
 * Gradient descent as the paper runs it on the spin glass (section 4): constant step 0.9 of the stability limit
 * at the bottom (spinGlassLearningRate: 0.184 at p = 3, near the authors' full-gradient γ = 0.2), the project's
 * tolerance 1e-4 on ‖grad_R H‖/√N and step limit (src/optim/gradient-descent.ts).
 */
export function spinGlassDescent(p: number) {
  return {
    kind: 'gd' as const,
    learningRate: spinGlassLearningRate(p),
    decay: DEFAULT_GD_OPTIONS.decay,
    tolerance: DEFAULT_GD_OPTIONS.tolerance,
    maxIterations: DEFAULT_GD_OPTIONS.maxIterations,
    haltingThresholds: [...DEFAULT_GD_OPTIONS.haltingThresholds],
  };
}

export interface SpinGlassDescentConfig {
  /** Ascending N ladder. */
  sizes: number[];
  runsPerSize: number;
  seed: number;
  /** Default 3. */
  p?: number;
  ensemble?: 'gaussian' | 'rademacher' | 'uniform';
  /**
   * L coupling samples (landscapes) per size, the starts spread over them (run r on landscape r mod L: disorder
   * 'landscapes'). The shared ladders give it (src/claims/ladders.ts); without it the disorder is 'fixed'.
   */
  landscapes?: number;
  /**
   * Default 'landscapes' when `landscapes` is given, else 'fixed': one coupling sample per size, shared by every run
   * (the paper's design). 'per-run': a fresh sample per run, so the runs of a size are independent draws over the
   * disorder, one start per landscape (`landscapes` is then ignored).
   */
  disorder?: 'fixed' | 'per-run' | 'landscapes';
}

/**
 * The paper's spin-glass experiment (section 4, Fig. 3): coupling samples per size, many random starts, projected
 * gradient descent to a critical point; the Hessian index is always measured so that every claim reads one store.
 * The paper drew (probably) one sample per size; the shared ladders draw L of them (disorder 'landscapes', the
 * starts spread round robin over them), so that a claim "as N grows" is judged over the distribution of landscapes,
 * with the landscape as the unit. `disorder: 'fixed'` (one sample) and `'per-run'` (one sample per run) are other
 * landscape specs, so other store keys and other problem streams (couplings and starts).
 */
export function spinGlassDescentSpec(config: SpinGlassDescentConfig): ExperimentSpec {
  const disorder = config.disorder ?? (config.landscapes === undefined ? 'fixed' : 'landscapes');
  if (disorder === 'landscapes' && config.landscapes === undefined) {
    throw new Error("spinGlassDescentSpec: disorder 'landscapes' needs `landscapes`");
  }
  return {
    name: `spin glass p=${config.p ?? 3} descent`,
    landscape: {
      kind: 'spinglass',
      p: config.p ?? 3,
      ensemble: config.ensemble ?? 'gaussian',
      disorder,
      ...(disorder === 'landscapes' ? { landscapes: config.landscapes } : {}),
    },
    optimizer: spinGlassDescent(config.p ?? 3),
    sizes: [...config.sizes],
    runsPerSize: config.runsPerSize,
    seed: config.seed,
    measure: { index: true },
  };
}

export interface NetworkTrainingConfig {
  /** Ascending ladder of hidden widths n1. */
  widths: number[];
  runsPerSize: number;
  seed: number;
  trainSize: number;
  testSize: number;
  epochs: number;
  /**
   * γ0 of the authors' schedule (decay per epoch). Absent (the default): the paper-matched schedule
   * (src/network/sgd-schedule.ts: γ0 = 0.075 and the decay horizon that gives the paper's step sum).
   */
  learningRate?: number;
  /** Default 1 (the authors' code). */
  batchSize?: number;
  /** Default 1 hidden layer (the paper's experiments). */
  depth?: number;
  index?: boolean;
}

/**
 * The paper's network experiment (section 5, Fig. 7–10, Table 1): one-hidden-layer ReLU networks on 10×10
 * MNIST, trained by SGD from different random initial weights on the same data split, by default with the
 * paper-matched schedule (the paper's sum of step sizes; docs/networks.md).
 */
export function networkTrainingSpec(config: NetworkTrainingConfig): ExperimentSpec {
  return {
    name: 'network sgd',
    landscape: {
      kind: 'network',
      depth: config.depth ?? 1,
      task: 'multiclass',
      trainSize: config.trainSize,
      testSize: config.testSize,
      init: 'torch-default',
      downsample: 'block',
    },
    optimizer: {
      kind: 'sgd',
      ...(config.learningRate === undefined
        ? paperMatchedSchedule(config.trainSize, config.epochs)
        : { learningRate: config.learningRate }),
      epochs: config.epochs,
      batchSize: config.batchSize ?? 1,
    },
    sizes: [...config.widths],
    runsPerSize: config.runsPerSize,
    seed: config.seed,
    measure: { index: config.index ?? false },
  };
}

/** The records of one size whose status is 'ok' (diverged runs are never averaged in; claims count them apart). */
export function okRecordsOfSize<R extends { size: number; status: string }>(records: R[], size: number): R[] {
  return records.filter((r) => r.size === size && r.status === 'ok');
}
