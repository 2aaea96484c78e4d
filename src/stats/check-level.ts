/**
 * Throw a RangeError unless `level` is a number strictly between 0 and 1 (a confidence level, a
 * probability for a quantile, or a significance level α).
 *
 * @example checkLevel(0.95, 'confidence') // ok; checkLevel(1, 'confidence') throws
 */
export function checkLevel(level: number, name = 'confidence'): void {
  if (typeof level !== 'number' || !(level > 0 && level < 1)) {
    throw new RangeError(`${name} must be strictly between 0 and 1, got ${level}`);
  }
}
