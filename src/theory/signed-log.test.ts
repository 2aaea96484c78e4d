import { describe, expect, it } from 'vitest';
import { logSumExp, signedLogSum, toSignedLog } from './signed-log.js';

describe('signed log arithmetic', () => {
  it('adds ordinary numbers like doubles', () => {
    const r = signedLogSum([toSignedLog(3), toSignedLog(-5), toSignedLog(0.5)]);
    expect(r.sign).toBe(-1);
    expect(Math.exp(r.log)).toBeCloseTo(1.5, 13);
    expect(signedLogSum([toSignedLog(2), toSignedLog(-2)]).sign).toBe(0);
    expect(signedLogSum([]).sign).toBe(0);
  });

  it('adds numbers far outside the double range', () => {
    const r = signedLogSum([
      { sign: 1, log: -2000 },
      { sign: 1, log: -2000 + Math.log(3) },
    ]);
    expect(r.sign).toBe(1);
    expect(r.log).toBeCloseTo(-2000 + Math.log(4), 12);
    expect(logSumExp([5000, 5000])).toBeCloseTo(5000 + Math.log(2), 12);
    expect(logSumExp([])).toBe(Number.NEGATIVE_INFINITY);
  });
});
