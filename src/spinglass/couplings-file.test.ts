import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import { writeNpy } from '../io/npy.js';
import { createRng } from '../random/rng.js';
import { readCouplingsFile, writeCouplingsFile } from './couplings-file.js';
import { SpinGlassLandscape } from './spin-glass-landscape.js';

describe('the couplings file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'couplings-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back what it writes, to the rounding of splitting each coefficient over its p! orderings and summing back', () => {
    const landscape = SpinGlassLandscape.sample({ n: 7, p: 3, rng: createRng('couplings-file-test') });
    const file = join(dir, 'j.npy');
    writeCouplingsFile(file, landscape);
    const back = readCouplingsFile(file);
    expect([back.n, back.p]).toEqual([7, 3]);
    const before = landscape.couplings.coefficients;
    const after = back.couplings.coefficients;
    expect(after.length).toBe(before.length);
    // unpacking divides a coefficient by its number of orderings (≤ 3! = 6) and packing adds them back: a few
    // roundings, so each coefficient comes back within 8 ulp (relative 8 · 2⁻⁵² ≈ 1.8e-15)
    for (let i = 0; i < before.length; i++) {
      expect(Math.abs(after[i] - before[i])).toBeLessThanOrEqual(8 * 2 ** -52 * Math.abs(before[i]));
    }
    const w = new Float64Array(7).fill(1);
    expect(back.value(w)).toBeCloseTo(landscape.value(w), 12);
  });

  it('rejects a tensor whose axes differ, a vector, and a non-finite entry, naming the flag', () => {
    const uneven = join(dir, 'uneven.npy');
    writeNpy(uneven, [3, 4], new Float64Array(12));
    expect(() => readCouplingsFile(uneven)).toThrow(InputError);
    expect(() => readCouplingsFile(uneven)).toThrow(/--couplings must be a full tensor of shape N×…×N.*\(3, 4\)/);
    const vector = join(dir, 'vector.npy');
    writeNpy(vector, [4], new Float64Array(4));
    expect(() => readCouplingsFile(vector, '--j')).toThrow(/^--j must be a full tensor/);
    const bad = join(dir, 'nan.npy');
    const data = new Float64Array(9);
    data[5] = Number.NaN;
    writeNpy(bad, [3, 3], data);
    expect(() => readCouplingsFile(bad)).toThrow('--couplings has a non-finite entry at flat index 5');
  });
});
