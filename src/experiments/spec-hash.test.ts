import { describe, expect, it } from 'vitest';
import { executeNetwork, networkData } from './execute-network.js';
import { executeSpinGlass, spinGlassSample } from './execute-spinglass.js';
import type { ExperimentSpec } from './spec.js';
import { masterFor, optimizerMaster, problemMaster, specHash } from './spec-hash.js';

const polish = { learningRate: 0.1, decay: 0, tolerance: 1e-4, maxIterations: 20 };
const annealing = { initialTemperature: 1, finalTemperature: 0.01, proposalScale: 0.1, adaptProposal: true };

function spinSpecs(disorder: 'fixed' | 'per-run'): { sgd: ExperimentSpec; sa: ExperimentSpec; sa2: ExperimentSpec } {
  const sgd: ExperimentSpec = {
    landscape: { kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder, subsamples: 2 },
    optimizer: { kind: 'sgd', learningRate: 0.1, decay: 0, epochs: 3, polish },
    sizes: [6],
    runsPerSize: 3,
    seed: 5,
    measure: { index: false },
  };
  const sa: ExperimentSpec = { ...sgd, optimizer: { kind: 'sa', budget: 30, ...annealing } };
  const sa2: ExperimentSpec = { ...sgd, optimizer: { kind: 'sa', budget: 40, ...annealing } };
  return { sgd, sa, sa2 };
}

describe('paired seeding', () => {
  it('problem streams depend on (seed, landscape) only; optimizer streams on the optimizer too', () => {
    const { sgd, sa } = spinSpecs('fixed');
    expect(problemMaster(sgd)).toBe(problemMaster(sa));
    expect(optimizerMaster(sgd)).not.toBe(optimizerMaster(sa));
    expect(specHash(sgd)).not.toBe(specHash(sa));
    for (const purpose of ['disorder', 'split', 'init'] as const)
      expect(masterFor(sa, purpose)).toBe(problemMaster(sa));
    for (const purpose of ['proposal', 'batch-order', 'monte-carlo'] as const) {
      expect(masterFor(sa, purpose)).toBe(optimizerMaster(sa));
    }
    expect(problemMaster({ ...sa, seed: 6 })).not.toBe(problemMaster(sa));
    const otherLandscape = { ...sa, landscape: { ...sa.landscape, ensemble: 'uniform' } } as ExperimentSpec;
    expect(problemMaster(otherLandscape)).not.toBe(problemMaster(sa));
  });

  for (const disorder of ['fixed', 'per-run'] as const) {
    it(`spin glass (${disorder} disorder): SGD and SA share couplings and starts, not proposals`, async () => {
      const { sgd, sa, sa2 } = spinSpecs(disorder);
      const runs = [0, 1, 2];
      const [a, b, c] = await Promise.all([sgd, sa, sa2].map((s) => executeSpinGlass(s, 6, runs)));
      for (const i of runs) {
        expect(a[i].streams.disorder).toBe(b[i].streams.disorder);
        expect(a[i].streams.init).toBe(b[i].streams.init);
        expect(b[i].streams.disorder).toBe(c[i].streams.disorder);
        expect(a[i].streams.proposal).toBeUndefined();
        expect(b[i].streams.proposal).not.toBe(c[i].streams.proposal);
        const couplingsSgd = spinGlassSample(sgd, 6, i).couplings.coefficients;
        const couplingsSa = spinGlassSample(sa, 6, i).couplings.coefficients;
        expect(Array.from(couplingsSa)).toEqual(Array.from(couplingsSgd));
      }
      // Distinct runs still get distinct starts (and, per run, distinct disorder).
      expect(new Set(b.map((r) => r.streams.init)).size).toBe(3);
      expect(new Set(b.map((r) => r.streams.disorder)).size).toBe(disorder === 'fixed' ? 1 : 3);
    });
  }

  it('networks: SGD and SA share the split and the initial weights, not the optimizer streams', async () => {
    const sgd: ExperimentSpec = {
      landscape: {
        kind: 'network',
        depth: 1,
        task: 'multiclass',
        trainSize: 100,
        testSize: 50,
        init: 'torch-default',
        downsample: 'block',
      },
      optimizer: { kind: 'sgd', learningRate: 0.01, epochs: 1, batchSize: 1 },
      sizes: [2],
      runsPerSize: 2,
      seed: 3,
      measure: { index: false },
    };
    const sa: ExperimentSpec = { ...sgd, optimizer: { kind: 'sa', budget: 2, ...annealing } };
    const sa2: ExperimentSpec = { ...sgd, optimizer: { kind: 'sa', budget: 3, ...annealing } };
    const dataSgd = networkData(sgd);
    const dataSa = networkData(sa);
    expect(Array.from(dataSa.train.targets)).toEqual(Array.from(dataSgd.train.targets));
    expect(Array.from(dataSa.train.inputs)).toEqual(Array.from(dataSgd.train.inputs));
    expect(Array.from(dataSa.test.inputs)).toEqual(Array.from(dataSgd.test.inputs));
    const [a, b, c] = await Promise.all([sgd, sa, sa2].map((s) => executeNetwork(s, 2, [0, 1])));
    for (const i of [0, 1]) {
      expect(a[i].streams.split).toBe(b[i].streams.split);
      expect(a[i].streams.init).toBe(b[i].streams.init);
      expect(a[i].streams.batchOrder).toBeDefined();
      expect(b[i].streams.proposal).toBeDefined();
      expect(b[i].streams.proposal).not.toBe(c[i].streams.proposal);
    }
    expect(a[0].streams.init).not.toBe(a[1].streams.init);
  });
});
