import { assertIndex, assertSpinOrder } from './theory-arguments.js';
import { theta, thetaK } from './theta.js';

/** Sampled complexity curves: thetaK[k][i] = Θ_{k,p}(u[i]) and theta[i] = Θ_p(u[i]). */
export interface ThetaCurve {
  p: number;
  kmax: number;
  u: number[];
  theta: number[];
  thetaK: number[][];
}

/**
 * Θ_p and Θ_{k,p} (k = 0…kmax) on `points` equally spaced levels from uFrom to uTo inclusive: the data behind
 * Choromanska et al. (2015), Figures 1 and 2 (plotted by the report module).
 */
export function thetaCurve(p: number, kmax: number, uFrom: number, uTo: number, points: number): ThetaCurve {
  assertSpinOrder(p);
  assertIndex(kmax);
  if (!(Number.isFinite(uFrom) && Number.isFinite(uTo) && uFrom < uTo)) {
    throw new RangeError(`need finite uFrom < uTo, got ${uFrom}, ${uTo}`);
  }
  if (!Number.isInteger(points) || points < 2) throw new RangeError(`points must be an integer ≥ 2, got ${points}`);
  const step = (uTo - uFrom) / (points - 1);
  const u = Array.from({ length: points }, (_, i) => (i === points - 1 ? uTo : uFrom + i * step));
  return {
    p,
    kmax,
    u,
    theta: u.map((x) => theta(x, p)),
    thetaK: Array.from({ length: kmax + 1 }, (_, k) => u.map((x) => thetaK(x, p, k))),
  };
}
