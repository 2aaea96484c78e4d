import { describe, expect, it } from 'vitest';
import { airyAi } from './airy.js';

describe('airyAi', () => {
  // Reference values: DLMF / scipy.special.airy (double precision).
  it.each([
    [0, 0.3550280538878172],
    [1, 0.1352924163128814],
    [-1, 0.5355608832923521],
    [5, 1.0834442813607433e-4],
    [-5, 0.3507610090241142],
    [10, 1.104753255289869e-10],
    [-10, 0.040241238486441955],
    [-8, -0.05270505035638643],
  ])('Ai(%d)', (x, v) => {
    expect(Math.abs(airyAi(x) - v)).toBeLessThan(1e-9 * Math.max(Math.abs(v), 1e-3));
  });

  it('the series and the asymptotic expansions agree at the switch points ±5', () => {
    for (const x of [5, -5]) {
      const d = airyAi(x + 1e-9) - airyAi(x - 1e-9);
      expect(Math.abs(d)).toBeLessThan(1e-7 * Math.abs(airyAi(x)));
    }
  });
});
