/**
 * A seeded train/test split stratified by digit.
 *
 * Each digit's images are shuffled once (Fisher–Yates, stream purpose 'split'); the train set takes the first
 * train_d of them and the test set the next test_d. The per-digit counts are proportional to the digit's
 * share of the images used (largest-remainder rounding, capped by what is available), so a split of any size,
 * including a small subset, has the digit proportions of the whole. Because the shuffle does not depend on
 * the sizes, the same seed gives the same per-digit order for every size.
 */
import { InputError } from '../core/input-error.js';
import { stream } from '../random/streams.js';

export interface SplitOptions {
  trainSize: number;
  testSize: number;
  /** Master seed of the 'split' stream. */
  seed: string | number;
  /** Digits to use (default all ten). */
  digits?: readonly number[];
}

export interface Split {
  /** Indices into the label array, grouped by digit (in `digits` order), each group in shuffled order. */
  train: Int32Array;
  test: Int32Array;
  /** Per-digit counts, in `digits` order. */
  trainPerDigit: number[];
  testPerDigit: number[];
}

/**
 * Allocate `total` units among groups in proportion to `weights`, capped by `caps` (largest remainder:
 * floors first, then one unit at a time to the group whose quota exceeds its allocation most).
 */
export function proportionalAllocation(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const weightSum = weights.reduce((s, w) => s + w, 0);
  const capSum = caps.reduce((s, c) => s + c, 0);
  if (total > capSum) throw new RangeError(`cannot allocate ${total} units into capacity ${capSum}`);
  const quota = weights.map((w) => (weightSum === 0 ? 0 : (total * w) / weightSum));
  const alloc = quota.map((q, i) => Math.min(Math.floor(q), caps[i]));
  let left = total - alloc.reduce((s, a) => s + a, 0);
  while (left > 0) {
    let best = -1;
    for (let i = 0; i < alloc.length; i++) {
      if (alloc[i] >= caps[i]) continue;
      if (best < 0 || quota[i] - alloc[i] > quota[best] - alloc[best]) best = i;
    }
    alloc[best]++;
    left--;
  }
  return alloc;
}

export function stratifiedSplit(labels: ArrayLike<number>, options: SplitOptions): Split {
  const digits = options.digits ?? [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const byDigit: number[][] = Array.from({ length: 10 }, () => []);
  for (let i = 0; i < labels.length; i++) byDigit[labels[i]]?.push(i);
  const available = digits.map((d) => byDigit[d].length);
  const totalAvailable = available.reduce((s, a) => s + a, 0);
  const { trainSize, testSize } = options;
  if (!Number.isInteger(trainSize) || trainSize < 1) throw new InputError(`train size must be ≥ 1, got ${trainSize}`);
  if (!Number.isInteger(testSize) || testSize < 1) throw new InputError(`test size must be ≥ 1, got ${testSize}`);
  if (trainSize + testSize > totalAvailable) {
    throw new InputError(
      `train size + test size = ${trainSize + testSize} exceeds the ${totalAvailable} images of digits ${digits.join(',')}`,
    );
  }
  const trainPerDigit = proportionalAllocation(trainSize, available, available);
  const testPerDigit = proportionalAllocation(
    testSize,
    available,
    available.map((a, k) => a - trainPerDigit[k]),
  );
  // One shuffle of every digit, all ten in order, so a digit's order does not depend on which digits are used.
  const rng = stream({ master: options.seed, purpose: 'split', size: 100, run: 0 });
  const shuffled = byDigit.map((indices) => {
    const a = indices.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  });
  const train: number[] = [];
  const test: number[] = [];
  digits.forEach((d, k) => {
    train.push(...shuffled[d].slice(0, trainPerDigit[k]));
    test.push(...shuffled[d].slice(trainPerDigit[k], trainPerDigit[k] + testPerDigit[k]));
  });
  return { train: Int32Array.from(train), test: Int32Array.from(test), trainPerDigit, testPerDigit };
}
