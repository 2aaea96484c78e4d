import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticalLevel, criticalLevels } from './critical-levels.js';
import { eInfinity } from './e-infinity.js';
import { thetaK } from './theta.js';

describe('criticalLevel E_k(p)', () => {
  it('p = 3: E_0 ≈ 1.657 and E_∞ ≈ 1.633, the values quoted by Auffinger–Ben Arous–Černý and Choromanska et al.', () => {
    expect(criticalLevel(3, 0)).toBeCloseTo(1.657, 3);
    expect(eInfinity(3)).toBeCloseTo(1.633, 3);
  });

  it('−E_k is a zero of Θ_{k,p} to ~1e-12, with Θ < 0 just below and > 0 just above', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 12 }), fc.integer({ min: 0, max: 50 }), (p, k) => {
        const ek = criticalLevel(p, k);
        expect(Math.abs(thetaK(-ek, p, k))).toBeLessThan(1e-13);
        expect(thetaK(-ek - 1e-11, p, k)).toBeLessThan(0);
        expect(thetaK(-ek + 1e-11, p, k)).toBeGreaterThan(0);
      }),
      { seed: 7, numRuns: 60 },
    );
  });

  it('E_0 > E_1 > … > E_k > E_∞ for p ∈ {3…8}', () => {
    for (let p = 3; p <= 8; p += 1) {
      const levels = criticalLevels(p, 25);
      for (let k = 1; k < levels.length; k += 1) expect(levels[k]).toBeLessThan(levels[k - 1]);
      expect(levels[levels.length - 1]).toBeGreaterThan(eInfinity(p));
    }
  });

  it('E_k → E_∞ as k grows: the gap shrinks roughly like k^{-2/3} (I₁ ~ δ^{3/2} near the edge)', () => {
    const e = eInfinity(3);
    const gap10 = criticalLevel(3, 10) - e;
    const gap1000 = criticalLevel(3, 1000) - e;
    expect(gap1000).toBeGreaterThan(0);
    expect(gap1000).toBeLessThan(gap10 / 10);
    // (k+1)·I₁(−E_∞ − δ) ≈ Θ(−E_∞) fixes δ ∝ (k+1)^{-2/3}: 101^{2/3}/11^{2/3} ≈ 4.4 between k = 10 and k = 100.
    const ratio = (criticalLevel(3, 10) - e) / (criticalLevel(3, 100) - e);
    expect(ratio).toBeGreaterThan(3.5);
    expect(ratio).toBeLessThan(5);
  });

  it('p = 2: no band, every E_k equals E_∞ = √2 (the ground state of a quadratic form on the sphere)', () => {
    for (const k of [0, 1, 7, 1000]) expect(criticalLevel(2, k)).toBe(Math.SQRT2);
  });

  it('the band width E_0 − E_∞ grows with p from 0 at p = 2 (so E_k(2) = E_∞(2) is the p ↓ 2 limit)', () => {
    let previous = criticalLevel(2, 0) - eInfinity(2);
    expect(previous).toBe(0);
    for (let p = 3; p <= 8; p += 1) {
      const gap = criticalLevel(p, 0) - eInfinity(p);
      expect(gap).toBeGreaterThan(previous);
      previous = gap;
    }
  });

  it('criticalLevels returns [E_0 … E_kmax] and both reject bad p or k with a RangeError', () => {
    expect(criticalLevels(4, 3)).toEqual([0, 1, 2, 3].map((k) => criticalLevel(4, k)));
    expect(() => criticalLevel(1, 0)).toThrow(RangeError);
    expect(() => criticalLevel(3.5, 0)).toThrow(RangeError);
    expect(() => criticalLevel(3, -1)).toThrow(RangeError);
    expect(() => criticalLevel(3, 1.5)).toThrow(RangeError);
    expect(() => criticalLevels(3, -1)).toThrow(RangeError);
  });
});
