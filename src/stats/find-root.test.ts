import { describe, expect, it } from 'vitest';
import { findRoot } from './find-root.js';

describe('findRoot', () => {
  it('finds √2 and the root of an increasing cubic with an infinite bracket', () => {
    expect(
      Math.abs(
        findRoot(
          (x) => x * x - 2,
          (x) => 2 * x,
          0,
          2,
          1,
        ) - Math.SQRT2,
      ),
    ).toBeLessThan(1e-15);
    const r = findRoot(
      (x) => x ** 3 + x - 10,
      (x) => 3 * x * x + 1,
      Number.NEGATIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      -50,
    );
    expect(Math.abs(r ** 3 + r - 10)).toBeLessThan(1e-12);
  });

  it('falls back to bisection when the Newton step leaves the bracket (flat derivative)', () => {
    const r = findRoot(
      (x) => Math.tanh(x - 3),
      () => 1e-30,
      -10,
      10,
      0,
    );
    expect(Math.abs(r - 3)).toBeLessThan(1e-13);
  });
});
