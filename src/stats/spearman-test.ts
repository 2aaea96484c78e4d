import { averageRanks } from './average-ranks.js';
import { pearson } from './pearson.js';
import { studentTCdf } from './student-t-cdf.js';

export interface SpearmanTest {
  /** Spearman's rank correlation: Pearson's r of the average ranks (ties averaged). */
  rho: number;
  n: number;
  /** One-sided p-value of H0: no monotone association, against rho > 0. */
  pGreater: number;
  /** One-sided p-value against rho < 0. */
  pLess: number;
}

/**
 * Spearman's rank correlation with the t approximation of its null distribution:
 *   ρ = Pearson r of the average ranks of x and y (= 1 − 6Σdᵢ²/(n(n² − 1)) without ties, dᵢ the rank differences),
 *   t = ρ·√((n − 2)/(1 − ρ²)),  t ~ Student t with n − 2 degrees of freedom under independence
 * (Zar 1972; exact tables differ little from n ≈ 10). |ρ| = 1 gives p = 0 on its side. Needs n ≥ 3 and neither
 * sample constant.
 *
 * @example spearmanTest([1, 2, 3, 4], [1, 3, 2, 5]).rho // 0.8
 */
export function spearmanTest(x: ArrayLike<number>, y: ArrayLike<number>): SpearmanTest {
  const n = x.length;
  if (y.length !== n) throw new RangeError('spearmanTest: x and y must have equal lengths');
  if (n < 3) throw new RangeError(`spearmanTest needs n ≥ 3, got ${n}`);
  const rho = pearson(averageRanks(x), averageRanks(y));
  if (!Number.isFinite(rho)) throw new RangeError('spearmanTest: a sample is constant');
  if (rho >= 1) return { rho: 1, n, pGreater: 0, pLess: 1 };
  if (rho <= -1) return { rho: -1, n, pGreater: 1, pLess: 0 };
  const t = rho * Math.sqrt((n - 2) / (1 - rho * rho));
  const cdf = studentTCdf(t, n - 2);
  return { rho, n, pGreater: 1 - cdf, pLess: cdf };
}
