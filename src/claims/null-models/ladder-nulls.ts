/**
 * Null models of the claims on the shared ladders (band, poor-minima-decay, ground-state-hardness, scaling,
 * decorrelation) and of low-index: synthetic endpoints and networks at each claim's boundary (see null-model.ts).
 */

import { landscapeEffects, type NullModel, specRecords, syntheticNullModel } from './null-model.js';
import { networkMetrics, spinGlassMetrics } from './synthetic-records.js';

/** The paper's mean law exp(α·n1^β) with α = −0.5, β = 0.3 (falling: α·β < 0; 0.37 at n1 = 10, 0.20 at 50). */
const expLaw = (width: number): number => Math.exp(-0.5 * width ** 0.3);

const ascendingIndex = (sizes: readonly number[], size: number): number =>
  [...sizes].sort((a, b) => a - b).indexOf(size);

/**
 * band: nothing changes with N — per-landscape spread and distance to −E_∞ the same at every N (the boundary of
 * the one-sided tests (a), (b)), network test losses with the same relative spread at every width (boundary of
 * (n)) — and every run far above the floor −E_0 − κ/√N.
 */
export const bandNull: NullModel = syntheticNullModel(
  'band',
  'spin glass: H/N = −1.55 + 0.02·z_landscape + 0.04·z at every N; networks: test loss exp(−0.5·n1^0.3)·(1 + 0.05·z)',
  (_config, spec, rng) => {
    if (spec.landscape.kind === 'spinglass') {
      const effect = landscapeEffects(rng);
      return specRecords(spec, (size, _run, l) =>
        spinGlassMetrics(size, -1.55 + 0.02 * effect(size, l) + 0.04 * rng.normal()),
      );
    }
    return specRecords(spec, (width) => {
      const test = expLaw(width) * (1 + 0.05 * rng.normal());
      return networkMetrics({ trainLoss: 0.8 * test, testLoss: test });
    });
  },
);

/**
 * poor-minima-decay: the poor share the same at every size (b = 0, the boundary of the one-sided test): spin glass
 * P(H/N > −E_∞ + 0.15) = 0.25 at every N (no landscape effect), networks' test losses identically distributed at
 * every width.
 */
export const poorMinimaDecayNull: NullModel = syntheticNullModel(
  'poor-minima-decay',
  'spin glass: H/N = −1.55 + 0.1·z at every N (poor share 0.25); networks: test loss 0.4 + 0.05·z at every width',
  (_config, spec, rng) => {
    if (spec.landscape.kind === 'spinglass') {
      return specRecords(spec, (size) => spinGlassMetrics(size, -1.55 + 0.1 * rng.normal()));
    }
    return specRecords(spec, () => {
      const test = 0.4 + 0.05 * rng.normal();
      return networkMetrics({ trainLoss: 0.3 + 0.05 * rng.normal(), testLoss: test });
    });
  },
);

/**
 * ground-state-hardness: the deep share (H/N < −E_1) the same at every N (≈ 3.4 %), and the mean train–test gap the
 * same at every width (slope 0 on ln n1): both parts at the boundary of their one-sided tests.
 */
export const groundStateHardnessNull: NullModel = syntheticNullModel(
  'ground-state-hardness',
  'spin glass: H/N = −1.58 + 0.04·z per landscape (deep share 3.4 % at every N); networks: gap 0.1 at every width',
  (_config, spec, rng) => {
    if (spec.landscape.kind === 'spinglass') {
      return specRecords(spec, (size) => spinGlassMetrics(size, -1.58 + 0.04 * rng.normal()));
    }
    return specRecords(spec, () =>
      networkMetrics({ trainLoss: 0.3 + 0.02 * rng.normal(), testLoss: 0.4 + 0.02 * rng.normal() }),
    );
  },
);

/**
 * scaling: the per-size mean H/N spread over a relative range of exactly f (linear in the rank of N from
 * −1.55·(1 − f/2) to −1.55·(1 + f/2)), the boundary of the spin check's 'fails' (lower bound of the range > f);
 * networks on the paper's falling law exp(α·n1^β) exactly (5 % noise per network), where the network part's
 * fail-tests (lack of fit, a rising law, a better power law) hold their levels.
 */
export const scalingNull: NullModel = syntheticNullModel<{ fraction: number }>(
  'scaling',
  'spin glass: mean H/N from −1.55·(1 − f/2) to −1.55·(1 + f/2) across the ladder (relative range f); networks: exp(−0.5·n1^0.3)',
  (config, spec, rng) => {
    const sizes = spec.sizes;
    if (spec.landscape.kind === 'spinglass') {
      const effect = landscapeEffects(rng);
      return specRecords(spec, (size, _run, l) => {
        const t = sizes.length > 1 ? ascendingIndex(sizes, size) / (sizes.length - 1) : 0.5;
        const mean = -1.55 * (1 + config.fraction * (t - 0.5));
        return spinGlassMetrics(size, mean + 0.02 * effect(size, l) + 0.04 * rng.normal());
      });
    }
    return specRecords(spec, (width) => {
      const test = expLaw(width) * (1 + 0.05 * rng.normal());
      return networkMetrics({ trainLoss: 0.8 * test, testLoss: test });
    });
  },
);

/**
 * decorrelation: the correlation of train and test loss falls by exactly δ (minDrop) from the smallest judged
 * width (≥ fromWidth) to the largest (0.8 → 0.8 − δ, linear in the rank of the width; 0.8 below fromWidth), the
 * boundary of 'fails' (upper bound of the drop < δ).
 */
export const decorrelationNull: NullModel = syntheticNullModel<{ minDrop: number; fromWidth: number }>(
  'decorrelation',
  'train and test loss bivariate normal with correlation 0.8 at the smallest judged width and 0.8 − δ at the largest',
  (config, spec, rng) => {
    const widths = spec.sizes.filter((w) => w >= config.fromWidth);
    return specRecords(spec, (width) => {
      const t = width < config.fromWidth ? 0 : ascendingIndex(widths, width) / Math.max(1, widths.length - 1);
      const rho = 0.8 - config.minDrop * t;
      const z1 = rng.normal();
      const z2 = rng.normal();
      return networkMetrics({
        trainLoss: 0.3 + 0.05 * z1,
        testLoss: 0.4 + 0.05 * (rho * z1 + Math.sqrt(1 - rho * rho) * z2),
      });
    });
  },
);

/**
 * low-index: networks' mean normalized index exactly maxIndex (uniform on [0, 2·maxIndex]); spin-glass endpoints
 * with normalized index ≤ maxIndex with probability exactly minFraction (else 5 × maxIndex): both at the boundary.
 */
export const lowIndexNull: NullModel = syntheticNullModel<{ maxIndex: number; minFraction: number }>(
  'low-index',
  'networks: normalized index uniform on [0, 2·maxIndex]; spin glass: a share minFraction of endpoints at index 0',
  (config, spec, rng) => {
    if (spec.landscape.kind === 'spinglass') {
      return specRecords(spec, (size) => {
        const low = rng.uniform() < config.minFraction;
        const normalizedIndex = low ? 0 : Math.min(1, 5 * config.maxIndex);
        return spinGlassMetrics(size, -1.6, { index: Math.round(normalizedIndex * (size - 1)), normalizedIndex });
      });
    }
    return specRecords(spec, () => {
      const normalizedIndex = 2 * config.maxIndex * rng.uniform();
      return networkMetrics({ index: Math.round(1000 * normalizedIndex), normalizedIndex });
    });
  },
);
