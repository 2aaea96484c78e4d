import type { Rng } from '../random/rng.js';
import { checkLevel } from './check-level.js';
import { checkSample } from './check-sample.js';
import { quantile } from './quantile.js';

/**
 * Percentile bootstrap confidence interval for statistic(sample): draw `resamples` samples of size n
 * with replacement (indices from `rng.int(n)`), compute the statistic on each, and return the type-7
 * quantiles (1 − c)/2 and (1 + c)/2 of those values. Deterministic given the rng's seed. Approximate:
 * coverage tends to c as n grows for smooth statistics (mean, variance, quantiles of continuous data).
 *
 * @example bootstrapInterval(sample, mean, { rng: createRng('b'), resamples: 2000, confidence: 0.95 })
 */
export function bootstrapInterval(
  sample: ArrayLike<number>,
  statistic: (resample: Float64Array) => number,
  options: { rng: Rng; resamples?: number; confidence?: number },
): { estimate: number; lower: number; upper: number } {
  checkSample(sample, 1, 'sample');
  const resamples = options.resamples ?? 2000;
  const confidence = options.confidence ?? 0.95;
  if (!Number.isInteger(resamples) || resamples < 2) {
    throw new RangeError(`bootstrapInterval: resamples must be an integer ≥ 2, got ${resamples}`);
  }
  checkLevel(confidence);
  const n = sample.length;
  const source = Float64Array.from(sample);
  const values = new Float64Array(resamples);
  const resample = new Float64Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) resample[i] = source[options.rng.int(n)];
    values[b] = statistic(resample);
  }
  return {
    estimate: statistic(Float64Array.from(source)),
    lower: quantile(values, (1 - confidence) / 2),
    upper: quantile(values, (1 + confidence) / 2),
  };
}
