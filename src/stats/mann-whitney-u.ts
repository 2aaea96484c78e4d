import { checkSample } from './check-sample.js';
import { normalCdf } from './normal-cdf.js';

/**
 * Mann–Whitney U test (Wilcoxon rank-sum) with the normal approximation, tie correction and continuity
 * correction (as scipy.stats.mannwhitneyu(method='asymptotic')).
 *   U = #{(i, j): xᵢ > yⱼ} + ½ #{xᵢ = yⱼ} = R_x − nx(nx+1)/2 (R_x: sum of mid-ranks of x in the pooled sample),
 *   E U = nx·ny/2,  Var U = nx·ny/12 · (N + 1 − Σ(tₖ³ − tₖ)/(N(N − 1))),  tₖ = sizes of tie groups,
 *   z = (U − E U)/√Var U (reported without continuity correction).
 * pValueGreater is for H1: x tends to be larger than y, 1 − Φ((U − E U − ½)/sd); pValueLess the mirror.
 * If every value is tied (Var U = 0) there is no evidence either way: z = 0 and all p-values are 1.
 *
 * @example mannWhitneyU([1, 2, 3], [4, 5, 6]).u // 0
 */
export function mannWhitneyU(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): { u: number; z: number; pValueLess: number; pValueGreater: number; pValueTwoSided: number } {
  checkSample(x, 1, 'x');
  checkSample(y, 1, 'y');
  const nx = x.length;
  const ny = y.length;
  const n = nx + ny;
  const pooled: { v: number; fromX: boolean }[] = [];
  for (let i = 0; i < nx; i++) pooled.push({ v: x[i], fromX: true });
  for (let j = 0; j < ny; j++) pooled.push({ v: y[j], fromX: false });
  pooled.sort((a, b) => a.v - b.v);
  let rankSumX = 0;
  let tieTerm = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && pooled[j + 1].v === pooled[i].v) j++;
    const midRank = (i + j + 2) / 2;
    const t = j - i + 1;
    tieTerm += t * t * t - t;
    for (let k = i; k <= j; k++) if (pooled[k].fromX) rankSumX += midRank;
    i = j + 1;
  }
  const u = rankSumX - (nx * (nx + 1)) / 2;
  const mu = (nx * ny) / 2;
  const varU = ((nx * ny) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (!(varU > 0)) return { u, z: 0, pValueLess: 1, pValueGreater: 1, pValueTwoSided: 1 };
  const sd = Math.sqrt(varU);
  const pValueGreater = Math.min(1, normalCdf(-(u - mu - 0.5) / sd));
  const pValueLess = Math.min(1, normalCdf((u - mu + 0.5) / sd));
  const pValueTwoSided = Math.min(1, 2 * normalCdf(-(Math.abs(u - mu) - 0.5) / sd));
  return { u, z: (u - mu) / sd, pValueLess, pValueGreater, pValueTwoSided };
}
