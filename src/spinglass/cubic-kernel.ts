/**
 * The p = 3 fast path: one pass over the packed coefficients c_{ijk}, i ≤ j ≤ k (packed order, k fastest),
 * accumulating the unscaled energy sums Σ c w_i w_j w_k and gradient sums of B replicas (the caller
 * multiplies by N^{-(p-1)/2}). `points` and `grads` are row-major B×N; `grads` and `energies` must be zero.
 *
 * For fixed (i, j) with t = Σ_{k≥j} c_{ijk} w_k, the monomial derivatives give
 *   g_k += c·w_i w_j (each k),   g_i += w_j·t,   g_j += w_i·t,   energy += w_i w_j·t
 * (a repeated index is handled by the product rule: each position contributes once).
 *
 * Batching: replicas go in blocks of four, held in registers, stored block-interleaved (`w4[4k + r]`), and
 * for each (i, j) every block streams the same coefficient row c_{ij·}, which stays in L1 — so each
 * coefficient is fetched from memory once per batch. Left-over replicas (B mod 4, and B = 1) take the
 * one-replica loop. Either way every accumulator of a replica (its energy, each t, each gradient entry)
 * receives the same floating-point operations in the same order (V8 does not fuse multiply-adds), so a
 * batch equals B single calls bit for bit; the tests check it.
 */
export function cubicEnergiesAndGradients(
  coefficients: Float64Array,
  n: number,
  points: Float64Array,
  batch: number,
  energies: Float64Array,
  grads: Float64Array,
): void {
  const blocks = Math.floor(batch / 4);
  if (blocks > 0) cubicBlocks(coefficients, n, points, blocks, energies, grads);
  for (let b = 4 * blocks; b < batch; b++) {
    energies[b] = cubicSingle(coefficients, n, points.subarray(b * n, (b + 1) * n), grads.subarray(b * n, (b + 1) * n));
  }
}

/**
 * One replica: returns the energy sum, adds the gradient sums into g. Rows (i, j) and (i, j+1) are streamed
 * together so w_k and g_k are loaded once for two coefficients. This keeps, for every memory location
 * (each t, each g_x, the energy), the same sequence of additions as taking the rows one after the other —
 * rows j and j+1 meet only at g_k for k > j, where row j's term is still added first — so the result is
 * bit-identical to the one-row-at-a-time loop of the blocked kernel.
 */
function cubicSingle(coefficients: Float64Array, n: number, w: Float64Array, g: Float64Array): number {
  let energy = 0;
  let base = 0; // packed index of (i, j, j)
  for (let i = 0; i < n; i++) {
    const wi = w[i];
    let j = i;
    for (; j + 1 < n; j += 2) {
      const wj0 = w[j];
      const wj1 = w[j + 1];
      const p0 = wi * wj0;
      const p1 = wi * wj1;
      const off0 = base - j; // row (i, j) starts at k = j
      const off1 = base + (n - j) - (j + 1); // row (i, j+1) starts at k = j+1
      const c = coefficients[off0 + j];
      let t0 = 0;
      t0 += c * w[j];
      g[j] += c * p0;
      let t1 = 0;
      for (let k = j + 1; k < n; k++) {
        const c0 = coefficients[off0 + k];
        const c1 = coefficients[off1 + k];
        const wk = w[k];
        t0 += c0 * wk;
        t1 += c1 * wk;
        let gk = g[k];
        gk += c0 * p0;
        gk += c1 * p1;
        g[k] = gk;
      }
      base += 2 * (n - j) - 1;
      energy += p0 * t0;
      g[i] += wj0 * t0;
      g[j] += wi * t0;
      energy += p1 * t1;
      g[i] += wj1 * t1;
      g[j + 1] += wi * t1;
    }
    if (j < n) {
      // the last row of this i when n − i is odd: (i, N−1, N−1)
      const wj = w[j];
      const wij = wi * wj;
      const c = coefficients[base];
      let t = 0;
      t += c * w[j];
      g[j] += c * wij;
      base += 1;
      energy += wij * t;
      g[i] += wj * t;
      g[j] += wi * t;
    }
  }
  return energy;
}

/** Replicas 0 … 4·blocks−1, four at a time. */
function cubicBlocks(
  coefficients: Float64Array,
  n: number,
  points: Float64Array,
  blocks: number,
  energies: Float64Array,
  grads: Float64Array,
): void {
  const stride = 4 * n;
  // w4[β·4N + 4k + r] = coordinate k of replica 4β + r; g4 likewise.
  const w4 = new Float64Array(blocks * stride);
  const g4 = new Float64Array(blocks * stride);
  for (let b = 0; b < 4 * blocks; b++) {
    const at = (b >> 2) * stride + (b & 3);
    for (let k = 0; k < n; k++) w4[at + 4 * k] = points[b * n + k];
  }
  const e = new Float64Array(4 * blocks);
  let base = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const off = base - j;
      for (let blk = 0; blk < blocks; blk++) {
        const o = blk * stride;
        const ii = o + 4 * i;
        const jj = o + 4 * j;
        const wi0 = w4[ii];
        const wi1 = w4[ii + 1];
        const wi2 = w4[ii + 2];
        const wi3 = w4[ii + 3];
        const wj0 = w4[jj];
        const wj1 = w4[jj + 1];
        const wj2 = w4[jj + 2];
        const wj3 = w4[jj + 3];
        const p0 = wi0 * wj0;
        const p1 = wi1 * wj1;
        const p2 = wi2 * wj2;
        const p3 = wi3 * wj3;
        let t0 = 0;
        let t1 = 0;
        let t2 = 0;
        let t3 = 0;
        for (let k = j; k < n; k++) {
          const c = coefficients[off + k];
          const kk = o + 4 * k;
          t0 += c * w4[kk];
          g4[kk] += c * p0;
          t1 += c * w4[kk + 1];
          g4[kk + 1] += c * p1;
          t2 += c * w4[kk + 2];
          g4[kk + 2] += c * p2;
          t3 += c * w4[kk + 3];
          g4[kk + 3] += c * p3;
        }
        const eb = 4 * blk;
        e[eb] += p0 * t0;
        g4[ii] += wj0 * t0;
        g4[jj] += wi0 * t0;
        e[eb + 1] += p1 * t1;
        g4[ii + 1] += wj1 * t1;
        g4[jj + 1] += wi1 * t1;
        e[eb + 2] += p2 * t2;
        g4[ii + 2] += wj2 * t2;
        g4[jj + 2] += wi2 * t2;
        e[eb + 3] += p3 * t3;
        g4[ii + 3] += wj3 * t3;
        g4[jj + 3] += wi3 * t3;
      }
      base += n - j;
    }
  }
  for (let b = 0; b < 4 * blocks; b++) {
    energies[b] = e[b];
    const at = (b >> 2) * stride + (b & 3);
    for (let k = 0; k < n; k++) grads[b * n + k] = g4[at + 4 * k];
  }
}

/**
 * Energy sum of one replica, rows paired as in the one-replica gradient loop; the energy sees the same
 * additions as in {@link cubicEnergiesAndGradients}, so values agree bit for bit.
 */
export function cubicEnergy(coefficients: Float64Array, n: number, w: Float64Array): number {
  let energy = 0;
  let base = 0;
  for (let i = 0; i < n; i++) {
    const wi = w[i];
    let j = i;
    for (; j + 1 < n; j += 2) {
      const p0 = wi * w[j];
      const p1 = wi * w[j + 1];
      const off0 = base - j;
      const off1 = base + (n - j) - (j + 1);
      let t0 = 0;
      t0 += coefficients[off0 + j] * w[j];
      let t1 = 0;
      for (let k = j + 1; k < n; k++) {
        const wk = w[k];
        t0 += coefficients[off0 + k] * wk;
        t1 += coefficients[off1 + k] * wk;
      }
      base += 2 * (n - j) - 1;
      energy += p0 * t0;
      energy += p1 * t1;
    }
    if (j < n) {
      const wij = wi * w[j];
      let t = 0;
      t += coefficients[base] * w[j];
      base += 1;
      energy += wij * t;
    }
  }
  return energy;
}
