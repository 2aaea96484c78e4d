/**
 * Null models of layers, redundancy, sgd-vs-annealing (synthetic records at the boundary, see null-model.ts) and of
 * theory and reduction (the claims' own computations, which hold exactly: correct formulas; a model whose
 * correlation is R^H by construction, run with fresh seeds).
 */

import { createRng } from '../../random/rng.js';
import { spinGlassAnnealingBudget } from '../sgd-vs-annealing.js';
import { type NullModel, specRecords, syntheticNullModel } from './null-model.js';
import { networkMetrics, spinGlassMetrics } from './synthetic-records.js';

/**
 * layers: per landscape, critical points whose H/N (uniform on [−1.6, −1.0], above every −E_k) and index (uniform
 * on 0…4) are independent: mean Spearman ρ = 0, the boundary of the one-sided test of ρ < 0, and no point below
 * its level.
 */
export const layersNull: NullModel = syntheticNullModel(
  'layers',
  'critical points with H/N uniform on [−1.6, −1.0] and index uniform on 0…4, independent',
  (_config, spec, rng) =>
    specRecords(spec, (size) =>
      spinGlassMetrics(size, -1.6 + 0.6 * rng.uniform(), { index: rng.int(5), normalizedIndex: 0, gradNorm: 0 }),
    ),
);

/**
 * redundancy: ternary networks exactly `margin` less accurate than full-precision ones (0.85 vs 0.85 − margin, sd
 * 0.02 per network), the boundary of 'fails' (lower bound of the loss > margin).
 */
export const redundancyNull: NullModel = syntheticNullModel<{ margin: number }>(
  'redundancy',
  'test accuracy 0.85 + 0.02·z (full precision) and 0.85 − margin + 0.02·z (ternary)',
  (config, spec, rng) => {
    const ternary = spec.optimizer.kind === 'sa-ternary';
    const mean = ternary ? 0.85 - config.margin : 0.85;
    return specRecords(spec, () => networkMetrics({ testAccuracy: mean + 0.02 * rng.normal() }));
  },
);

interface SgdVsAnnealingNullConfig {
  networks: { tau: number };
  spinGlass: { tau: number; bandTolerance: number; bandDelta: number; epochs: number; polishMaxIterations: number };
}

/**
 * sgd-vs-annealing: paired differences SGD − SA of exactly τ (SGD worse by τ: the boundary of the reverse
 * non-inferiority test that fails the claim) on a shared per-run baseline, and, for SGD and the annealing at the
 * convergence budget, each run in the band with probability exactly 1/2 (the boundary of a band cell).
 */
export const sgdVsAnnealingNull: NullModel = syntheticNullModel<SgdVsAnnealingNullConfig>(
  'sgd-vs-annealing',
  'paired SGD − SA = τ + 0.02·(z − z′); SGD and converged-SA runs in the band with probability 1/2',
  (config, spec, rng) => {
    // The baseline of run r at size N is shared by the methods (paired): a function of (size, run) only, drawn
    // from a generator seeded without the optimizer.
    const problem = `${spec.seed}/${spec.landscape.kind}`;
    const base = (size: number, run: number) => createRng(`${problem}/${size}/${run}`).uniform();
    const opt = spec.optimizer;
    if (spec.landscape.kind === 'network') {
      const sa = opt.kind === 'sa';
      return specRecords(spec, (size, run) => {
        const b = 0.5 + 0.1 * base(size, run);
        const test = sa ? b - config.networks.tau + 0.02 * rng.normal() : b;
        // Both methods on their plateau (the rule judges only sizes whose annealing runs are).
        return networkMetrics({ testLoss: test, plateauDrop: 0 });
      });
    }
    const sg = config.spinGlass;
    const low = -1.657 - sg.bandTolerance;
    const high = -1.633 + sg.bandDelta;
    // Uniform u: in the band below 1/2 (spread over it), above the band (by up to 0.1) from 1/2.
    const energy = (u: number) => (u < 0.5 ? low + (high - low) * (0.05 + 1.8 * u) : high + 0.01 + 0.18 * (u - 0.5));
    const converged = opt.kind === 'sa' && opt.budget > spinGlassAnnealingBudget(sg as never);
    return specRecords(spec, (size, run) => {
      if (opt.kind === 'sgd') return spinGlassMetrics(size, energy(base(size, run)));
      if (converged) return spinGlassMetrics(size, energy(rng.uniform()), { plateauDrop: 0 });
      return spinGlassMetrics(size, energy(base(size, run)) - sg.tau + 0.02 * rng.normal(), { plateauDrop: 0 });
    });
  },
);

/**
 * sgd-vs-annealing-band: the band half of the same synthetic comparison — SGD and the annealing at its plateau
 * budget (on its plateau) put each run in the band with probability exactly 1/2, the boundary of a band cell.
 */
export const sgdVsAnnealingBandNull: NullModel = syntheticNullModel<SgdVsAnnealingNullConfig>(
  'sgd-vs-annealing-band',
  'SGD and plateaued-SA runs in the band with probability 1/2',
  (config, spec, rng) => {
    const sg = config.spinGlass;
    const low = -1.657 - sg.bandTolerance;
    const high = -1.633 + sg.bandDelta;
    const energy = (u: number) => (u < 0.5 ? low + (high - low) * (0.05 + 1.8 * u) : high + 0.01 + 0.18 * (u - 0.5));
    const sa = spec.optimizer.kind === 'sa';
    return specRecords(spec, (size) => spinGlassMetrics(size, energy(rng.uniform()), sa ? { plateauDrop: 0 } : {}));
  },
);

/** theory: the project's formulas (the claim's own evaluation); a computation, so its false-fail rate must be 0. */
export const theoryNull: NullModel = {
  claim: 'theory',
  description: "the project's formulas (continuous Θ_{k,p}); deterministic",
  evaluate: (claim, config) => claim.evaluate(config, { run: async () => [] }),
};

/**
 * reduction: the claim's own Monte Carlo of the decoupled model, whose correlation is R^H by construction (the
 * claim holds exactly), with fresh seeds per trial.
 */
export const reductionNull: NullModel = {
  claim: 'reduction',
  description: 'the decoupled model (correlation R^H exactly), fresh Monte Carlo seeds per trial',
  evaluate: (claim, config) => claim.evaluate(config, { run: async () => [] }),
};
