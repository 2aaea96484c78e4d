import { stream } from '../random/streams.js';
import { sampleGoeTridiagonal, smallestEigenvalues } from './goe-tridiagonal.js';
import { assertIndex, assertSpinOrder } from './theory-arguments.js';

/**
 * E Crt_{N,k}(u), the mean number of critical points of index k with H ≤ N·u of the spherical pure p-spin glass,
 * by Monte Carlo over the GOE. Auffinger–Ben Arous–Černý (2013), Theorem 2.5 / Lemma 3.3 (supplement Thm 11.2 of
 * Choromanska et al. 2015 is its asymptotics), exactly at finite N:
 *
 *     E Crt_{N,k}(u) = 2√(2/p)·(p−1)^{N/2} · E[ exp(−N(p−2)λ_k²/(2p)) · 1{λ_k ≤ x_u} ],   x_u = √(p/(2(p−1)))·u,
 *
 * λ_k the (k+1)-th smallest eigenvalue of the N×N GOE of expected-critical-point-count.ts (summed over all k this
 * is that file's exact total). The expectation is estimated by the plain sample mean over `samples` independent
 * GOE matrices (tridiagonal model, goe-tridiagonal.ts), each from its own named stream (purpose 'monte-carlo',
 * size N, run = sample index), so the estimate is a pure function of (N, p, samples, rows, seed). Its standard
 * error is the sample standard deviation of the weights over √samples (delta method in log space: the s.e. of
 * log E Crt is the relative s.e.). Unbiased for every N; the error is statistical only (plus the truncation of
 * the tridiagonal to `rows` rows, measured in the tests to be below 1e-12 in λ_k at the default).
 *
 * Where the mean is carried by rare matrices the plain mean is noisy: above −E_∞ at large N the weight favours
 * λ_k pushed into the bulk by O(N^{−1/2}), a Tracy–Widom left-tail event (at N = 1000 a few in a thousand
 * samples carry it), and far below −E_∞ (λ_k deep in the large-deviation tail) no sample may hit at all
 * (`hits` = 0, logCount = −∞): use the asymptotics there (critical-point-asymptotics.ts). The effective sample
 * size (Σw)²/Σw² is reported for that reason.
 */
export interface IndexCountEstimate {
  k: number;
  u: number;
  /** log of the estimated E Crt_{N,k}(u) (−∞ when no sample has λ_k ≤ x_u). */
  logCount: number;
  /** Standard error of logCount (= relative s.e. of the count); Infinity when no sample hits. */
  standardError: number;
  /** Samples with λ_k ≤ x_u. */
  hits: number;
  /** (Σw)²/Σw² over the hitting samples. */
  effectiveSamples: number;
}

export interface IndexCountOptions {
  samples: number;
  seed: string | number;
  /** Rows of the tridiagonal kept (default {@link defaultTridiagonalRows}). */
  rows?: number;
}

/** Rows kept by default: all for N ≤ 200, else 30·N^{1/3} + 100 (about 400 at N = 1000). */
export function defaultTridiagonalRows(n: number): number {
  return n <= 200 ? n : Math.min(n, Math.ceil(30 * Math.cbrt(n) + 100));
}

/** The (k+1)-th smallest eigenvalues, k = 0…kmax, of `samples` GOE matrices: row j is sample j. */
export function sampleSmallestGoeEigenvalues(n: number, kmax: number, options: IndexCountOptions): Float64Array[] {
  const rows = options.rows ?? defaultTridiagonalRows(n);
  if (kmax + 1 > rows) throw new RangeError(`kmax + 1 = ${kmax + 1} exceeds the ${rows} rows kept`);
  const out: Float64Array[] = [];
  for (let j = 0; j < options.samples; j++) {
    const rng = stream({ master: options.seed, purpose: 'monte-carlo', size: n, run: j });
    out.push(smallestEigenvalues(sampleGoeTridiagonal(n, rng, rows), kmax + 1));
  }
  return out;
}

/** Estimates of log E Crt_{N,k}(u) for k = 0…kmax (outer) and each level (inner). */
export function monteCarloIndexCounts(
  n: number,
  p: number,
  kmax: number,
  levels: readonly number[],
  options: IndexCountOptions,
): IndexCountEstimate[][] {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`N must be an integer ≥ 2, got ${n}`);
  assertSpinOrder(p);
  assertIndex(kmax);
  if (!Number.isInteger(options.samples) || options.samples < 2) {
    throw new RangeError(`samples must be an integer ≥ 2, got ${options.samples}`);
  }
  if (levels.some((u) => Number.isNaN(u))) throw new RangeError('u must not be NaN');
  const eig = sampleSmallestGoeEigenvalues(n, kmax, options);
  return indexCountsFromEigenvalues(n, p, kmax, levels, eig);
}

/** The estimator of {@link monteCarloIndexCounts} on given eigenvalue samples (exposed for tests). */
export function indexCountsFromEigenvalues(
  n: number,
  p: number,
  kmax: number,
  levels: readonly number[],
  eig: readonly Float64Array[],
): IndexCountEstimate[][] {
  const m = eig.length;
  const a = (n * (p - 2)) / (2 * p);
  const scale = Math.sqrt(p / (2 * (p - 1)));
  const logPrefactor = Math.log(2 * Math.sqrt(2 / p)) + 0.5 * n * Math.log(p - 1);
  const result: IndexCountEstimate[][] = [];
  for (let k = 0; k <= kmax; k++) {
    const logW = eig.map((e) => -a * e[k] * e[k]);
    const shift = Math.max(...logW);
    const w = logW.map((l) => Math.exp(l - shift));
    result.push(
      levels.map((u) => {
        const x = scale * u;
        let s1 = 0;
        let s2 = 0;
        let hits = 0;
        for (let j = 0; j < m; j++) {
          if (eig[j][k] <= x) {
            s1 += w[j];
            s2 += w[j] * w[j];
            hits++;
          }
        }
        if (hits === 0 || s1 === 0) {
          return {
            k,
            u,
            logCount: Number.NEGATIVE_INFINITY,
            standardError: Number.POSITIVE_INFINITY,
            hits,
            effectiveSamples: 0,
          };
        }
        const mean = s1 / m;
        const variance = Math.max(s2 / m - mean * mean, 0) * (m / (m - 1));
        return {
          k,
          u,
          logCount: logPrefactor + shift + Math.log(mean),
          standardError: Math.sqrt(variance / m) / mean,
          hits,
          effectiveSamples: (s1 * s1) / s2,
        };
      }),
    );
  }
  return result;
}
