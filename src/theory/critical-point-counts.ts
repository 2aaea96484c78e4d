import {
  type CountRegime,
  logAsymptoticCriticalPointCount,
  logAsymptoticIndexCount,
} from './critical-point-asymptotics.js';
import { logExpectedCriticalPointCounts } from './expected-critical-point-count.js';
import { monteCarloIndexCounts } from './index-count-monte-carlo.js';
import { assertIndex, assertSpinOrder } from './theory-arguments.js';

/**
 * Mean numbers of critical points of the spherical pure p-spin glass at size N below given levels, all three
 * ways this project computes them (natural logs throughout; counts reach e^{350} at N = 1000):
 *   exact       — E Crt_N(u) from the GOE at finite N (expected-critical-point-count.ts), all indices;
 *   asymptotic  — with prefactors (critical-point-asymptotics.ts, supplement Thm 11.1 of Choromanska et al. 2015);
 *   index k     — E Crt_{N,k}(u), k = 0…kmax: asymptotic (minima with their prefactor, k ≥ 1 leading order N·Θ_{k,p})
 *                 and, when `monteCarlo` is given, the finite-N estimate over GOE samples (index-count-monte-carlo.ts).
 * This is the data behind `landscape theory --counts` and the redrawn Fig. 1.
 */
export interface CountsAtLevel {
  u: number;
  regime: CountRegime;
  /** log E Crt_N(u), exact; null when N exceeds the exact limit. */
  logExact: number | null;
  /** log E Crt_N(u), asymptotic with prefactor (null for p = 2, where the asymptotics degenerate). */
  logAsymptotic: number | null;
  /** log E Crt_{N,k}(u), k = 0…kmax, and whether the prefactor is included. */
  index: {
    k: number;
    logCount: number;
    prefactor: 'derived' | 'leading-order-only';
    /** Finite-N Monte Carlo estimate: log count, its s.e., samples with λ_k ≤ x_u (only with `monteCarlo`). */
    monteCarlo?: { logCount: number; standardError: number; hits: number };
  }[];
}

/** The exact count costs O(N²) per call (≈ 0.2 s at N = 1000); above this N it is skipped. */
export const EXACT_COUNT_MAX_N = 5000;

export function criticalPointCounts(
  n: number,
  p: number,
  kmax: number,
  levels: readonly number[],
  monteCarlo?: { samples: number; seed: string | number },
): CountsAtLevel[] {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`N must be an integer ≥ 2, got ${n}`);
  assertSpinOrder(p);
  assertIndex(kmax);
  const exact = n <= EXACT_COUNT_MAX_N ? logExpectedCriticalPointCounts(n, p, levels) : null;
  const mc = monteCarlo && p >= 3 ? monteCarloIndexCounts(n, p, Math.min(kmax, n - 1), levels, monteCarlo) : null;
  return levels.map((u, i) => {
    const asymptotic = p >= 3 ? logAsymptoticCriticalPointCount(n, p, u) : null;
    return {
      u,
      regime: asymptotic?.regime ?? (u < -Math.SQRT2 ? 'below-threshold' : u < 0 ? 'band' : 'above-zero'),
      logExact: exact ? exact[i] : null,
      logAsymptotic: asymptotic ? asymptotic.logCount : null,
      index:
        p >= 3
          ? Array.from({ length: kmax + 1 }, (_, k) => {
              const c = logAsymptoticIndexCount(n, p, k, u);
              const m = mc?.[k]?.[i];
              return m
                ? {
                    k,
                    logCount: c.logCount,
                    prefactor: c.prefactor,
                    monteCarlo: { logCount: m.logCount, standardError: m.standardError, hits: m.hits },
                  }
                : { k, logCount: c.logCount, prefactor: c.prefactor };
            })
          : [],
    };
  });
}

/** `points` equally spaced levels from uFrom to uTo inclusive. */
export function levelGrid(uFrom: number, uTo: number, points: number): number[] {
  if (!(Number.isFinite(uFrom) && Number.isFinite(uTo) && uFrom < uTo)) {
    throw new RangeError(`need finite uFrom < uTo, got ${uFrom}, ${uTo}`);
  }
  if (!Number.isInteger(points) || points < 2) throw new RangeError(`points must be an integer ≥ 2, got ${points}`);
  const step = (uTo - uFrom) / (points - 1);
  return Array.from({ length: points }, (_, i) => (i === points - 1 ? uTo : uFrom + i * step));
}
