import { checkLevel } from './check-level.js';
import { checkSample } from './check-sample.js';
import { studentTCdf } from './student-t-cdf.js';
import { studentTQuantile } from './student-t-quantile.js';

/** A straight-line least-squares fit with t-based inference (see linearRegression). */
export interface LinearFit {
  slope: number;
  intercept: number;
  slopeStandardError: number;
  interceptStandardError: number;
  /** 1 − SSE/SST (weighted); 1 when y is constant (then SSE = SST = 0). */
  rSquared: number;
  /** s = √(SSE/(n − 2)) (weighted SSE). */
  residualStandardError: number;
  /** n − 2. */
  df: number;
  /** Two-sided p-value of H0: slope = 0 (t test with n − 2 df). */
  slopePValue: number;
  slopeInterval(confidence: number): { lower: number; upper: number };
  interceptInterval(confidence: number): { lower: number; upper: number };
}

/**
 * Weighted least squares fit of y = a + b·x, minimising Σ wᵢ(yᵢ − a − b xᵢ)² (wᵢ > 0, e.g. inverse
 * variances known up to a common factor). With weighted means x̄_w, ȳ_w and Sxx = Σ wᵢ(xᵢ − x̄_w)²:
 *   b = Σ wᵢ(xᵢ − x̄_w)(yᵢ − ȳ_w)/Sxx,  a = ȳ_w − b x̄_w,  s² = Σ wᵢ rᵢ²/(n − 2),
 *   se(b) = s/√Sxx,  se(a) = s·√(1/Σwᵢ + x̄_w²/Sxx)
 * (the residual scale is estimated, as in R's lm(weights=)). Needs n ≥ 3, x not constant.
 *
 * @example weightedLinearRegression([0, 1, 2], [1, 3, 5], [1, 2, 1]).slope // 2
 */
export function weightedLinearRegression(x: ArrayLike<number>, y: ArrayLike<number>, w: ArrayLike<number>): LinearFit {
  checkSample(x, 3, 'x');
  checkSample(y, 3, 'y');
  checkSample(w, 3, 'w');
  const n = x.length;
  if (y.length !== n || w.length !== n) throw new RangeError('linear regression: x, y and w must have equal lengths');
  let sw = 0;
  let swx = 0;
  let swy = 0;
  for (let i = 0; i < n; i++) {
    if (!(w[i] > 0)) throw new RangeError(`linear regression: weights must be positive, w[${i}] = ${w[i]}`);
    sw += w[i];
    swx += w[i] * x[i];
    swy += w[i] * y[i];
  }
  const mx = swx / sw;
  const my = swy / sw;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxx += w[i] * dx * dx;
    sxy += w[i] * dx * dy;
    syy += w[i] * dy * dy;
  }
  if (!(sxx > 0)) throw new RangeError('linear regression: x is constant, the slope is undefined');
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let sse = 0;
  for (let i = 0; i < n; i++) {
    const r = y[i] - intercept - slope * x[i];
    sse += w[i] * r * r;
  }
  const df = n - 2;
  const s = Math.sqrt(sse / df);
  const slopeStandardError = s / Math.sqrt(sxx);
  const interceptStandardError = s * Math.sqrt(1 / sw + (mx * mx) / sxx);
  const interval = (estimate: number, se: number) => (confidence: number) => {
    checkLevel(confidence);
    const h = studentTQuantile((1 + confidence) / 2, df) * se;
    return { lower: estimate - h, upper: estimate + h };
  };
  const tSlope = slopeStandardError > 0 ? Math.abs(slope) / slopeStandardError : Number.POSITIVE_INFINITY;
  return {
    slope,
    intercept,
    slopeStandardError,
    interceptStandardError,
    rSquared: syy > 0 ? Math.max(0, 1 - sse / syy) : 1,
    residualStandardError: s,
    df,
    slopePValue: slope === 0 && slopeStandardError === 0 ? 1 : 2 * studentTCdf(-tSlope, df),
    slopeInterval: interval(slope, slopeStandardError),
    interceptInterval: interval(intercept, interceptStandardError),
  };
}
