/**
 * The exact Hessian of the mean loss of a one-hidden-layer ReLU network, assembled from per-sample factors
 * instead of D Hessian-vector products. For sample n, with x̃ = [x; 1], z = W₁x + b₁, D = diag(relu′(z)),
 * ã = [relu(z); 1], output o = W₂ relu(z) + b₂, g = ∂ℓ/∂o and S = ∂²ℓ/∂o² (softmax: diag(p) − ppᵀ; hinge: 0 a.e.):
 *
 *   ∂o_k/∂W₁[j,i] = W₂[k,j] D_j x̃_i,   ∂o_k/∂W₂[k',j̃] = δ_kk' ã_j̃,   ∂²o_k/∂W₂[k,j]∂W₁[j,i] = D_j x̃_i,
 *
 * and relu″ = 0 a.e., so ∇²ℓ = Jᵀ S J + Σ_k g_k ∇²o_k splits into three blocks (B = W₂D, A = BᵀSB, E = BᵀS):
 *
 *   H₁₁[(j,i),(j',i')]  = Σ_n A[j,j'] x̃_i x̃_i'                         (first layer, W₁ and b₁)
 *   H₂₂[(k,j̃),(k',j̃')]  = Σ_n S[k,k'] ã_j̃ ã_j̃'                          (second layer, W₂ and b₂)
 *   H₁₂[(j,i),(k,j̃)]   = Σ_n E[j,k] x̃_i ã_j̃ + [j̃ = j] Σ_n g_k D_j x̃_i     (the Gauss–Newton and the curvature part)
 *
 * each a sum over samples of outer products u_n v_nᵀ, one matrix product per block (linalg/outer-product-sum.ts;
 * the symmetric factors A, S, x̃x̃ᵀ and ããᵀ enter by their upper triangles). H₁₁ dominates:
 * n·(n₁(n₁+1)/2)·((d+1)(d+2)/2) multiply-adds, 1.3e10 for 8,000 samples at n₁ = 25, d = 100, against
 * ~n·D² = 6e10 for D products with unit vectors. The result equals the R-operator Hessian
 * (network-landscape.ts) up to rounding, and is symmetric by construction; all sums are divided by n at the end.
 */
import { OuterProductSum } from '../linalg/outer-product-sum.js';
import type { Architecture } from './architecture.js';
import type { Dataset } from './dataset.js';
import { createWorkspace, forward, outputLoss } from './mlp.js';

/** Row-major index of the pair (a, b), a ≤ b, in the upper triangle of a size×size matrix (with diagonal). */
function pairIndex(a: number, b: number, size: number): number {
  return a * size - (a * (a - 1)) / 2 + (b - a);
}

/** The upper triangle (with diagonal) of the symmetric matrix m (size×size, row-major) into out, by rows. */
function upperTriangle(m: Float64Array, size: number, out: Float64Array): void {
  let t = 0;
  for (let a = 0; a < size; a++) for (let b = a; b < size; b++) out[t++] = m[a * size + b];
}

/** The upper triangle of x xᵀ into out. */
function upperOuter(x: Float64Array, out: Float64Array): void {
  let t = 0;
  const size = x.length;
  for (let a = 0; a < size; a++) {
    const xa = x[a];
    for (let b = a; b < size; b++) out[t++] = xa * x[b];
  }
}

/** Whether the structured assembly applies (one hidden layer). */
export function hasDepthOneHessian(arch: Architecture): boolean {
  return arch.layers.length === 2;
}

/** The exact D×D Hessian of the mean loss of a one-hidden-layer network over `data`, at w (row-major). */
export function depthOneHessian(arch: Architecture, data: Dataset, w: Float64Array): Float64Array {
  if (!hasDepthOneHessian(arch)) throw new RangeError('depthOneHessian needs exactly one hidden layer');
  const [first, second] = arch.layers;
  const d = first.fanIn;
  const m = first.fanOut;
  const out = second.fanOut;
  const xSize = d + 1; // x̃
  const aSize = m + 1; // ã
  const mPairs = (m * (m + 1)) / 2;
  const xPairs = (xSize * (xSize + 1)) / 2;
  const outPairs = (out * (out + 1)) / 2;
  const aPairs = (aSize * (aSize + 1)) / 2;
  const curved = arch.task === 'multiclass'; // S = 0 for the hinge loss

  const h11 = curved ? new OuterProductSum(mPairs, xPairs) : null;
  const h22 = curved ? new OuterProductSum(outPairs, aPairs) : null;
  const h12 = curved ? new OuterProductSum(m * out, xSize * aSize) : null;
  const h12Curvature = new OuterProductSum(out * m, xSize);

  const ws = createWorkspace(arch);
  const x = new Float64Array(xSize);
  const a = new Float64Array(aSize);
  const s = new Float64Array(out * out);
  const e = new Float64Array(m * out);
  const am = new Float64Array(m * m);
  const uA = new Float64Array(mPairs);
  const vX = new Float64Array(xPairs);
  const uS = new Float64Array(outPairs);
  const vA = new Float64Array(aPairs);
  const vXA = new Float64Array(xSize * aSize);
  const uGD = new Float64Array(out * m);
  const w2 = second.weightOffset;

  for (let n = 0; n < data.count; n++) {
    forward(arch, w, data.inputs, n, ws);
    outputLoss(arch, ws, data.targets[n]);
    const z = ws.z[0];
    const g = ws.delta[1];
    for (let i = 0; i < d; i++) x[i] = data.inputs[n * d + i];
    x[d] = 1;
    for (let j = 0; j < m; j++) a[j] = ws.a[1][j];
    a[m] = 1;
    // Σ_k g_k D_j x̃_i, the curvature of o_k in the cross block.
    for (let k = 0; k < out; k++) for (let j = 0; j < m; j++) uGD[k * m + j] = z[j] > 0 ? g[k] : 0;
    h12Curvature.add(uGD, x);
    if (!curved) continue;
    // S = diag(p) − ppᵀ, E = Bᵀ S with B = W₂ D, A = E B.
    const p = ws.probs;
    for (let k = 0; k < out; k++) for (let l = 0; l < out; l++) s[k * out + l] = (k === l ? p[k] : 0) - p[k] * p[l];
    for (let j = 0; j < m; j++) {
      const on = z[j] > 0;
      for (let k = 0; k < out; k++) {
        let sum = 0;
        if (on) for (let l = 0; l < out; l++) sum += w[w2 + l * m + j] * s[l * out + k];
        e[j * out + k] = sum;
      }
    }
    for (let j = 0; j < m; j++) {
      for (let jj = j; jj < m; jj++) {
        let sum = 0;
        if (z[jj] > 0) for (let k = 0; k < out; k++) sum += e[j * out + k] * w[w2 + k * m + jj];
        am[j * m + jj] = sum;
      }
    }
    upperTriangle(am, m, uA);
    upperOuter(x, vX);
    h11!.add(uA, vX);
    upperTriangle(s, out, uS);
    upperOuter(a, vA);
    h22!.add(uS, vA);
    for (let i = 0; i < xSize; i++) for (let jt = 0; jt < aSize; jt++) vXA[i * aSize + jt] = x[i] * a[jt];
    h12!.add(e, vXA);
  }

  const dim = arch.parameterCount;
  const hessian = new Float64Array(dim * dim);
  const inv = 1 / data.count;
  // Flat index of W₁[j, i] (i = d: the bias b₁[j]) and of W₂[k, j̃] (j̃ = m: the bias b₂[k]).
  const firstIndex = (j: number, i: number) => (i < d ? first.weightOffset + j * d + i : first.biasOffset + j);
  const secondIndex = (k: number, jt: number) => (jt < m ? w2 + k * m + jt : second.biasOffset + k);
  const set = (r: number, c: number, value: number) => {
    hessian[r * dim + c] = value;
    hessian[c * dim + r] = value;
  };
  if (curved) {
    const c11 = h11!.result();
    for (let j = 0; j < m; j++)
      for (let jj = j; jj < m; jj++) {
        const row = pairIndex(j, jj, m) * xPairs;
        for (let i = 0; i < xSize; i++)
          for (let ii = 0; ii < xSize; ii++) {
            const col = i <= ii ? pairIndex(i, ii, xSize) : pairIndex(ii, i, xSize);
            set(firstIndex(j, i), firstIndex(jj, ii), c11[row + col] * inv);
          }
      }
    const c22 = h22!.result();
    for (let k = 0; k < out; k++)
      for (let kk = k; kk < out; kk++) {
        const row = pairIndex(k, kk, out) * aPairs;
        for (let jt = 0; jt < aSize; jt++)
          for (let jj = 0; jj < aSize; jj++) {
            const col = jt <= jj ? pairIndex(jt, jj, aSize) : pairIndex(jj, jt, aSize);
            set(secondIndex(k, jt), secondIndex(kk, jj), c22[row + col] * inv);
          }
      }
  }
  const c12 = h12 ? h12.result() : null;
  const c12Curvature = h12Curvature.result();
  for (let j = 0; j < m; j++)
    for (let k = 0; k < out; k++)
      for (let i = 0; i < xSize; i++)
        for (let jt = 0; jt < aSize; jt++) {
          let sum = c12 ? c12[(j * out + k) * xSize * aSize + i * aSize + jt] : 0;
          if (jt === j) sum += c12Curvature[(k * m + j) * xSize + i];
          set(firstIndex(j, i), secondIndex(k, jt), sum * inv);
        }
  return hessian;
}
