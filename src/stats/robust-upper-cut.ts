import { checkSample } from './check-sample.js';
import { median } from './median.js';

/** 1/Φ⁻¹(3/4): makes the median absolute deviation a consistent estimate of σ for normal data. */
const MAD_TO_SD = 1.482602218505602;

/**
 * The robust outlier cut median + c·1.4826·MAD of a sample (MAD = median absolute deviation from the median): a
 * value above it lies more than c robust standard deviations above the bulk. For normal data the share above it
 * tends to 1 − Φ(c) (0.00135 at c = 3), whatever the mean and scale, so a share above the cut that changes with
 * size measures a change in the tail's weight, not a shift or a shrinking of the bulk.
 *
 * @example robustUpperCut([1, 2, 3, 4, 100], 3) // 3 + 3·1.4826·1 = 7.4478
 */
export function robustUpperCut(values: ArrayLike<number>, c: number): number {
  checkSample(values, 1, 'values');
  if (!(c >= 0) || !Number.isFinite(c)) throw new RangeError(`robustUpperCut: c must be finite and ≥ 0, got ${c}`);
  const m = median(values);
  const deviations = Array.from(values, (v) => Math.abs(v - m));
  return m + c * MAD_TO_SD * median(deviations);
}
