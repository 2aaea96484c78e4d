/**
 * Throw a RangeError unless 0 ≤ successes ≤ trials are integers and trials ≥ 1.
 *
 * @example checkCount(3, 10) // ok; checkCount(11, 10) throws
 */
export function checkCount(successes: number, trials: number): void {
  if (!Number.isInteger(trials) || trials < 1) throw new RangeError(`trials must be a positive integer, got ${trials}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new RangeError(`successes must be an integer in [0, ${trials}], got ${successes}`);
  }
}
