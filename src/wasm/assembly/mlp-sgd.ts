// SGD training of a fully connected ReLU network (src/network/train-sgd.ts `trainFromReference`), whole epochs
// inside WebAssembly, bit-identical to the JavaScript reference.
//
// Layout (laid out by src/network/train-sgd-wasm.ts): every layer's weights are stored TRANSPOSED, input-major:
// WT[i·S + j] = W[j, i], with the row stride S = fanOut rounded up to even (pad lanes are zero and stay zero) and
// roundEven(fanIn) rows (a zero pad row when fanIn is odd). Then
//  - forward z_j = b_j + Σ_i W[j,i]·a_i runs over i in order for every j, two j per f64x2 lane pair (vectorized
//    across output units, each z_j sees the same additions in the same order as the scalar code);
//  - the weight updates are elementwise (w + d·a, or w + step·g with g accumulated over the batch's samples in
//    order), vectorized across j;
//  - δ_{l−1,i} = Σ_j W[j,i]·δ_j (skipping δ_j = 0, in order of j) is vectorized across i by transposing 2×2 blocks.
// The reference skips the update of a row j when d_j = 0: adding d·a = ±0 instead is bit-neutral when no weight is
// −0 (the TypeScript side checks the start; a sum is −0 only if both terms are) and a is finite. The forward pass
// records whether each layer's input activations are finite; if not, the exact scalar path with the skips runs.
// exp and log come from the host (JavaScript's Math.exp / Math.log) so the softmax matches bit for bit.

@external('env', 'exp')
declare function hostExp(x: f64): f64;
@external('env', 'log')
declare function hostLog(x: f64): f64;

export function heapBase(): usize {
  return __heap_base;
}

// Layer descriptor: FIELDS i32 per layer.
const FIELDS: i32 = 12;
const F_FAN_IN: i32 = 0;
const F_FAN_OUT: i32 = 1;
const F_STRIDE: i32 = 2;
const F_W: i32 = 3; // WT, roundEven(fanIn) × S
const F_B: i32 = 4; // bias, S
const F_ACT: i32 = 5; // input activations, batch × actStride
const F_ACT_STRIDE: i32 = 6;
const F_Z: i32 = 7; // pre-activations, batch × S
const F_D: i32 = 8; // δ = ∂ℓ/∂z, batch × S
const F_FINITE: i32 = 9; // 1 when the input activations of the current batch are all finite
const F_G: i32 = 10; // gradient scratch for the exact path, (fanIn + 1) × S

// @ts-ignore: decorator
@inline
function get(desc: usize, l: i32, f: i32): i32 {
  return load<i32>(desc + ((<usize>(l * FIELDS + f)) << 2));
}

// @ts-ignore: decorator
@inline
function ptr(desc: usize, l: i32, f: i32): usize {
  return <usize>load<i32>(desc + ((<usize>(l * FIELDS + f)) << 2));
}

// @ts-ignore: decorator
@inline
function put(desc: usize, l: i32, f: i32, value: i32): void {
  store<i32>(desc + ((<usize>(l * FIELDS + f)) << 2), value);
}

/** z = b + Wᵀ-layout product for two samples x0, x1 (rows of rowBytes, fanIn inputs). */
function forwardPair(w: usize, b: usize, fanIn: i32, rowBytes: usize, x0: usize, x1: usize, z0: usize, z1: usize): void {
  let j: usize = 0;
  for (; j + 64 <= rowBytes; j += 64) {
    let a0 = v128.load(b + j);
    let a1 = v128.load(b + j, 16);
    let a2 = v128.load(b + j, 32);
    let a3 = v128.load(b + j, 48);
    let c0 = a0;
    let c1 = a1;
    let c2 = a2;
    let c3 = a3;
    let wp = w + j;
    for (let i = 0; i < fanIn; i++) {
      const s = v128.load64_splat(x0 + ((<usize>i) << 3));
      const t = v128.load64_splat(x1 + ((<usize>i) << 3));
      const w0 = v128.load(wp);
      const w1 = v128.load(wp, 16);
      const w2 = v128.load(wp, 32);
      const w3 = v128.load(wp, 48);
      a0 = f64x2.add(a0, f64x2.mul(w0, s));
      a1 = f64x2.add(a1, f64x2.mul(w1, s));
      a2 = f64x2.add(a2, f64x2.mul(w2, s));
      a3 = f64x2.add(a3, f64x2.mul(w3, s));
      c0 = f64x2.add(c0, f64x2.mul(w0, t));
      c1 = f64x2.add(c1, f64x2.mul(w1, t));
      c2 = f64x2.add(c2, f64x2.mul(w2, t));
      c3 = f64x2.add(c3, f64x2.mul(w3, t));
      wp += rowBytes;
    }
    v128.store(z0 + j, a0);
    v128.store(z0 + j, a1, 16);
    v128.store(z0 + j, a2, 32);
    v128.store(z0 + j, a3, 48);
    v128.store(z1 + j, c0);
    v128.store(z1 + j, c1, 16);
    v128.store(z1 + j, c2, 32);
    v128.store(z1 + j, c3, 48);
  }
  for (; j < rowBytes; j += 16) {
    let a0 = v128.load(b + j);
    let c0 = a0;
    let wp = w + j;
    for (let i = 0; i < fanIn; i++) {
      const w0 = v128.load(wp);
      a0 = f64x2.add(a0, f64x2.mul(w0, v128.load64_splat(x0 + ((<usize>i) << 3))));
      c0 = f64x2.add(c0, f64x2.mul(w0, v128.load64_splat(x1 + ((<usize>i) << 3))));
      wp += rowBytes;
    }
    v128.store(z0 + j, a0);
    v128.store(z1 + j, c0);
  }
}

/** z = b + Wᵀ-layout product for one sample x0. */
function forwardOne(w: usize, b: usize, fanIn: i32, rowBytes: usize, x0: usize, z0: usize): void {
  let j: usize = 0;
  for (; j + 64 <= rowBytes; j += 64) {
    let a0 = v128.load(b + j);
    let a1 = v128.load(b + j, 16);
    let a2 = v128.load(b + j, 32);
    let a3 = v128.load(b + j, 48);
    let wp = w + j;
    for (let i = 0; i < fanIn; i++) {
      const s = v128.load64_splat(x0 + ((<usize>i) << 3));
      a0 = f64x2.add(a0, f64x2.mul(v128.load(wp), s));
      a1 = f64x2.add(a1, f64x2.mul(v128.load(wp, 16), s));
      a2 = f64x2.add(a2, f64x2.mul(v128.load(wp, 32), s));
      a3 = f64x2.add(a3, f64x2.mul(v128.load(wp, 48), s));
      wp += rowBytes;
    }
    v128.store(z0 + j, a0);
    v128.store(z0 + j, a1, 16);
    v128.store(z0 + j, a2, 32);
    v128.store(z0 + j, a3, 48);
  }
  for (; j < rowBytes; j += 16) {
    let a0 = v128.load(b + j);
    let wp = w + j;
    for (let i = 0; i < fanIn; i++) {
      a0 = f64x2.add(a0, f64x2.mul(v128.load(wp), v128.load64_splat(x0 + ((<usize>i) << 3))));
      wp += rowBytes;
    }
    v128.store(z0 + j, a0);
  }
}

/** Forward pass of layer l for m samples; a hidden layer also writes relu(z) into layer l+1's input. */
export function forwardLayer(desc: usize, l: i32, m: i32, hidden: bool): void {
  const fanIn = get(desc, l, F_FAN_IN);
  const S = get(desc, l, F_STRIDE);
  const w = ptr(desc, l, F_W);
  const b = ptr(desc, l, F_B);
  const act = ptr(desc, l, F_ACT);
  const actBytes = (<usize>get(desc, l, F_ACT_STRIDE)) << 3;
  const z = ptr(desc, l, F_Z);
  const rowBytes = (<usize>S) << 3;
  let k = 0;
  for (; k + 2 <= m; k += 2) {
    const x0 = act + <usize>k * actBytes;
    const z0 = z + <usize>k * rowBytes;
    forwardPair(w, b, fanIn, rowBytes, x0, x0 + actBytes, z0, z0 + rowBytes);
  }
  if (k < m) forwardOne(w, b, fanIn, rowBytes, act + <usize>k * actBytes, z + <usize>k * rowBytes);
  if (hidden) {
    // a = max(z, 0) (Math.max semantics: NaN stays NaN, max(−0, 0) = +0); record whether all are finite.
    const out = ptr(desc, l + 1, F_ACT);
    const zero = f64x2.splat(0);
    const inf = f64x2.splat(Infinity);
    let finite = i64x2.splat(-1);
    const end = <usize>m * rowBytes;
    for (let p: usize = 0; p < end; p += 16) {
      const a = f64x2.max(v128.load(z + p), zero);
      v128.store(out + p, a);
      finite = v128.and(finite, f64x2.lt(a, inf));
    }
    put(desc, l + 1, F_FINITE, i64x2.all_true(finite) ? 1 : 0);
  }
}

/**
 * Loss of the output layer (index l) for the m samples rows order[0..m) and δ = ∂ℓ/∂z; returns lossSum plus
 * the losses added in sample order. task 0: softmax NLL (loss.ts softmaxNll), 1: hinge (loss.ts hingeLoss).
 */
export function outputLosses(desc: usize, l: i32, task: i32, targets: usize, order: usize, m: i32, lossSum: f64): f64 {
  const n = get(desc, l, F_FAN_OUT);
  const S = get(desc, l, F_STRIDE);
  const rowBytes = (<usize>S) << 3;
  for (let k = 0; k < m; k++) {
    const row = <usize>load<i32>(order + ((<usize>k) << 2));
    const target = load<i32>(targets + (row << 2));
    const z = ptr(desc, l, F_Z) + <usize>k * rowBytes;
    const d = ptr(desc, l, F_D) + <usize>k * rowBytes;
    let loss: f64;
    if (task == 0) {
      let mx = -Infinity;
      for (let c = 0; c < n; c++) {
        const v = load<f64>(z + ((<usize>c) << 3));
        if (v > mx) mx = v;
      }
      let s: f64 = 0;
      for (let c = 0; c < n; c++) {
        const e = hostExp(load<f64>(z + ((<usize>c) << 3)) - mx);
        store<f64>(d + ((<usize>c) << 3), e);
        s += e;
      }
      for (let c = 0; c < n; c++) store<f64>(d + ((<usize>c) << 3), load<f64>(d + ((<usize>c) << 3)) / s);
      const dt = d + ((<usize>target) << 3);
      store<f64>(dt, load<f64>(dt) - 1);
      loss = mx + hostLog(s) - load<f64>(z + ((<usize>target) << 3));
    } else {
      const y = <f64>target;
      const margin = 1 - y * load<f64>(z);
      if (margin > 0) {
        store<f64>(d, -y);
        loss = margin;
      } else {
        store<f64>(d, 0);
        loss = 0;
      }
    }
    for (let c = n; c < S; c++) store<f64>(d + ((<usize>c) << 3), 0);
    lossSum += loss;
  }
  return lossSum;
}

/** δ_{l−1} = relu′(z_{l−1}) ⊙ Σ_j W_l[j,·]·δ_l,j (j in order, δ_j = 0 skipped) for m samples, from W_l as it is. */
export function backpropDelta(desc: usize, l: i32, m: i32): void {
  const S = get(desc, l, F_STRIDE);
  const Sp = get(desc, l - 1, F_STRIDE); // = roundEven(fanIn of layer l) = rows of WT_l
  const w = ptr(desc, l, F_W);
  const rowBytes = (<usize>S) << 3;
  const prevBytes = (<usize>Sp) << 3;
  const zero = f64x2.splat(0);
  for (let k = 0; k < m; k++) {
    const d = ptr(desc, l, F_D) + <usize>k * rowBytes;
    const dp = ptr(desc, l - 1, F_D) + <usize>k * prevBytes;
    const zp = ptr(desc, l - 1, F_Z) + <usize>k * prevBytes;
    for (let i: usize = 0; i < prevBytes; i += 16) {
      let acc = zero;
      const rowA = w + (i >> 3) * rowBytes;
      const rowB = rowA + rowBytes;
      for (let j: usize = 0; j < rowBytes; j += 16) {
        const d0 = load<f64>(d + j);
        const d1 = load<f64>(d + j, 8);
        if (d0 != 0 || d1 != 0) {
          const r0 = v128.load(rowA + j);
          const r1 = v128.load(rowB + j);
          // (W[j,i], W[j,i+1]) and (W[j+1,i], W[j+1,i+1])
          if (d0 != 0) acc = f64x2.add(acc, f64x2.mul(v128.shuffle<f64>(r0, r1, 0, 2), f64x2.splat(d0)));
          if (d1 != 0) acc = f64x2.add(acc, f64x2.mul(v128.shuffle<f64>(r0, r1, 1, 3), f64x2.splat(d1)));
        }
      }
      v128.store(dp + i, v128.and(acc, f64x2.gt(v128.load(zp + i), zero)));
    }
  }
}

/** Batch-1 step in place: W_l[j,i] += (scale·δ_j)·a_i, b_j += scale·δ_j (rows with scale·δ_j = 0 untouched). */
export function updateInPlace(desc: usize, l: i32, scale: f64): void {
  const fanIn = get(desc, l, F_FAN_IN);
  const fanOut = get(desc, l, F_FAN_OUT);
  const S = get(desc, l, F_STRIDE);
  const w = ptr(desc, l, F_W);
  const b = ptr(desc, l, F_B);
  const a = ptr(desc, l, F_ACT);
  const d = ptr(desc, l, F_D);
  const rowBytes = (<usize>S) << 3;
  if (get(desc, l, F_FINITE) == 0) {
    for (let j = 0; j < fanOut; j++) {
      const dj = scale * load<f64>(d + ((<usize>j) << 3));
      if (dj == 0) continue;
      store<f64>(b + ((<usize>j) << 3), load<f64>(b + ((<usize>j) << 3)) + dj);
      let wp = w + ((<usize>j) << 3);
      for (let i = 0; i < fanIn; i++) {
        store<f64>(wp, load<f64>(wp) + dj * load<f64>(a + ((<usize>i) << 3)));
        wp += rowBytes;
      }
    }
    return;
  }
  const sc = f64x2.splat(scale);
  let j: usize = 0;
  for (; j + 64 <= rowBytes; j += 64) {
    const d0 = f64x2.mul(sc, v128.load(d + j));
    const d1 = f64x2.mul(sc, v128.load(d + j, 16));
    const d2 = f64x2.mul(sc, v128.load(d + j, 32));
    const d3 = f64x2.mul(sc, v128.load(d + j, 48));
    v128.store(b + j, f64x2.add(v128.load(b + j), d0));
    v128.store(b + j, f64x2.add(v128.load(b + j, 16), d1), 16);
    v128.store(b + j, f64x2.add(v128.load(b + j, 32), d2), 32);
    v128.store(b + j, f64x2.add(v128.load(b + j, 48), d3), 48);
    let wp = w + j;
    for (let i = 0; i < fanIn; i++) {
      const s = v128.load64_splat(a + ((<usize>i) << 3));
      v128.store(wp, f64x2.add(v128.load(wp), f64x2.mul(d0, s)));
      v128.store(wp, f64x2.add(v128.load(wp, 16), f64x2.mul(d1, s)), 16);
      v128.store(wp, f64x2.add(v128.load(wp, 32), f64x2.mul(d2, s)), 32);
      v128.store(wp, f64x2.add(v128.load(wp, 48), f64x2.mul(d3, s)), 48);
      wp += rowBytes;
    }
  }
  for (; j < rowBytes; j += 16) {
    const d0 = f64x2.mul(sc, v128.load(d + j));
    v128.store(b + j, f64x2.add(v128.load(b + j), d0));
    let wp = w + j;
    for (let i = 0; i < fanIn; i++) {
      v128.store(wp, f64x2.add(v128.load(wp), f64x2.mul(d0, v128.load64_splat(a + ((<usize>i) << 3)))));
      wp += rowBytes;
    }
  }
}

/**
 * Mini-batch step: g = Σ_k δ_k a_kᵀ (samples in order, from +0), then W += step·g and b += step·Σ_k δ_k.
 * The gradient of a 4-input × 4-unit tile is held in registers over the batch.
 */
export function updateBatch(desc: usize, l: i32, m: i32, step: f64): void {
  const fanIn = get(desc, l, F_FAN_IN);
  const fanOut = get(desc, l, F_FAN_OUT);
  const S = get(desc, l, F_STRIDE);
  const w = ptr(desc, l, F_W);
  const b = ptr(desc, l, F_B);
  const act = ptr(desc, l, F_ACT);
  const actBytes = (<usize>get(desc, l, F_ACT_STRIDE)) << 3;
  const d = ptr(desc, l, F_D);
  const rowBytes = (<usize>S) << 3;
  if (get(desc, l, F_FINITE) == 0) {
    // Exact path with the reference's skips (non-finite activations).
    const g = ptr(desc, l, F_G);
    memory.fill(g, 0, <usize>(fanIn + 1) * rowBytes);
    const gb = g + <usize>fanIn * rowBytes;
    for (let k = 0; k < m; k++) {
      const a = act + <usize>k * actBytes;
      const dk = d + <usize>k * rowBytes;
      for (let j = 0; j < fanOut; j++) {
        const dj = load<f64>(dk + ((<usize>j) << 3));
        if (dj == 0) continue;
        store<f64>(gb + ((<usize>j) << 3), load<f64>(gb + ((<usize>j) << 3)) + dj);
        let gp = g + ((<usize>j) << 3);
        for (let i = 0; i < fanIn; i++) {
          store<f64>(gp, load<f64>(gp) + dj * load<f64>(a + ((<usize>i) << 3)));
          gp += rowBytes;
        }
      }
    }
    for (let i = 0; i <= fanIn; i++) {
      const wp = i < fanIn ? w + <usize>i * rowBytes : b;
      const gp = g + <usize>i * rowBytes;
      for (let j = 0; j < fanOut; j++) {
        const o = (<usize>j) << 3;
        store<f64>(wp + o, load<f64>(wp + o) + step * load<f64>(gp + o));
      }
    }
    return;
  }
  const st = f64x2.splat(step);
  const zero = f64x2.splat(0);
  // Bias.
  for (let j: usize = 0; j < rowBytes; j += 16) {
    let g = zero;
    for (let k = 0; k < m; k++) g = f64x2.add(g, v128.load(d + <usize>k * rowBytes + j));
    v128.store(b + j, f64x2.add(v128.load(b + j), f64x2.mul(st, g)));
  }
  let i = 0;
  for (; i + 4 <= fanIn; i += 4) {
    const w0 = w + <usize>i * rowBytes;
    const ai = act + ((<usize>i) << 3);
    let j: usize = 0;
    for (; j + 32 <= rowBytes; j += 32) {
      let g00 = zero;
      let g01 = zero;
      let g10 = zero;
      let g11 = zero;
      let g20 = zero;
      let g21 = zero;
      let g30 = zero;
      let g31 = zero;
      let dp = d + j;
      let ap = ai;
      for (let k = 0; k < m; k++) {
        const d0 = v128.load(dp);
        const d1 = v128.load(dp, 16);
        const s0 = v128.load64_splat(ap);
        const s1 = v128.load64_splat(ap, 8);
        const s2 = v128.load64_splat(ap, 16);
        const s3 = v128.load64_splat(ap, 24);
        g00 = f64x2.add(g00, f64x2.mul(d0, s0));
        g01 = f64x2.add(g01, f64x2.mul(d1, s0));
        g10 = f64x2.add(g10, f64x2.mul(d0, s1));
        g11 = f64x2.add(g11, f64x2.mul(d1, s1));
        g20 = f64x2.add(g20, f64x2.mul(d0, s2));
        g21 = f64x2.add(g21, f64x2.mul(d1, s2));
        g30 = f64x2.add(g30, f64x2.mul(d0, s3));
        g31 = f64x2.add(g31, f64x2.mul(d1, s3));
        dp += rowBytes;
        ap += actBytes;
      }
      const p0 = w0 + j;
      const p1 = p0 + rowBytes;
      const p2 = p1 + rowBytes;
      const p3 = p2 + rowBytes;
      v128.store(p0, f64x2.add(v128.load(p0), f64x2.mul(st, g00)));
      v128.store(p0, f64x2.add(v128.load(p0, 16), f64x2.mul(st, g01)), 16);
      v128.store(p1, f64x2.add(v128.load(p1), f64x2.mul(st, g10)));
      v128.store(p1, f64x2.add(v128.load(p1, 16), f64x2.mul(st, g11)), 16);
      v128.store(p2, f64x2.add(v128.load(p2), f64x2.mul(st, g20)));
      v128.store(p2, f64x2.add(v128.load(p2, 16), f64x2.mul(st, g21)), 16);
      v128.store(p3, f64x2.add(v128.load(p3), f64x2.mul(st, g30)));
      v128.store(p3, f64x2.add(v128.load(p3, 16), f64x2.mul(st, g31)), 16);
    }
    for (; j < rowBytes; j += 16) {
      let g0 = zero;
      let g1 = zero;
      let g2 = zero;
      let g3 = zero;
      let dp = d + j;
      let ap = ai;
      for (let k = 0; k < m; k++) {
        const d0 = v128.load(dp);
        g0 = f64x2.add(g0, f64x2.mul(d0, v128.load64_splat(ap)));
        g1 = f64x2.add(g1, f64x2.mul(d0, v128.load64_splat(ap, 8)));
        g2 = f64x2.add(g2, f64x2.mul(d0, v128.load64_splat(ap, 16)));
        g3 = f64x2.add(g3, f64x2.mul(d0, v128.load64_splat(ap, 24)));
        dp += rowBytes;
        ap += actBytes;
      }
      const p0 = w0 + j;
      v128.store(p0, f64x2.add(v128.load(p0), f64x2.mul(st, g0)));
      v128.store(p0 + rowBytes, f64x2.add(v128.load(p0 + rowBytes), f64x2.mul(st, g1)));
      v128.store(p0 + 2 * rowBytes, f64x2.add(v128.load(p0 + 2 * rowBytes), f64x2.mul(st, g2)));
      v128.store(p0 + 3 * rowBytes, f64x2.add(v128.load(p0 + 3 * rowBytes), f64x2.mul(st, g3)));
    }
  }
  for (; i < fanIn; i++) {
    const w0 = w + <usize>i * rowBytes;
    const ai = act + ((<usize>i) << 3);
    for (let j: usize = 0; j < rowBytes; j += 16) {
      let g0 = zero;
      let dp = d + j;
      let ap = ai;
      for (let k = 0; k < m; k++) {
        g0 = f64x2.add(g0, f64x2.mul(v128.load(dp), v128.load64_splat(ap)));
        dp += rowBytes;
        ap += actBytes;
      }
      v128.store(w0 + j, f64x2.add(v128.load(w0 + j), f64x2.mul(st, g0)));
    }
  }
}

/**
 * Train for `epochs` epochs along the sample orders (epochs × n int32), γ_t = γ0 / (1 + t/H) with H = `horizon`
 * samples (the authors' H = n); writes each epoch's
 * loss sum (in sample order) into losses. Layer 0's F_FINITE must be set by the caller (inputs all finite).
 */
export function train(
  desc: usize,
  depth: i32,
  task: i32,
  inputs: usize,
  inputSize: i32,
  targets: usize,
  n: i32,
  orders: usize,
  epochs: i32,
  batchSize: i32,
  learningRate: f64,
  horizon: f64,
  losses: usize,
): void {
  const xbuf = ptr(desc, 0, F_ACT);
  const xBytes = (<usize>inputSize) << 3;
  const last = depth - 1;
  let t: f64 = 0;
  for (let e = 0; e < epochs; e++) {
    const order = orders + ((<usize>e * <usize>n) << 2);
    let lossSum: f64 = 0;
    for (let s = 0; s < n; s += batchSize) {
      const gamma = learningRate / (1 + t / horizon);
      const end = min(s + batchSize, n);
      const m = end - s;
      const batchOrder = order + ((<usize>s) << 2);
      for (let k = 0; k < m; k++) {
        const row = <usize>load<i32>(batchOrder + ((<usize>k) << 2));
        memory.copy(xbuf + <usize>k * xBytes, inputs + row * xBytes, xBytes);
      }
      for (let l = 0; l < depth; l++) forwardLayer(desc, l, m, l < last);
      lossSum = outputLosses(desc, last, task, targets, batchOrder, m, lossSum);
      if (m == 1) {
        for (let l = last; l >= 0; l--) {
          if (l > 0) backpropDelta(desc, l, 1);
          updateInPlace(desc, l, -gamma);
        }
      } else {
        const step = -gamma / <f64>m;
        for (let l = last; l >= 0; l--) {
          if (l > 0) backpropDelta(desc, l, m);
          updateBatch(desc, l, m, step);
        }
      }
      t += <f64>m;
    }
    store<f64>(losses + ((<usize>e) << 3), lossSum);
  }
}
