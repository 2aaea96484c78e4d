import { nextMultiset } from './packed-couplings.js';

/**
 * Energy and gradient sums for any p ≥ 2 (unscaled), B replicas per pass over the coefficients. `points`
 * and `grads` are row-major B×N; `grads` (null for energies only) and `energies` must be zero. Internally the
 * replicas are stored replica-minor (`wT[i·B + b]`) so the innermost loop runs over replicas with unit stride
 * and each coefficient is loaded once per batch.
 *
 * The packed order puts the last index k innermost, so we walk the leading (p−1)-tuple L = (i1 ≤ … ≤ i_{p−1})
 * with an odometer and, for each L, stream k = i_{p−1}, …, N−1. With P = Π_{q} w_{L_q},
 * P_q = Π_{r≠q} w_{L_r} and t = Σ_k c_{L,k} w_k:
 *   g_k += c·P (each k),   g_{L_q} += P_q·t,   energy += P·t.
 * P and P_q are formed from prefix/suffix products starting at 1, so for p = 3 this performs exactly the
 * floating-point operations of the p = 3 fast path (the tests check that they agree bit for bit).
 */
export function generalEnergiesAndGradients(
  coefficients: Float64Array,
  n: number,
  p: number,
  points: Float64Array,
  batch: number,
  energies: Float64Array,
  grads: Float64Array | null,
): void {
  const wT = new Float64Array(n * batch);
  for (let b = 0; b < batch; b++) for (let i = 0; i < n; i++) wT[i * batch + b] = points[b * n + i];
  const gT = grads === null ? null : new Float64Array(n * batch);
  const m = p - 1;
  const lead = new Int32Array(m);
  // prefix[q·B + b] = Π_{r<q} w_{L_r}; suffix[q·B + b] = Π_{r≥q} w_{L_r}; each of length (m+1)·B.
  const prefix = new Float64Array((m + 1) * batch);
  const suffix = new Float64Array((m + 1) * batch);
  const t = new Float64Array(batch);
  const mB = m * batch;
  let idx = 0;
  do {
    for (let b = 0; b < batch; b++) {
      prefix[b] = 1;
      suffix[mB + b] = 1;
      t[b] = 0;
    }
    for (let q = 0; q < m; q++) {
      const wq = lead[q] * batch;
      const row = q * batch;
      for (let b = 0; b < batch; b++) prefix[row + batch + b] = prefix[row + b] * wT[wq + b];
    }
    for (let q = m - 1; q >= 0; q--) {
      const wq = lead[q] * batch;
      const row = q * batch;
      for (let b = 0; b < batch; b++) suffix[row + b] = wT[wq + b] * suffix[row + batch + b];
    }
    const start = lead[m - 1];
    if (gT === null) {
      for (let k = start; k < n; k++) {
        const c = coefficients[idx++];
        const kB = k * batch;
        for (let b = 0; b < batch; b++) t[b] += c * wT[kB + b];
      }
    } else {
      for (let k = start; k < n; k++) {
        const c = coefficients[idx++];
        const kB = k * batch;
        for (let b = 0; b < batch; b++) {
          t[b] += c * wT[kB + b];
          gT[kB + b] += c * prefix[mB + b];
        }
      }
      for (let q = 0; q < m; q++) {
        const lq = lead[q] * batch;
        const row = q * batch;
        for (let b = 0; b < batch; b++) gT[lq + b] += prefix[row + b] * suffix[row + batch + b] * t[b];
      }
    }
    for (let b = 0; b < batch; b++) energies[b] += prefix[mB + b] * t[b];
  } while (nextMultiset(lead, n));
  if (grads !== null && gT !== null) {
    for (let b = 0; b < batch; b++) for (let i = 0; i < n; i++) grads[b * n + i] = gT[i * batch + b];
  }
}
