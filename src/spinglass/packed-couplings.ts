/**
 * Packed storage of the couplings of a p-spin Hamiltonian: one coefficient per multiset
 * i1 ≤ i2 ≤ … ≤ ip (indices 0-based), in lexicographic order (the last index varies fastest):
 * for p = 3 the order is (0,0,0), (0,0,1), …, (0,0,N−1), (0,1,1), …, (N−1,N−1,N−1).
 *
 * The coefficient of a multiset is the sum of the ordered couplings J over its distinct orderings, so that
 *   Σ_{i1,…,ip} J_{i1…ip} w_{i1}⋯w_{ip} = Σ_{i1≤…≤ip} c_{i1…ip} w_{i1}⋯w_{ip}.
 * There are C(N+p−1, p) multisets: N=500, p=3 gives 20,958,500 doubles ≈ 168 MB.
 */
export interface PackedCouplings {
  /** Number of spins N. */
  n: number;
  /** Interaction order p ≥ 2. */
  p: number;
  /** The C(N+p−1, p) multiset coefficients, in the order described above. */
  coefficients: Float64Array;
}

/** C(N+p−1, p), the number of multisets of size p from N indices (the packed length). */
export function coefficientCount(n: number, p: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!Number.isInteger(p) || p < 1) throw new RangeError(`p must be a positive integer, got ${p}`);
  // C(n+p−1, p) = Π_{r=1..p} (n−1+r)/r; each partial product is itself a binomial coefficient, so exact.
  let count = 1;
  for (let r = 1; r <= p; r++) {
    count = (count * (n - 1 + r)) / r;
    if (!Number.isSafeInteger(count)) throw new RangeError(`C(${n + p - 1}, ${p}) is too large`);
  }
  return count;
}

/**
 * Advance a nondecreasing tuple to the next one in the packed order, in place. Returns false (leaving the
 * tuple unchanged) after the last one, (N−1, …, N−1). Start from (0, …, 0).
 */
export function nextMultiset(tuple: Int32Array | number[], n: number): boolean {
  const p = tuple.length;
  let q = p - 1;
  while (q >= 0 && tuple[q] === n - 1) q--;
  if (q < 0) return false;
  const v = tuple[q] + 1;
  for (let r = q; r < p; r++) tuple[r] = v;
  return true;
}

/** The number of distinct orderings of a nondecreasing tuple: p! / Π (run lengths)!. */
export function multiplicity(tuple: ArrayLike<number>): number {
  const p = tuple.length;
  let m = 1;
  let run = 1;
  // Π_{r=0..p−1} (r+1)/(length so far of the run containing r) = p!/Π runs!; every partial product is a
  // multinomial coefficient, hence an exact integer.
  for (let r = 1; r < p; r++) {
    run = tuple[r] === tuple[r - 1] ? run + 1 : 1;
    m = (m * (r + 1)) / run;
  }
  return m;
}

/** Check a PackedCouplings value: integer N ≥ 1, p ≥ 2, coefficient array of length C(N+p−1, p). */
export function assertPackedCouplings(c: PackedCouplings): void {
  if (!Number.isInteger(c.n) || c.n < 1) throw new RangeError(`couplings: n must be a positive integer, got ${c.n}`);
  if (!Number.isInteger(c.p) || c.p < 2) throw new RangeError(`couplings: p must be an integer ≥ 2, got ${c.p}`);
  const expected = coefficientCount(c.n, c.p);
  if (c.coefficients.length !== expected) {
    throw new RangeError(`couplings: N=${c.n}, p=${c.p} needs ${expected} coefficients, got ${c.coefficients.length}`);
  }
}
