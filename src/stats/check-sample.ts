/**
 * Throw a RangeError unless `values` holds at least `minLength` finite numbers.
 * Shared by every function in src/stats that takes a sample.
 *
 * @example checkSample([1, 2], 2, 'x') // ok; checkSample([], 1, 'x') throws
 */
export function checkSample(values: ArrayLike<number>, minLength: number, name = 'sample'): void {
  if (values == null || typeof values.length !== 'number') throw new RangeError(`${name} must be an array of numbers`);
  if (values.length < minLength) {
    throw new RangeError(`${name} needs at least ${minLength} value(s), got ${values.length}`);
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new RangeError(`${name}[${i}] is not a finite number: ${v}`);
  }
}
