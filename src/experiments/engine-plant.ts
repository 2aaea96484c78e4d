/**
 * Planted violations at the engine's level (issue #11): deliberately wrong variants of a landscape, an optimizer or
 * a measurement, with which the real executors compute runs, so that a claim's rule can be shown to fail on them.
 *
 * A plant is NOT part of any spec (specs are strict zod objects: a `planted` field anywhere is rejected, see
 * engine-plant.test.ts), never reaches the result store (runExperiment has no way to pass one) and never reaches a
 * worker thread: only `executeTask` (task-runner.ts) takes one, and only the calibration
 * (src/claims/planted/planted-context.ts) calls it with one, in-process. The claims' violations are in
 * src/claims/planted/ (which claim each must fail, and why).
 *
 * Kinds:
 *  - 'hamiltonian-normalisation': the couplings multiplied by N^shift, i.e. H = N^{−(p−1)/2 + shift} Σ J w⋯w instead
 *    of N^{−(p−1)/2}: the optimizers, the index and the recorded energies all see the wrong H (spin glass). The
 *    descent's step sizes are divided by N^shift (as whoever tuned them on the wrong H would have), so gradient
 *    descent and SGD still converge to critical points (the same ones: a positive multiple of H has the same
 *    critical points) and only the energies are wrong.
 *  - 'hessian-shift': the index is measured on P∇²HP − factor·(w·∇H/N)·I instead of the Riemannian Hessian
 *    P∇²HP − (w·∇H/N)·I: factor 0 drops the term, −1 flips its sign (spin glass; the optimizers, including the
 *    critical-point search, are untouched).
 *  - 'early-stop': optimizers of kind `optimizer` stop after `steps` steps: GD after `steps` iterations; spin-glass
 *    SGD after `steps` epochs and `steps` polish iterations; network SGD after `steps` epochs.
 *  - 'random-ternary': ternary networks ('sa-ternary') keep their random initial ternary weights (no annealing: a
 *    budget of one evaluation).
 *  - 'reversed-sizes': the run labelled with size ladder[i] is computed at size ladder[m − 1 − i] (an engine that
 *    mislabels its sizes): every trend with size is reversed.
 *  - 'test-on-train': the network executor reports as the test loss and accuracy those of the TRAINING set (an
 *    evaluation on the wrong split): test and train loss coincide, so their correlation is 1 at every width.
 */
import type { ExperimentSpec, OptimizerSpec } from './spec.js';

export type EnginePlant =
  | { kind: 'hamiltonian-normalisation'; shift: number }
  | { kind: 'hessian-shift'; factor: number }
  | { kind: 'early-stop'; optimizer: 'gd' | 'sgd'; steps: number }
  | { kind: 'random-ternary' }
  | { kind: 'reversed-sizes' }
  | { kind: 'test-on-train' };

/** What an executor may be told besides (spec, size, runs). */
export interface ExecutorOptions {
  planted?: EnginePlant;
}

/**
 * The optimizer a plant makes the executor run at size N instead of the spec's (the spec and its streams are
 * unchanged).
 */
export function plantedOptimizer(
  optimizer: OptimizerSpec,
  plant: EnginePlant | undefined,
  size: number,
): OptimizerSpec {
  if (plant?.kind === 'hamiltonian-normalisation') {
    const factor = size ** -plant.shift;
    if (optimizer.kind === 'gd') return { ...optimizer, learningRate: optimizer.learningRate * factor };
    if (optimizer.kind === 'sgd') {
      return {
        ...optimizer,
        learningRate: optimizer.learningRate * factor,
        ...(optimizer.polish
          ? { polish: { ...optimizer.polish, learningRate: optimizer.polish.learningRate * factor } }
          : {}),
      };
    }
  }
  if (plant?.kind === 'early-stop' && optimizer.kind === plant.optimizer) {
    const steps = plant.steps;
    if (optimizer.kind === 'gd') return { ...optimizer, maxIterations: Math.min(optimizer.maxIterations, steps) };
    if (optimizer.kind === 'sgd') {
      return {
        ...optimizer,
        epochs: Math.min(optimizer.epochs, steps),
        ...(optimizer.polish
          ? { polish: { ...optimizer.polish, maxIterations: Math.min(optimizer.polish.maxIterations, steps) } }
          : {}),
      };
    }
  }
  if (plant?.kind === 'random-ternary' && optimizer.kind === 'sa-ternary') return { ...optimizer, budget: 1 };
  return optimizer;
}

/** The size at which the run labelled `size` is computed ('reversed-sizes': the mirror image in the ladder). */
export function plantedSize(spec: ExperimentSpec, size: number, plant: EnginePlant | undefined): number {
  if (plant?.kind !== 'reversed-sizes') return size;
  const ladder = [...spec.sizes].sort((a, b) => a - b);
  const i = ladder.indexOf(size);
  if (i < 0) throw new Error(`size ${size} is not on the spec's ladder`);
  return ladder[ladder.length - 1 - i];
}

/**
 * Whether a plant changes any run of the spec. A plant that does not (the Hamiltonian's normalisation on a network
 * spec, an early stop of another optimizer) computes exactly the real runs, which the calibration then shares
 * across plants.
 */
export function plantAffects(plant: EnginePlant, spec: ExperimentSpec): boolean {
  switch (plant.kind) {
    case 'hamiltonian-normalisation':
      return spec.landscape.kind === 'spinglass';
    case 'hessian-shift':
      return spec.landscape.kind === 'spinglass' && spec.measure.index;
    case 'early-stop':
      return spec.optimizer.kind === plant.optimizer;
    case 'random-ternary':
      return spec.optimizer.kind === 'sa-ternary';
    case 'reversed-sizes':
      return spec.sizes.length > 1;
    case 'test-on-train':
      return spec.landscape.kind === 'network';
  }
}
