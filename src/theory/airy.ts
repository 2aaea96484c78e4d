/**
 * The Airy function Ai(x) for real x, to about 1e-8 relative accuracy at the switch points |x| = 5 and better
 * elsewhere (absolute near the zeros):
 *   |x| ≤ 5: the Maclaurin series Ai = c₁f − c₂g (DLMF 9.4.1; at most ~4 digits lost to cancellation at |x| = 5);
 *   x > 5:   e^{−ζ}/(2√π x^{1/4}) Σ (−1)^k u_k ζ^{−k}, ζ = (2/3)x^{3/2} (DLMF 9.7.5);
 *   x < −5:  (π^{−1/2}|x|^{−1/4}) [cos(ζ − π/4) Σ (−1)^k u_{2k} ζ^{−2k} + sin(ζ − π/4) Σ (−1)^k u_{2k+1} ζ^{−2k−1}]
 *            (DLMF 9.7.9), the asymptotic sums cut at their smallest term (ζ ≥ 7.45 there).
 * u_0 = 1, u_k = u_{k−1}·(6k−5)(6k−3)(6k−1)/((2k−1)·216·k) (DLMF 9.7.2).
 */
const C1 = 0.3550280538878172; // Ai(0)
const C2 = 0.2588194037928068; // −Ai′(0)

const U: number[] = (() => {
  const u = [1];
  for (let k = 1; k <= 40; k++) u.push((u[k - 1] * (6 * k - 5) * (6 * k - 3) * (6 * k - 1)) / ((2 * k - 1) * 216 * k));
  return u;
})();

export function airyAi(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (Math.abs(x) <= 5) {
    const x3 = x * x * x;
    let f = 1;
    let g = x;
    let tf = 1;
    let tg = x;
    for (let k = 0; k < 200; k++) {
      tf *= x3 / ((3 * k + 2) * (3 * k + 3));
      tg *= x3 / ((3 * k + 3) * (3 * k + 4));
      f += tf;
      g += tg;
      if (Math.abs(tf) < 1e-18 * Math.abs(f) && Math.abs(tg) < 1e-18 * (Math.abs(g) + 1e-300)) break;
    }
    return C1 * f - C2 * g;
  }
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (x === Number.NEGATIVE_INFINITY) return 0;
  const z = Math.abs(x);
  const zeta = (2 / 3) * z * Math.sqrt(z);
  if (x > 0) {
    let s = 0;
    let last = Number.POSITIVE_INFINITY;
    for (let k = 0; k < U.length; k++) {
      const term = U[k] / zeta ** k;
      if (term > last) break;
      s += (k % 2 === 0 ? 1 : -1) * term;
      last = term;
      if (term < 1e-17) break;
    }
    return (Math.exp(-zeta) / (2 * Math.sqrt(Math.PI) * Math.sqrt(Math.sqrt(z)))) * s;
  }
  let p = 0;
  let q = 0;
  let last = Number.POSITIVE_INFINITY;
  for (let k = 0; 2 * k + 1 < U.length; k++) {
    const a = U[2 * k] / zeta ** (2 * k);
    const b = U[2 * k + 1] / zeta ** (2 * k + 1);
    if (a > last) break;
    const sign = k % 2 === 0 ? 1 : -1;
    p += sign * a;
    q += sign * b;
    last = b;
    if (b < 1e-17) break;
  }
  const phase = zeta - Math.PI / 4;
  return (Math.cos(phase) * p + Math.sin(phase) * q) / (Math.sqrt(Math.PI) * Math.sqrt(Math.sqrt(z)));
}
