import { describe, expect, it } from 'vitest';
import { standardDeviation } from './standard-deviation.js';

describe('standardDeviation', () => {
  it('is the square root of the sample variance', () => {
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 15);
    expect(() => standardDeviation([])).toThrow(RangeError);
  });
});
