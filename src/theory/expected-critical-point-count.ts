import { logIntegrateGaussLegendre } from './gauss-legendre.js';
import { logGoeDensity } from './goe-density.js';
import { assertSpinOrder } from './theory-arguments.js';

/**
 * The expected number of critical points of the spherical pure p-spin glass with H ≤ N·u, EXACTLY at finite N
 * (Auffinger–Ben Arous–Černý 2013, Theorem 2.8; the Kac–Rice formula turned into a GOE expectation, their
 * Lemma 3.1–3.2 and section 3):
 *
 *     E Crt_N((−∞, u]) = 2N·√(2/p)·(p−1)^{N/2} · ∫_{−∞}^{x_u} exp(−N(p−2)x²/(2p)) · ρ_N(x) dx,   x_u = √(p/(2(p−1)))·u,
 *
 * with ρ_N the one-point density of the N×N GOE in ABC's scaling (goe-density.ts, integrates to 1, semicircle
 * on [−√2, √2]; so x_u = −√2 is u = −E_∞). The normalisation of H is the project's (hamiltonian.ts): Var H = N.
 * Checks: p = 2 gives 2N for u = +∞ (the 2N eigenvectors ±v_i of a quadratic form on the sphere); as N → ∞,
 * (1/N) log of it → Θ_p(u); and at N = 3, 4 it matches a brute-force count averaged over coupling samples
 * (census-coverage.test.ts).
 *
 * Numerics: the integrand is evaluated in log space; the integration range is cut where it has fallen e^{−60}
 * below its largest value (relative error < 1e−20 from the cut) and split into panels of width min(1/N, 0.02)
 * (ρ_N oscillates with period ≈ 2.2/N in the bulk) with 8-point Gauss–Legendre on each. Cost O(N²) for any
 * number of levels: about 0.01 s at N = 300 and 0.2 s at N = 1000.
 */
export function logExpectedCriticalPointCount(n: number, p: number, u: number): number {
  return logExpectedCriticalPointCounts(n, p, [u])[0];
}

/**
 * log E Crt_N((−∞, u]) at many levels in one pass: the integrand is evaluated once on panels whose breakpoints
 * include every x_u, and the panel integrals are accumulated in log space (cost O(N²), as for one level).
 */
export function logExpectedCriticalPointCounts(n: number, p: number, levels: readonly number[]): number[] {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`N must be an integer ≥ 2, got ${n}`);
  assertSpinOrder(p);
  if (levels.some((u) => Number.isNaN(u))) throw new RangeError('u must not be NaN');
  const scale = Math.sqrt(p / (2 * (p - 1)));
  const finite = levels.filter((u) => u > Number.NEGATIVE_INFINITY);
  if (finite.length === 0) return levels.map(() => Number.NEGATIVE_INFINITY);
  const logF = (x: number) => (-n * (p - 2) * x * x) / (2 * p) + logGoeDensity(n, x);
  // Walk left from the top of the integrand (the lowest x_u, or 0 where the weight peaks) until it is negligible.
  const start = Math.min(scale * Math.min(...finite), 0);
  const step = 0.02;
  let reference = logF(start);
  let lo = start;
  for (let i = 0; i < 100_000; i++) {
    lo -= step;
    const v = logF(lo);
    if (v > reference) reference = v;
    if (v < reference - 60) break;
  }
  const hi = Math.min(scale * Math.max(...finite), -lo);
  const h = Math.min(1 / n, 0.02);
  const breaks = new Set<number>();
  const panels = Math.max(1, Math.ceil((hi - lo) / h));
  for (let i = 0; i <= panels; i++) breaks.add(i === panels ? hi : lo + i * ((hi - lo) / panels));
  for (const u of finite) breaks.add(Math.min(Math.max(scale * u, lo), hi));
  const points = [...breaks].sort((a, b) => a - b);
  const cumulative = new Map<number, number>([[points[0], Number.NEGATIVE_INFINITY]]);
  let acc = Number.NEGATIVE_INFINITY;
  for (let i = 1; i < points.length; i++) {
    if (points[i] > points[i - 1]) {
      const piece = logIntegrateGaussLegendre(logF, points[i - 1], points[i], 1);
      const m = Math.max(acc, piece);
      if (m > Number.NEGATIVE_INFINITY) acc = m + Math.log(Math.exp(acc - m) + Math.exp(piece - m));
    }
    cumulative.set(points[i], acc);
  }
  const constant = Math.log(2 * n) + 0.5 * Math.log(2 / p) + (n / 2) * Math.log(p - 1);
  return levels.map((u) => {
    if (u === Number.NEGATIVE_INFINITY) return u;
    const logIntegral = cumulative.get(Math.min(Math.max(scale * u, lo), hi)) as number;
    return constant + logIntegral;
  });
}

/** E Crt_N((−∞, u]) itself (may overflow to Infinity for large N; prefer the log). */
export function expectedCriticalPointCount(n: number, p: number, u: number): number {
  return Math.exp(logExpectedCriticalPointCount(n, p, u));
}
