/** Valid example specs, one per landscape and optimizer (used by tests and the README), and a landscape tests share. */
import type { ExperimentSpec } from '../../src/experiments/spec.js';

export const EXAMPLE_SPINGLASS_SPEC: ExperimentSpec = {
  name: 'p3-gd-band',
  description: 'GD from uniform starts on one 3-spin sample per size',
  landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'fixed' },
  optimizer: {
    kind: 'gd',
    learningRate: 0.1,
    decay: 0,
    tolerance: 1e-4,
    maxIterations: 20000,
    haltingThresholds: [1e-2],
  },
  sizes: [25, 50, 100],
  runsPerSize: 200,
  seed: 2015,
  measure: { index: true },
};

export const EXAMPLE_NETWORK_SPEC: ExperimentSpec = {
  name: 'mlp-sgd-width',
  landscape: {
    kind: 'network',
    depth: 1,
    task: 'multiclass',
    trainSize: 600,
    testSize: 600,
    init: 'torch-default',
    downsample: 'block',
  },
  optimizer: { kind: 'sgd', learningRate: 0.01, epochs: 20, batchSize: 1 },
  sizes: [2, 5, 10, 25],
  runsPerSize: 50,
  seed: 7,
  measure: { index: false },
};

/** A small network landscape (100 train / 100 test digits, one hidden layer), for tests that run or hash one. */
export const SMALL_NETWORK_LANDSCAPE: ExperimentSpec['landscape'] = {
  kind: 'network',
  depth: 1,
  task: 'multiclass',
  trainSize: 100,
  testSize: 100,
  init: 'torch-default',
  downsample: 'block',
};

export const EXAMPLE_SA_SPEC: ExperimentSpec = {
  landscape: { kind: 'spinglass', p: 3, ensemble: 'rademacher', disorder: 'per-run', subsamples: 1 },
  optimizer: {
    kind: 'sa',
    budget: 20000,
    initialTemperature: 2,
    finalTemperature: 0.01,
    proposalScale: 0.05,
    adaptProposal: true,
  },
  sizes: [10],
  runsPerSize: 5,
  seed: 1,
  measure: { index: false },
};

export const EXAMPLE_CRITICAL_POINT_SPEC: ExperimentSpec = {
  name: 'p3-critical-points',
  description: 'critical points of every index of one 3-spin sample (the layers claim)',
  landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'fixed' },
  optimizer: { kind: 'critical-point-search', descentSteps: 80, ladderLength: 40, tolerance: 1e-9, maxIterations: 300 },
  sizes: [30],
  runsPerSize: 40,
  seed: 1,
  measure: { index: true },
};
