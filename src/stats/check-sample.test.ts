import { describe, expect, it } from 'vitest';
import { checkCount } from './check-count.js';
import { checkLevel } from './check-level.js';
import { checkPValues } from './check-p-values.js';
import { checkSample } from './check-sample.js';

describe('input checks', () => {
  it('checkSample accepts finite arrays of the required length only', () => {
    expect(() => checkSample([1, 2], 2)).not.toThrow();
    expect(() => checkSample([1], 2)).toThrow(RangeError);
    expect(() => checkSample([1, Number.POSITIVE_INFINITY], 1)).toThrow(RangeError);
  });
  it('checkLevel, checkCount and checkPValues reject out-of-range values', () => {
    expect(() => checkLevel(0.5)).not.toThrow();
    expect(() => checkLevel(0)).toThrow(RangeError);
    expect(() => checkCount(2, 1)).toThrow(RangeError);
    expect(() => checkCount(0, 1)).not.toThrow();
    expect(() => checkPValues([])).toThrow(RangeError);
    expect(() => checkPValues([0, 1])).not.toThrow();
  });
});
