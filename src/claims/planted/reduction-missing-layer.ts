import { judgeReduction, type ReductionConfig } from '../reduction.js';
import { decoupledModelCorrelations, networkCorrelations } from '../reduction-model.js';
import type { PlantedViolation } from './planted-violation.js';

/**
 * The decoupled model with one weight factor too few per path (paths of H − 1 weights, so its correlation is
 * R^{H−1}) and the network one layer shallower, judged against the claim's H: the reduction claim must fail.
 * The claim's own Monte Carlo (src/claims/reduction-model.ts, same streams) with the wrong depth.
 */
export const reductionMissingLayer: PlantedViolation = {
  name: 'reduction-missing-layer',
  description: 'the decoupled model and the network built with H − 1 layers (correlation R^{H−1}), judged against R^H',
  claims: ['reduction'],
  async evaluate(_claim, config) {
    const c = config as ReductionConfig;
    const depth = c.depth - 1;
    const model = decoupledModelCorrelations({
      depth,
      uniqueWeights: c.uniqueWeights,
      multiplicity: c.multiplicity,
      activeProbability: c.activeProbability,
      samples: c.samples,
      overlaps: c.overlaps,
      seed: c.seed,
    });
    // The claim's network draws (src/claims/reduction.ts: draw 0 on the seed, draw k ≥ 1 on seed·1000 + k).
    const networks = Array.from({ length: c.network.draws }, (_, k) =>
      networkCorrelations({
        depth,
        inputDimension: c.network.inputDimension,
        width: c.network.width,
        samples: c.samples,
        overlaps: c.overlaps,
        seed: k === 0 ? c.seed : c.seed * 1000 + k,
      }),
    );
    return { result: judgeReduction(c, model, networks), figureInput: { config: c, records: {} } };
  },
};
