import type { Rng } from '../random/rng.js';
import { type Ensemble, multiplyByEnsemble } from './ensemble.js';
import { coefficientCount, multiplicity, nextMultiset, type PackedCouplings } from './packed-couplings.js';

export interface SampleCouplingsOptions {
  n: number;
  p: number;
  ensemble?: Ensemble;
  /** The disorder stream (callers use stream purpose 'disorder'). */
  rng: Rng;
  /** Standard deviation of each ordered coupling; 1 for a full sample, 1/√P for one of P sub-samples. */
  scale?: number;
  /** Where to write the C(N+p−1, p) coefficients (e.g. a WebAssembly kernel's memory); a new array by default. */
  out?: Float64Array;
}

/**
 * Sample packed couplings directly. A multiset with m distinct orderings has coefficient c = Σ of m i.i.d.
 * ordered couplings, which has mean 0 and variance m·scale²; we draw it as scale·√m·ξ with one ensemble draw
 * ξ per coefficient, in packed order. For the gaussian ensemble this is exactly the law of the sum; for the
 * others it matches the first two moments, which fix Var H(w) = N and E[H(w)H(w')] = N·R^p.
 */
export function sampleCouplings(options: SampleCouplingsOptions): PackedCouplings {
  const { n, p, rng } = options;
  const ensemble = options.ensemble ?? 'gaussian';
  const scale = options.scale ?? 1;
  if (!Number.isInteger(p) || p < 2) throw new RangeError(`p must be an integer ≥ 2, got ${p}`);
  const count = coefficientCount(n, p);
  const coefficients = options.out ?? new Float64Array(count);
  if (coefficients.length !== count) throw new RangeError(`out holds ${coefficients.length} numbers, need ${count}`);
  fillMultiplicityRoots(n, p, scale, coefficients);
  multiplyByEnsemble(ensemble, rng, coefficients);
  return { n, p, coefficients };
}

/** out[idx] = scale·√m(idx) for every multiset in packed order. */
function fillMultiplicityRoots(n: number, p: number, scale: number, out: Float64Array): void {
  if (p === 3) {
    // Distinct i<j<k: 6 orderings; two equal: 3; all equal: 1.
    const s1 = scale;
    const s3 = scale * Math.sqrt(3);
    const s6 = scale * Math.sqrt(6);
    let idx = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) {
        out[idx++] = i === j ? s1 : s3; // k = j
        const s = i === j ? s3 : s6;
        for (let k = j + 1; k < n; k++) out[idx++] = s;
      }
    }
    return;
  }
  const tuple = new Int32Array(p);
  let idx = 0;
  do {
    out[idx++] = scale * Math.sqrt(multiplicity(tuple));
  } while (nextMultiset(tuple, n));
}
