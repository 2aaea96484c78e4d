import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downsampleBilinear, downsampleBlock } from './downsample.js';

const images = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 784, maxLength: 784 });

function total(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

describe('downsampling 28×28 → 10×10', () => {
  it('block averaging keeps all the ink: 9 × total(10×10) = total(28×28)', () => {
    fc.assert(
      fc.property(images, (img) => {
        const out = new Float64Array(100);
        downsampleBlock(img, 0, out);
        expect(Math.abs(9 * total(out) - total(img))).toBeLessThan(1e-10 * (1 + total(img)));
      }),
      { seed: 31, numRuns: 50 },
    );
  });

  it("Torch's shrinking 'bilinear' keeps the ink too: 2.8² × total(10×10) = total(28×28)", () => {
    fc.assert(
      fc.property(images, (img) => {
        const out = new Float64Array(100);
        downsampleBilinear(img, 0, out);
        expect(Math.abs(7.84 * total(out) - total(img))).toBeLessThan(1e-10 * (1 + total(img)));
      }),
      { seed: 32, numRuns: 50 },
    );
  });

  it('bilinear maps a constant image to the same constant; block does too away from the padded border', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (c) => {
        const img = new Float64Array(784).fill(c);
        const out = new Float64Array(100);
        downsampleBilinear(img, 0, out);
        for (const v of out) expect(Math.abs(v - c)).toBeLessThan(1e-12);
        downsampleBlock(img, 0, out);
        for (let r = 1; r < 9; r++)
          for (let k = 1; k < 9; k++) expect(Math.abs(out[r * 10 + k] - c)).toBeLessThan(1e-12);
        // Corner blocks see 4 of 9 pixels (two padded rows/columns meet there).
        expect(Math.abs(out[0] - (4 / 9) * c)).toBeLessThan(1e-12);
      }),
      { seed: 33, numRuns: 30 },
    );
  });

  it('a single ink pixel lands in the block that contains it', () => {
    const img = new Float64Array(784);
    img[5 * 28 + 7] = 1; // padded coordinates (6, 8) → block (2, 2)
    const out = new Float64Array(100);
    downsampleBlock(img, 0, out);
    expect(out[2 * 10 + 2]).toBeCloseTo(1 / 9, 15);
    expect(total(out)).toBeCloseTo(1 / 9, 15);
  });
});
