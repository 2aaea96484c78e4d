import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from './format-number.js';

describe('formatNumber', () => {
  it('keeps four significant digits and drops trailing zeros', () => {
    expect(formatNumber(0.761649)).toBe('0.7616');
    expect(formatNumber(0.05)).toBe('0.05');
    expect(formatNumber(-1.6329931618554521)).toBe('-1.633');
    expect(formatNumber(1234.56)).toBe('1235');
    expect(formatNumber(123456.7)).toBe('123457');
    expect(formatNumber(1.23456e-5)).toBe('1.235e-5');
    expect(formatNumber(2.5e12 + 0.5)).toBe('2.5e12');
    expect(formatNumber(0.5)).toBe('0.5');
  });

  it('writes integers in full and special values by name', () => {
    expect(formatNumber(1000)).toBe('1000');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe('−∞');
  });

  it('is within half a unit of the 4th significant digit of the value it formats', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e30, max: 1e30 }), (x) => {
        const parsed = Number(formatNumber(x));
        if (x === 0) return parsed === 0;
        return Math.abs(parsed - x) <= 0.5e-3 * Math.abs(x) * (1 + 1e-12);
      }),
      { seed: 20150101, numRuns: 300 },
    );
  });
});
