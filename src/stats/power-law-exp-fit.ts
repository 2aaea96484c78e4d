import { checkSample } from './check-sample.js';

/**
 * Fit of the paper's scaling law "mean test loss ≈ exp(α·n^β)" (Choromanska et al. 2015, section 6): the
 * least-squares problem it solves is on the log scale,
 *   minimise over (α, β):  Σᵢ (log meanᵢ − α·nᵢ^β)²,
 * i.e. Gauss–Newton's problem, solved here exactly by variable projection: for fixed β the best α is
 * α(β) = Σ Lᵢuᵢ / Σ uᵢ² (uᵢ = nᵢ^β, Lᵢ = log meanᵢ), leaving the 1-D residual RSS(β) = Σ L² − (Σ L u)²/Σ u²,
 * minimised on a grid over β ∈ betaRange (default [−4, 4], 4001 points) and refined by golden section.
 * converged is false when the minimum sits at an end of betaRange (β not identified within it).
 * rSquared = 1 − RSS/Σ(Lᵢ − L̄)², residuals are Lᵢ − α nᵢ^β (log scale). Needs ≥ 3 points, nᵢ > 0,
 * meanᵢ > 0, at least 2 distinct n.
 * With `weights` wᵢ > 0 the fit is weighted least squares, Σ wᵢ(Lᵢ − α nᵢ^β)² (α(β) = Σ wLu / Σ wu², RSS the
 * weighted sum; with wᵢ = 1/Var Lᵢ it is a χ² statistic, as expLawComparison uses it), and rSquared uses the
 * weighted mean and sum of squares; residuals stay unweighted. Unit weights give the unweighted fit bit for bit.
 *
 * @example powerLawExpFit([10, 20, 40], [Math.exp(2 * 10 ** -0.5), Math.exp(2 * 20 ** -0.5), Math.exp(2 * 40 ** -0.5)]) // α = 2, β = −0.5
 */
export function powerLawExpFit(
  n: ArrayLike<number>,
  meanLoss: ArrayLike<number>,
  options: { betaRange?: [number, number]; weights?: ArrayLike<number> } = {},
): { alpha: number; beta: number; rSquared: number; rss: number; residuals: Float64Array; converged: boolean } {
  checkSample(n, 3, 'n');
  checkSample(meanLoss, 3, 'meanLoss');
  if (n.length !== meanLoss.length) throw new RangeError('powerLawExpFit: n and meanLoss differ in length');
  const [lo, hi] = options.betaRange ?? [-4, 4];
  if (!(lo < hi) || !Number.isFinite(lo) || !Number.isFinite(hi)) throw new RangeError('powerLawExpFit: bad betaRange');
  const m = n.length;
  const weights = options.weights;
  if (weights !== undefined) {
    if (weights.length !== m) throw new RangeError('powerLawExpFit: weights and n differ in length');
    for (let i = 0; i < m; i++) {
      if (!(weights[i] > 0) || !Number.isFinite(weights[i])) {
        throw new RangeError(`powerLawExpFit: weights[${i}] must be positive and finite`);
      }
    }
  }
  const w = Float64Array.from({ length: m }, (_, i) => (weights === undefined ? 1 : weights[i]));
  let nMax = 0;
  let nMin = Number.POSITIVE_INFINITY;
  for (let i = 0; i < m; i++) {
    if (!(n[i] > 0)) throw new RangeError(`powerLawExpFit: n[${i}] must be positive`);
    if (!(meanLoss[i] > 0)) throw new RangeError(`powerLawExpFit: meanLoss[${i}] must be positive`);
    nMax = Math.max(nMax, n[i]);
    nMin = Math.min(nMin, n[i]);
  }
  if (!(nMax > nMin)) throw new RangeError('powerLawExpFit: needs at least two distinct n');
  const logs = Float64Array.from(meanLoss, Math.log);
  // Work with (n/nMax)^β to avoid overflow; α = α'·nMax^{−β}.
  const ratio = Float64Array.from(n, (v) => v / nMax);
  const project = (beta: number) => {
    let lu = 0;
    let uu = 0;
    for (let i = 0; i < m; i++) {
      const u = ratio[i] ** beta;
      lu += w[i] * logs[i] * u; // w = 1 (unweighted): exactly logs·u and u·u
      uu += w[i] * u * u;
    }
    const alphaScaled = lu / uu;
    let rss = 0;
    for (let i = 0; i < m; i++) rss += w[i] * (logs[i] - alphaScaled * ratio[i] ** beta) ** 2;
    return { alphaScaled, rss };
  };
  const steps = 4000;
  let best = 0;
  let bestRss = Number.POSITIVE_INFINITY;
  for (let k = 0; k <= steps; k++) {
    const r = project(lo + ((hi - lo) * k) / steps).rss;
    if (r < bestRss) {
      bestRss = r;
      best = k;
    }
  }
  const h = (hi - lo) / steps;
  let a = lo + Math.max(0, best - 1) * h;
  let b = lo + Math.min(steps, best + 1) * h;
  const phi = (Math.sqrt(5) - 1) / 2;
  let x1 = b - phi * (b - a);
  let x2 = a + phi * (b - a);
  let f1 = project(x1).rss;
  let f2 = project(x2).rss;
  for (let it = 0; it < 200 && b - a > 1e-13 * Math.max(1, Math.abs(a)); it++) {
    if (f1 < f2) {
      b = x2;
      x2 = x1;
      f2 = f1;
      x1 = b - phi * (b - a);
      f1 = project(x1).rss;
    } else {
      a = x1;
      x1 = x2;
      f1 = f2;
      x2 = a + phi * (b - a);
      f2 = project(x2).rss;
    }
  }
  const beta = (a + b) / 2;
  const { alphaScaled, rss } = project(beta);
  const alpha = alphaScaled * nMax ** -beta;
  let meanLog = 0;
  let sst = 0;
  if (weights === undefined) {
    for (const v of logs) meanLog += v / m;
    for (const v of logs) sst += (v - meanLog) ** 2;
  } else {
    const sw = w.reduce((acc, v) => acc + v, 0);
    meanLog = logs.reduce((acc, v, i) => acc + w[i] * v, 0) / sw;
    sst = logs.reduce((acc, v, i) => acc + w[i] * (v - meanLog) ** 2, 0);
  }
  const residuals = Float64Array.from(logs, (v, i) => v - alphaScaled * ratio[i] ** beta);
  return {
    alpha,
    beta,
    rSquared: sst > 0 ? 1 - rss / sst : 1,
    rss,
    residuals,
    converged: best > 0 && best < steps,
  };
}
