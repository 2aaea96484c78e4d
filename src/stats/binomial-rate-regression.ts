import { checkLevel } from './check-level.js';
import { checkSample } from './check-sample.js';
import { type BinomialRows, logLikelihood, profileLogLikelihood } from './logistic-profile.js';
import { normalCdf } from './normal-cdf.js';
import { normalQuantile } from './normal-quantile.js';

/** 'ok': finite MLE; 'separated': the MLE of b is ±∞; 'no-variation': all or no successes (b unidentified). */
export type BinomialRateStatus = 'ok' | 'separated' | 'no-variation' | 'not-converged';

export interface BinomialRateFit {
  status: BinomialRateStatus;
  /** Intercept and rate of logit p = a − b·size (±Infinity / NaN when status is not 'ok'). */
  a: number;
  b: number;
  standardErrorB: number;
  /** Wald z = b/se(b) and its one-sided p-value for H1: b > 0 (NaN unless status is 'ok'). */
  zB: number;
  pValueBPositive: number;
  /** Likelihood-ratio test of H0: b = 0, deviance(b = 0) − deviance(MLE) (also valid under separation). */
  lrStatistic: number;
  /** One-sided LR p-value for H1: b > 0, from the signed root sign(b̂)·√lrStatistic ~ N(0, 1) (1 if no variation). */
  pValueBPositiveLR: number;
  converged: boolean;
  iterations: number;
  /** Residual deviance 2(ℓ_saturated − ℓ̂) (its limit under separation). */
  deviance: number;
  /** Wald interval b ± z·se(b) (NaN ends unless status is 'ok'). */
  interval(confidence: number): { lower: number; upper: number };
  /** Profile-likelihood interval {b : D(b) − D(b̂) ≤ χ²₁(confidence)}; an end may be ±Infinity. */
  profileInterval(confidence: number): { lower: number; upper: number };
}

/**
 * Logistic (binomial GLM) fit of logit pᵢ = a − b·sizeᵢ to successesᵢ out of trialsᵢ, the model of "poor
 * minima become exponentially rare": b > 0 means the rate decays like e^{−b·size}. Fitted by Newton–Raphson
 * (= IRLS) with step-halving on sizes centred at their mean; Wald standard errors from the inverse Fisher
 * information. Decision rules should prefer the likelihood-ratio p-value / profile interval, which remain
 * valid when the data are separated.
 *
 * Degenerate data are reported, not hidden:
 *  - 'no-variation' (no successes, or no failures): a = ∓∞, b = NaN, pValueBPositiveLR = 1, profile
 *    interval (−∞, ∞) — a rule must say 'inconclusive'.
 *  - 'separated' (all successes at sizes ≤ c, all failures at sizes ≥ c): b̂ = +∞ (or −∞), Wald outputs NaN,
 *    but the LR statistic (with the supremum of the likelihood) and the profile interval (one infinite end)
 *    are finite and usable.
 * Needs ≥ 2 distinct sizes, integer 0 ≤ successes ≤ trials, trials ≥ 1.
 *
 * @example binomialRateRegression([10, 20, 30, 40], [30, 12, 5, 1], [100, 100, 100, 100]).b // ≈ 0.1
 */
export function binomialRateRegression(
  sizes: ArrayLike<number>,
  successes: ArrayLike<number>,
  trials: ArrayLike<number>,
): BinomialRateFit {
  checkSample(sizes, 2, 'sizes');
  checkSample(successes, 2, 'successes');
  checkSample(trials, 2, 'trials');
  const m = sizes.length;
  if (successes.length !== m || trials.length !== m) throw new RangeError('binomialRateRegression: lengths differ');
  let sizeSum = 0;
  let totalY = 0;
  let totalN = 0;
  for (let i = 0; i < m; i++) {
    if (!Number.isInteger(trials[i]) || trials[i] < 1) throw new RangeError(`trials[${i}] must be a positive integer`);
    if (!Number.isInteger(successes[i]) || successes[i] < 0 || successes[i] > trials[i]) {
      throw new RangeError(`successes[${i}] must be an integer in [0, trials[${i}]]`);
    }
    sizeSum += sizes[i];
    totalY += successes[i];
    totalN += trials[i];
  }
  const centre = sizeSum / m;
  const rows: BinomialRows = {
    d: Float64Array.from(sizes, (s) => s - centre),
    y: Float64Array.from(successes),
    n: Float64Array.from(trials),
  };
  let minD = Number.POSITIVE_INFINITY;
  let maxD = Number.NEGATIVE_INFINITY;
  for (const v of rows.d) {
    minD = Math.min(minD, v);
    maxD = Math.max(maxD, v);
  }
  if (!(maxD > minD)) throw new RangeError('binomialRateRegression: needs at least two distinct sizes');
  const scale = 1 / (maxD - minD);

  const saturated = saturatedLogLik(rows);
  const nanInterval = () => ({ lower: Number.NaN, upper: Number.NaN });
  if (totalY === 0 || totalY === totalN) {
    return {
      status: 'no-variation',
      a: totalY === 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      b: Number.NaN,
      standardErrorB: Number.NaN,
      zB: Number.NaN,
      pValueBPositive: Number.NaN,
      lrStatistic: 0,
      pValueBPositiveLR: 1,
      converged: false,
      iterations: 0,
      deviance: 0,
      interval: nanInterval,
      profileInterval: () => ({ lower: Number.NEGATIVE_INFINITY, upper: Number.POSITIVE_INFINITY }),
    };
  }
  const pooled = totalY / totalN;
  const c0 = Math.log(pooled / (1 - pooled));
  const nullDeviance = 2 * (saturated - logLikelihood(rows, c0, 0));
  const direction = separationDirection(rows);
  const profileDeviance = (b: number, cStart: number) => 2 * (saturated - profileLogLikelihood(rows, b, cStart).logLik);

  let c = c0;
  let b = 0;
  let iterations = 0;
  let converged = false;
  let deviance: number;
  let cov = [Number.NaN, Number.NaN, Number.NaN];
  if (direction !== 0) {
    deviance = separatedDeviance(rows, direction);
    b = direction * Number.POSITIVE_INFINITY;
  } else {
    let l = logLikelihood(rows, c, b);
    for (iterations = 1; iterations <= 100; iterations++) {
      const { g, info } = scoreAndInformation(rows, c, b);
      const det = info[0] * info[2] - info[1] * info[1];
      let dc = (info[2] * g[0] - info[1] * g[1]) / det;
      let db = (info[0] * g[1] - info[1] * g[0]) / det;
      let ln = logLikelihood(rows, c + dc, b + db);
      for (let h = 0; h < 60 && !(ln >= l); h++) {
        dc /= 2;
        db /= 2;
        ln = logLikelihood(rows, c + dc, b + db);
      }
      if (!(ln >= l)) break;
      c += dc;
      b += db;
      l = ln;
      if (Math.abs(dc) <= 1e-10 * Math.max(1, Math.abs(c)) && Math.abs(db) <= 1e-10 * Math.max(scale, Math.abs(b))) {
        converged = true;
        break;
      }
    }
    deviance = 2 * (saturated - l);
    const { info } = scoreAndInformation(rows, c, b);
    const det = info[0] * info[2] - info[1] * info[1];
    cov = [info[2] / det, -info[1] / det, info[0] / det];
  }
  const status: BinomialRateStatus = direction !== 0 ? 'separated' : converged ? 'ok' : 'not-converged';
  const lrStatistic = Math.max(0, nullDeviance - deviance);
  const signedRoot = Math.sign(b) * Math.sqrt(lrStatistic);
  const standardErrorB = status === 'ok' ? Math.sqrt(cov[2]) : Number.NaN;
  const zB = status === 'ok' ? b / standardErrorB : Number.NaN;
  const bHat = b;
  const cHat = c;
  const minDeviance = deviance;

  const profileInterval = (confidence: number) => {
    checkLevel(confidence);
    const q = normalQuantile((1 + confidence) / 2) ** 2;
    const g = (bb: number) => profileDeviance(bb, c0) - minDeviance - q;
    // A point inside the region (g < 0): the MLE, or a large enough |b| in the separated direction.
    let inside = Number.isFinite(bHat) ? bHat : 0;
    for (let k = 0; g(inside) >= 0 && k < 80; k++) inside = direction * scale * 2 ** k;
    const bound = (sign: number) => {
      if (Number.isFinite(bHat) === false && sign === direction) return sign * Number.POSITIVE_INFINITY;
      let inner = inside;
      let outer = inside;
      for (let k = 0; ; k++) {
        outer = inside + sign * scale * 2 ** (k - 4);
        if (g(outer) > 0) break;
        inner = outer;
        if (k > 200) return sign * Number.POSITIVE_INFINITY;
      }
      for (let k = 0; k < 200 && Math.abs(outer - inner) > 1e-10 * Math.max(scale, Math.abs(inner)); k++) {
        const mid = (inner + outer) / 2;
        if (g(mid) > 0) outer = mid;
        else inner = mid;
      }
      return (inner + outer) / 2;
    };
    return { lower: bound(-1), upper: bound(1) };
  };

  return {
    status,
    a: status === 'ok' || status === 'not-converged' ? cHat + bHat * centre : Number.NaN,
    b: bHat,
    standardErrorB,
    zB,
    pValueBPositive: status === 'ok' ? normalCdf(-zB) : Number.NaN,
    lrStatistic,
    pValueBPositiveLR: normalCdf(-signedRoot),
    converged,
    iterations,
    deviance: minDeviance,
    interval: (confidence: number) => {
      checkLevel(confidence);
      if (status !== 'ok') return nanInterval();
      const h = normalQuantile((1 + confidence) / 2) * standardErrorB;
      return { lower: bHat - h, upper: bHat + h };
    },
    profileInterval,
  };
}

/** Score g = ∇ℓ and Fisher information [I_cc, I_cb, I_bb] at (c, b). */
function scoreAndInformation(rows: BinomialRows, c: number, b: number): { g: [number, number]; info: number[] } {
  let gc = 0;
  let gb = 0;
  let icc = 0;
  let icb = 0;
  let ibb = 0;
  for (let i = 0; i < rows.d.length; i++) {
    const d = rows.d[i];
    const pi = 1 / (1 + Math.exp(-(c - b * d)));
    const r = rows.y[i] - rows.n[i] * pi;
    const w = rows.n[i] * pi * (1 - pi);
    gc += r;
    gb -= d * r;
    icc += w;
    icb -= w * d;
    ibb += w * d * d;
  }
  return { g: [gc, gb], info: [icc, icb, ibb] };
}

/** Σ y log(y/n) + (n − y) log(1 − y/n), with 0 log 0 = 0. */
function saturatedLogLik(rows: BinomialRows): number {
  let l = 0;
  for (let i = 0; i < rows.d.length; i++) l += binomialLogLik(rows.y[i], rows.n[i], rows.y[i] / rows.n[i]);
  return l;
}

function binomialLogLik(y: number, n: number, p: number): number {
  return (y > 0 ? y * Math.log(p) : 0) + (n - y > 0 ? (n - y) * Math.log1p(-p) : 0);
}

/**
 * +1 if the data are (quasi-)separated with successes only at the small sizes (b̂ = +∞), −1 for the
 * mirror image (b̂ = −∞), 0 if the MLE is finite.
 */
function separationDirection(rows: BinomialRows): number {
  let maxSuccess = Number.NEGATIVE_INFINITY;
  let minSuccess = Number.POSITIVE_INFINITY;
  let maxFailure = Number.NEGATIVE_INFINITY;
  let minFailure = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rows.d.length; i++) {
    if (rows.y[i] > 0) {
      maxSuccess = Math.max(maxSuccess, rows.d[i]);
      minSuccess = Math.min(minSuccess, rows.d[i]);
    }
    if (rows.y[i] < rows.n[i]) {
      maxFailure = Math.max(maxFailure, rows.d[i]);
      minFailure = Math.min(minFailure, rows.d[i]);
    }
  }
  if (maxSuccess <= minFailure) return 1;
  if (minSuccess >= maxFailure) return -1;
  return 0;
}

/** The limit of the deviance along the separating direction: rows at the boundary size share one rate. */
function separatedDeviance(rows: BinomialRows, direction: number): number {
  let boundary = direction > 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  for (let i = 0; i < rows.d.length; i++) {
    if (rows.y[i] > 0) boundary = direction > 0 ? Math.max(boundary, rows.d[i]) : Math.min(boundary, rows.d[i]);
  }
  let y = 0;
  let n = 0;
  let sat = 0;
  for (let i = 0; i < rows.d.length; i++) {
    if (rows.d[i] !== boundary) continue;
    y += rows.y[i];
    n += rows.n[i];
    sat += binomialLogLik(rows.y[i], rows.n[i], rows.y[i] / rows.n[i]);
  }
  if (n === 0) return 0;
  // Rows away from the boundary are fitted exactly in the limit; boundary rows share the pooled rate.
  let pooledLogLik = 0;
  for (let i = 0; i < rows.d.length; i++) {
    if (rows.d[i] === boundary) pooledLogLik += binomialLogLik(rows.y[i], rows.n[i], y / n);
  }
  return Math.max(0, 2 * (sat - pooledLogLik));
}
