/**
 * The fixed experiments whose numbers are pinned by the golden fixtures (fixtures/golden/golden.json): small
 * runs of every optimizer on both landscapes, with the index, so that any change that moves a result is seen.
 */
import type { ExperimentSpec } from '../experiments/spec.js';

const descent = { learningRate: 0.1, decay: 0, tolerance: 1e-4, maxIterations: 20_000 } as const;
const gd = { kind: 'gd', ...descent } as const;

export const GOLDEN_SPECS: Record<string, ExperimentSpec> = {
  'spinglass-gd': {
    landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'fixed' },
    optimizer: { ...gd, haltingThresholds: [1e-1, 1e-2, 1e-3] },
    sizes: [16],
    runsPerSize: 4,
    seed: 11,
    measure: { index: true },
  },
  'spinglass-p4-rademacher-gd': {
    landscape: { kind: 'spinglass', p: 4, ensemble: 'rademacher', disorder: 'per-run' },
    optimizer: gd,
    sizes: [10],
    runsPerSize: 2,
    seed: 12,
    measure: { index: true },
  },
  'spinglass-sgd': {
    landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'fixed', subsamples: 3 },
    optimizer: { kind: 'sgd', learningRate: 0.05, decay: 0, epochs: 20, polish: descent },
    sizes: [12],
    runsPerSize: 2,
    seed: 13,
    measure: { index: false },
  },
  'spinglass-sa': {
    landscape: { kind: 'spinglass', p: 3, ensemble: 'uniform', disorder: 'fixed' },
    optimizer: {
      kind: 'sa',
      budget: 1500,
      initialTemperature: 1,
      finalTemperature: 0.01,
      proposalScale: 0.1,
      adaptProposal: true,
    },
    sizes: [12],
    runsPerSize: 2,
    seed: 14,
    measure: { index: false },
  },
  'network-sgd': {
    landscape: {
      kind: 'network',
      depth: 1,
      task: 'multiclass',
      trainSize: 300,
      testSize: 100,
      init: 'torch-default',
      downsample: 'block',
    },
    optimizer: { kind: 'sgd', learningRate: 0.01, epochs: 2, batchSize: 1 },
    sizes: [4],
    runsPerSize: 2,
    seed: 15,
    measure: { index: true },
  },
  'network-binary-sa-ternary': {
    landscape: {
      kind: 'network',
      depth: 1,
      task: 'binary',
      digits: [4, 9],
      trainSize: 200,
      testSize: 100,
      init: 'torch-default',
      downsample: 'bilinear',
    },
    optimizer: { kind: 'sa-ternary', budget: 400, initialTemperature: 0.1, finalTemperature: 0.001, scale: 'fan-in' },
    sizes: [3],
    runsPerSize: 1,
    seed: 16,
    measure: { index: false },
  },
};
