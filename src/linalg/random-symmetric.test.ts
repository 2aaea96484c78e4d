import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { randomSymmetricMatrix } from './random-symmetric.js';

describe('randomSymmetricMatrix', () => {
  it('is symmetric and a pure function of the seed', () => {
    const n = 7;
    const a = randomSymmetricMatrix(n, createRng('sym'));
    const b = randomSymmetricMatrix(n, createRng('sym'));
    expect(b).toEqual(a);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(a[i * n + j]).toBe(a[j * n + i]);
    expect(randomSymmetricMatrix(0, createRng('sym')).length).toBe(0);
  });

  it('has entry variances 1 off the diagonal and 2 on it (chi-square bounds, false-alarm rate < 2e-6)', () => {
    // n = 300: 44850 off-diagonal and 300 diagonal draws. For k draws of N(0, σ²), Σx²/σ² ~ χ²_k with
    // mean k and sd √(2k); 4.89 sd is the two-sided 1e-6 normal quantile (the χ² is near-normal here).
    const n = 300;
    const a = randomSymmetricMatrix(n, createRng('variance'));
    let off = 0;
    let diag = 0;
    for (let i = 0; i < n; i++) {
      diag += a[i * n + i] ** 2 / 2;
      for (let j = 0; j < i; j++) off += a[i * n + j] ** 2;
    }
    const kOff = (n * (n - 1)) / 2;
    expect(Math.abs(off - kOff) / Math.sqrt(2 * kOff)).toBeLessThan(4.89);
    expect(Math.abs(diag - n) / Math.sqrt(2 * n)).toBeLessThan(4.89);
  });
});
