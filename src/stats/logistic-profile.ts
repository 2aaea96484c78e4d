/**
 * Binomial log-likelihood pieces for the model logit πᵢ = c − b·dᵢ (dᵢ = centred size), used by
 * binomialRateRegression. ℓ(c, b) = Σ yᵢηᵢ − nᵢ log(1 + e^{ηᵢ}), ηᵢ = c − b dᵢ.
 * `profileLogLikelihood` maximises ℓ over c for a fixed b (a concave 1-D problem, Newton with
 * step-halving); it needs 0 < Σy < Σn so that the maximiser is finite.
 */
export interface BinomialRows {
  d: Float64Array;
  y: Float64Array;
  n: Float64Array;
}

/** log(1 + eˣ) without overflow. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

export function logLikelihood(rows: BinomialRows, c: number, b: number): number {
  let l = 0;
  for (let i = 0; i < rows.d.length; i++) {
    const eta = c - b * rows.d[i];
    l += rows.y[i] * eta - rows.n[i] * softplus(eta);
  }
  return l;
}

/** max_c ℓ(c, b) and its maximiser, starting the Newton iteration from `c0`. */
export function profileLogLikelihood(rows: BinomialRows, b: number, c0: number): { c: number; logLik: number } {
  let c = c0;
  let l = logLikelihood(rows, c, b);
  for (let iter = 0; iter < 200; iter++) {
    let g = 0;
    let h = 0;
    for (let i = 0; i < rows.d.length; i++) {
      const pi = 1 / (1 + Math.exp(-(c - b * rows.d[i])));
      g += rows.y[i] - rows.n[i] * pi;
      h += rows.n[i] * pi * (1 - pi);
    }
    if (g === 0) break;
    let step = h > 0 ? g / h : Math.sign(g);
    let next = c + step;
    let ln = logLikelihood(rows, next, b);
    for (let halve = 0; halve < 60 && !(ln >= l); halve++) {
      step /= 2;
      next = c + step;
      ln = logLikelihood(rows, next, b);
    }
    if (!(ln >= l)) break;
    const done = Math.abs(next - c) <= 1e-12 * Math.max(1, Math.abs(c));
    c = next;
    l = ln;
    if (done) break;
  }
  return { c, logLik: l };
}
