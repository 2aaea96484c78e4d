import { hamiltonianScale } from './hamiltonian.js';
import { nextMultiset, type PackedCouplings } from './packed-couplings.js';

/**
 * Products of the leading (p−1)-tuple L = (L_0 ≤ … ≤ L_{m−1}), m = p−1, of the packed walk (see
 * general-kernel.ts): P_q = Π_{s≠q} w_{L_s} and P_{qr} = Π_{s≠q,r} w_{L_s} (row-major m×m, q ≠ r).
 * Direct products: m is small and these are formed once per leading tuple, not per coefficient.
 */
function leadProducts(lead: Int32Array, w: Float64Array, single: Float64Array, pair: Float64Array): void {
  const m = lead.length;
  for (let q = 0; q < m; q++) {
    let prod = 1;
    for (let s = 0; s < m; s++) if (s !== q) prod *= w[lead[s]];
    single[q] = prod;
    for (let r = 0; r < m; r++) {
      if (r === q) continue;
      let pr = 1;
      for (let s = 0; s < m; s++) if (s !== q && s !== r) pr *= w[lead[s]];
      pair[q * m + r] = pr;
    }
  }
}

/**
 * Dense Euclidean Hessian ∇²H(w), N×N row-major, from the packed coefficients.
 *
 * The second derivative of a monomial Π_q w_{i_q} (i sorted) is Σ over ordered pairs of positions q ≠ r of
 * the product of the other factors, placed at (i_q, i_r). We accumulate each unordered pair q < r once into
 * the upper triangle A (i_q ≤ i_r) and return H = s·(A + Aᵀ), s = N^{-(p-1)/2}; the diagonal gets 2·A_aa,
 * which counts both orderings of a repeated index. In the walk over (L, k):
 *   pairs (q, last):  A[L_q][k] += c·P_q;     pairs q < r < m:  A[L_q][L_r] += P_{qr}·Σ_k c w_k.
 */
export function spinGlassHessian(couplings: PackedCouplings, w: Float64Array): Float64Array {
  const { n, p, coefficients } = couplings;
  const m = p - 1;
  const a = new Float64Array(n * n);
  const lead = new Int32Array(m);
  const single = new Float64Array(m);
  const pair = new Float64Array(m * m);
  let idx = 0;
  do {
    leadProducts(lead, w, single, pair);
    const start = lead[m - 1];
    const idx0 = idx;
    let t = 0;
    for (let k = start; k < n; k++) t += coefficients[idx++] * w[k];
    for (let q = 0; q < m; q++) {
      const row = lead[q] * n;
      const pq = single[q];
      let j = idx0;
      for (let k = start; k < n; k++) a[row + k] += coefficients[j++] * pq;
      for (let r = q + 1; r < m; r++) a[row + lead[r]] += pair[q * m + r] * t;
    }
  } while (nextMultiset(lead, n));
  const s = hamiltonianScale(n, p);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const h = s * (a[i * n + j] + a[j * n + i]);
      a[i * n + j] = h;
      a[j * n + i] = h;
    }
  }
  return a;
}

/**
 * Euclidean Hessian-vector product ∇²H(w)·v, the directional derivative of the gradient along v
 * (see general-kernel.ts for the gradient terms). With dP = Σ_q v_{L_q} P_q, dP_q = Σ_{r≠q} v_{L_r} P_{qr},
 * t = Σ_k c w_k and dt = Σ_k c v_k:
 *   out_k += c·dP (each k),   out_{L_q} += dP_q·t + P_q·dt;   finally out ← s·out.
 */
export function spinGlassHessianVectorProduct(
  couplings: PackedCouplings,
  w: Float64Array,
  v: Float64Array,
  out: Float64Array,
): Float64Array {
  const { n, p, coefficients } = couplings;
  const m = p - 1;
  out.fill(0);
  const lead = new Int32Array(m);
  const single = new Float64Array(m);
  const pair = new Float64Array(m * m);
  let idx = 0;
  do {
    leadProducts(lead, w, single, pair);
    let dP = 0;
    for (let q = 0; q < m; q++) dP += v[lead[q]] * single[q];
    let t = 0;
    let dt = 0;
    for (let k = lead[m - 1]; k < n; k++) {
      const c = coefficients[idx++];
      t += c * w[k];
      dt += c * v[k];
      out[k] += c * dP;
    }
    for (let q = 0; q < m; q++) {
      let dPq = 0;
      for (let r = 0; r < m; r++) if (r !== q) dPq += v[lead[r]] * pair[q * m + r];
      out[lead[q]] += dPq * t + single[q] * dt;
    }
  } while (nextMultiset(lead, n));
  const s = hamiltonianScale(n, p);
  for (let i = 0; i < n; i++) out[i] *= s;
  return out;
}
