import { checkSample } from './check-sample.js';
import { mean } from './mean.js';

/**
 * Pearson correlation r = Σ(xᵢ − x̄)(yᵢ − ȳ) / √(Σ(xᵢ − x̄)² Σ(yᵢ − ȳ)²) (two-pass, centred sums),
 * clamped to [−1, 1]. Needs equal lengths n ≥ 2 and neither sample constant.
 *
 * @example pearson([1, 2, 3], [2, 4, 7]) // 0.9933992677987828
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  checkSample(x, 2, 'x');
  checkSample(y, 2, 'y');
  if (x.length !== y.length) throw new RangeError(`pearson: x and y differ in length (${x.length} vs ${y.length})`);
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) throw new RangeError('pearson: a sample is constant, the correlation is undefined');
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
