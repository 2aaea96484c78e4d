/**
 * Throw a RangeError unless `pValues` is a non-empty list of numbers in [0, 1].
 *
 * @example checkPValues([0.01, 0.5]) // ok; checkPValues([1.2]) throws
 */
export function checkPValues(pValues: ArrayLike<number>): void {
  if (pValues == null || typeof pValues.length !== 'number' || pValues.length === 0) {
    throw new RangeError('p-values must be a non-empty list');
  }
  for (let i = 0; i < pValues.length; i++) {
    const p = pValues[i];
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw new RangeError(`p-value ${i} is not in [0, 1]: ${p}`);
  }
}
