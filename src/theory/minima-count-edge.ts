import { GAUSS_LEGENDRE_8 } from './gauss-legendre.js';
import { assertFiniteLevel } from './theory-arguments.js';
import { logTracyWidomGoeCdf } from './tracy-widom-goe.js';

/**
 * The mean number of MINIMA below N·u near and above the threshold −E_∞, with its prefactor, from the soft edge
 * of the GOE (derived here; supplement Thm 11.2 of Choromanska et al. 2015 is the k = 0 case of ABC's exact
 * asymptotics, whose printed form we could not retrieve). From the exact identity (index-count-monte-carlo.ts)
 *
 *     E Crt_{N,0}(u) = 2√(2/p)(p−1)^{N/2}·E[e^{−N a λ_0²}·1{λ_0 ≤ x_u}],   a = (p−2)/(2p),  x_u = √(p/(2(p−1)))·u,
 *
 * with the smallest GOE eigenvalue at the soft edge, λ_0 = −√(2(N−½)/N) − ξ/(√2·N^{2/3}), ξ ~ TW_1
 * (tracy-widom-goe.ts): the edge at √(2N − 1) in the unscaled GOE (the turning point of φ_{N−1}, whose kernel
 * carries the GOE edge) rather than √(2N). Hence
 *
 *     E Crt_{N,0}(u) ≈ 2√(2/p)(p−1)^{N/2}·∫_{ξ ≥ ξ_u} e^{−N a λ(ξ)²} dF_1(ξ),   ξ_u = −√2·N^{2/3}·(x_u + √(2(N−½)/N)).
 *
 * Above the threshold the weight favours λ_0 pushed INTO the bulk by O(N^{−1/2}) (ξ ≈ −√(8t), t = (p−2)N^{1/3}/p,
 * the Tracy–Widom left tail e^{−|ξ|³/24}), so for fixed u > −E_∞ the count is the plateau
 * 2√(2/p)(p−1)^{N/2}e^{−(p−2)(N−½)/p}·E[e^{−tξ − ...}] ≈ e^{N·Θ_{0,p}}·e^{(4√2/3)((p−2)/p)^{3/2}√N + O(log N)}: a
 * sub-exponential factor e^{c√N} over the leading order (c = 0.363 at p = 3; a factor ≈ 10^{4.7} at N = 1000).
 * The centring √(2N − 1) is worth e^{(p−2)/(2p)} (= e^{1/6} at p = 3) against √(2N); the Monte Carlo of
 * index-count-monte-carlo.ts resolves it (measured log(MC/this) = −0.004 ± 0.019 at N = 100, 0.003 ± 0.036 at
 * N = 200, p = 3; with √(2N): 0.18, 0.17). Valid where λ_0 is at the edge scale: u ≥ −E_∞ − O(N^{−2/3});
 * far below −E_∞ use the large-deviation regime (a) of critical-point-asymptotics.ts.
 */
/** ξ_u = −√2·N^{2/3}·(x_u + √(2(N−½)/N)): the level u on the TW_1 scale of the smallest eigenvalue. */
export function edgeVariable(n: number, p: number, u: number): number {
  return -(Math.sqrt(p / (2 * (p - 1))) * u + Math.sqrt((2 * (n - 0.5)) / n)) * Math.SQRT2 * n ** (2 / 3);
}

/** Below this ξ_u the edge formula is used for minima; above it (deep below −E_∞) the large-deviation regime (a). */
export const EDGE_WINDOW = 4;

export function logMinimaCountEdge(n: number, p: number, u: number, centring: 'N-1/2' | 'N' = 'N-1/2'): number {
  if (!Number.isFinite(n) || n < 2) throw new RangeError(`N must be ≥ 2, got ${n}`);
  if (!Number.isInteger(p) || p < 3) throw new RangeError(`need an integer p ≥ 3, got ${p}`);
  assertFiniteLevel(u);
  const a = (p - 2) / (2 * p);
  const edge = Math.sqrt((2 * (centring === 'N' ? n : n - 0.5)) / n);
  const scale = 1 / (Math.SQRT2 * n ** (2 / 3));
  const lambda = (xi: number) => -edge - xi * scale;
  const logG = (xi: number) => -n * a * lambda(xi) ** 2;
  const xu = Math.sqrt(p / (2 * (p - 1))) * u;
  const xiU = -(xu + edge) / scale;
  const t = (2 * a * edge * n) / (Math.SQRT2 * n ** (2 / 3));
  const lo = Math.max(xiU, -Math.sqrt(8 * Math.max(t, 0)) - 6);
  const hi = Math.max(lo, 0) + 12;
  // By parts (g → 0 as ξ → ∞): ∫_{lo}^{∞} g dF_1 = −g(lo)·F_1(lo) + ∫_{lo}^{∞} (−g′)·F_1, composite Gauss–Legendre.
  const panels = Math.ceil((hi - lo) / 0.5);
  const { nodes, weights } = GAUSS_LEGENDRE_8;
  const h = (hi - lo) / panels;
  const ref = logG(Math.max(lo, -Math.sqrt(8 * Math.max(t, 0))));
  let sum = 0;
  for (let i = 0; i < panels; i++) {
    for (let j = 0; j < 8; j++) {
      const xi = lo + (i + 0.5) * h + (nodes[j] * h) / 2;
      // −g′(ξ) = 2Na·|λ|·scale·g > 0 (λ < 0 on the range)
      const minusGPrime = 2 * n * a * -lambda(xi) * scale * Math.exp(logG(xi) - ref);
      sum += ((weights[j] * h) / 2) * minusGPrime * Math.exp(logTracyWidomGoeCdf(xi));
    }
  }
  sum -= Math.exp(logG(lo) - ref) * Math.exp(logTracyWidomGoeCdf(lo));
  return Math.log(2 * Math.sqrt(2 / p)) + 0.5 * n * Math.log(p - 1) + ref + Math.log(sum);
}
