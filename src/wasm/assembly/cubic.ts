// The p = 3 spin-glass energy + gradient kernel (WebAssembly SIMD), bit-identical to cubicEnergiesAndGradients in
// src/spinglass/cubic-kernel.ts. All arguments that are addresses are byte offsets into the (imported, shared)
// linear memory; the TypeScript side (src/spinglass/cubic-kernel-wasm.ts) lays the arrays out.
//
// Lanes = replicas: replicas 2q and 2q+1 form pair q, stored interleaved, w2[q·2N + 2k + lane] (a replica
// index ≥ batch is a zero lane whose results are dropped). For each (i, j) with t = Σ_{k≥j} c_{ijk} w_k:
//   g_k += c·w_i w_j (each k ≥ j),   then   energy += w_i w_j·t,   g_i += w_j·t,   g_j += w_i·t.
// Register blocking: four consecutive rows (i, j) … (i, j+3) of the same i are streamed together, so w_k and
// g_k are loaded once for four coefficients. Every accumulator still sees the additions of the one-row-at-a-
// time loop in the same order: t_r is private to its row; at g_k the rows' terms are added in row order
// (row j first, as when the rows run one after the other); row r's end terms touch only g_i and g_{j+r}, and
// the later rows of the block start at k ≥ j+r+1 > j+r ≥ i, so they never touch those entries before row r's
// end terms would have been added. The ends are added after the k loop, in row order. Blocks never span two
// values of i (the last row of i ends with g_{N−1}, which the first row of i+1 touches in its loop). f64x2.mul
// then f64x2.add rounds exactly like the scalar JS code (no fused multiply-add), so each lane equals the JS.

// Replica pairs per group in cubicPairs (see there).
const PAIR_GROUP: i32 = 32;

export function heapBase(): usize {
  return __heap_base;
}

// Touching the next coefficients early (see cubicPairs) needs the loaded values to go somewhere observable.
let touchSink: f64 = 0;

export function touched(): f64 {
  return touchSink;
}

/** Load one double from each of `lines` consecutive 64-byte lines from `start`: pulls them toward the core. */
function touch(start: usize, lines: i32): void {
  let s: f64 = 0;
  for (let m = 0; m < lines; m++) s += load<f64>(start + (<usize>m << 6));
  touchSink += s;
}

// @ts-ignore: decorator
@inline function at(base: usize, index: i32): usize {
  return base + (<usize>index << 3);
}

// @ts-ignore: decorator
@inline function at2(base: usize, index: i32): usize {
  return base + (<usize>index << 4);
}

// Pair q's energy accumulator, one 64-byte cache line per pair: the two threads' pairs never share a line.
// @ts-ignore: decorator
@inline function energyAt(e2: usize, q: i32): usize {
  return e2 + (<usize>q << 6);
}

// @ts-ignore: decorator
@inline function axpyStore(ptr: usize, a: v128, b: v128): void {
  v128.store(ptr, f64x2.add(v128.load(ptr), f64x2.mul(a, b)));
}

/** Rows (i, j) … (i, j+3) for one replica pair; cr = address of coefficient (i, j+r, 0) (virtual, k-indexed). */
function rows4(c0: usize, c1: usize, c2: usize, c3: usize, n: i32, i: i32, j: i32, w: usize, g: usize, e: usize): void {
  const zero = f64x2.splat(0);
  const wi = v128.load(at2(w, i));
  const wj0 = v128.load(at2(w, j));
  const wj1 = v128.load(at2(w, j + 1));
  const wj2 = v128.load(at2(w, j + 2));
  const wj3 = v128.load(at2(w, j + 3));
  const p0 = f64x2.mul(wi, wj0);
  const p1 = f64x2.mul(wi, wj1);
  const p2 = f64x2.mul(wi, wj2);
  const p3 = f64x2.mul(wi, wj3);
  // k = j: row 0 only
  let k = j;
  let a0 = v128.load64_splat(at(c0, k));
  let t0 = f64x2.add(zero, f64x2.mul(a0, wj0));
  axpyStore(at2(g, k), a0, p0);
  // k = j+1: rows 0, 1
  k = j + 1;
  a0 = v128.load64_splat(at(c0, k));
  let a1 = v128.load64_splat(at(c1, k));
  t0 = f64x2.add(t0, f64x2.mul(a0, wj1));
  let t1 = f64x2.add(zero, f64x2.mul(a1, wj1));
  let gk = v128.load(at2(g, k));
  gk = f64x2.add(gk, f64x2.mul(a0, p0));
  gk = f64x2.add(gk, f64x2.mul(a1, p1));
  v128.store(at2(g, k), gk);
  // k = j+2: rows 0, 1, 2
  k = j + 2;
  a0 = v128.load64_splat(at(c0, k));
  a1 = v128.load64_splat(at(c1, k));
  let a2 = v128.load64_splat(at(c2, k));
  t0 = f64x2.add(t0, f64x2.mul(a0, wj2));
  t1 = f64x2.add(t1, f64x2.mul(a1, wj2));
  let t2 = f64x2.add(zero, f64x2.mul(a2, wj2));
  gk = v128.load(at2(g, k));
  gk = f64x2.add(gk, f64x2.mul(a0, p0));
  gk = f64x2.add(gk, f64x2.mul(a1, p1));
  gk = f64x2.add(gk, f64x2.mul(a2, p2));
  v128.store(at2(g, k), gk);
  // k = j+3: all four rows; row 3 starts here
  k = j + 3;
  a0 = v128.load64_splat(at(c0, k));
  a1 = v128.load64_splat(at(c1, k));
  a2 = v128.load64_splat(at(c2, k));
  let a3 = v128.load64_splat(at(c3, k));
  t0 = f64x2.add(t0, f64x2.mul(a0, wj3));
  t1 = f64x2.add(t1, f64x2.mul(a1, wj3));
  t2 = f64x2.add(t2, f64x2.mul(a2, wj3));
  let t3 = f64x2.add(zero, f64x2.mul(a3, wj3));
  gk = v128.load(at2(g, k));
  gk = f64x2.add(gk, f64x2.mul(a0, p0));
  gk = f64x2.add(gk, f64x2.mul(a1, p1));
  gk = f64x2.add(gk, f64x2.mul(a2, p2));
  gk = f64x2.add(gk, f64x2.mul(a3, p3));
  v128.store(at2(g, k), gk);
  for (k = j + 4; k < n; k++) {
    const wk = v128.load(at2(w, k));
    a0 = v128.load64_splat(at(c0, k));
    a1 = v128.load64_splat(at(c1, k));
    a2 = v128.load64_splat(at(c2, k));
    a3 = v128.load64_splat(at(c3, k));
    t0 = f64x2.add(t0, f64x2.mul(a0, wk));
    t1 = f64x2.add(t1, f64x2.mul(a1, wk));
    t2 = f64x2.add(t2, f64x2.mul(a2, wk));
    t3 = f64x2.add(t3, f64x2.mul(a3, wk));
    const gp = at2(g, k);
    gk = v128.load(gp);
    gk = f64x2.add(gk, f64x2.mul(a0, p0));
    gk = f64x2.add(gk, f64x2.mul(a1, p1));
    gk = f64x2.add(gk, f64x2.mul(a2, p2));
    gk = f64x2.add(gk, f64x2.mul(a3, p3));
    v128.store(gp, gk);
  }
  // row ends, in row order
  const gi = at2(g, i);
  axpyStore(e, p0, t0);
  axpyStore(gi, wj0, t0);
  axpyStore(at2(g, j), wi, t0);
  axpyStore(e, p1, t1);
  axpyStore(gi, wj1, t1);
  axpyStore(at2(g, j + 1), wi, t1);
  axpyStore(e, p2, t2);
  axpyStore(gi, wj2, t2);
  axpyStore(at2(g, j + 2), wi, t2);
  axpyStore(e, p3, t3);
  axpyStore(gi, wj3, t3);
  axpyStore(at2(g, j + 3), wi, t3);
}

/** Row (i, j) alone for one replica pair; c = address of coefficient (i, j, 0) (virtual, k-indexed). */
function rows1(c: usize, n: i32, i: i32, j: i32, w: usize, g: usize, e: usize): void {
  const wi = v128.load(at2(w, i));
  const wj = v128.load(at2(w, j));
  const p = f64x2.mul(wi, wj);
  let t = f64x2.splat(0);
  for (let k = j; k < n; k++) {
    const a = v128.load64_splat(at(c, k));
    t = f64x2.add(t, f64x2.mul(a, v128.load(at2(w, k))));
    axpyStore(at2(g, k), a, p);
  }
  axpyStore(e, p, t);
  axpyStore(at2(g, i), wj, t);
  axpyStore(at2(g, j), wi, t);
}

/**
 * Energy sums and gradient sums (unscaled) of the replica pairs q ∈ [from, to): replicas 2q, 2q+1 of the
 * row-major batch×n `points`, results into the row-major `grads` and `energies` (only replicas < batch are
 * written). w2, g2 (2N doubles per pair) and e2 (8 per pair: a cache line) are pair-interleaved scratch; pairs outside
 * [from, to) are not touched, so disjoint ranges can run concurrently on one shared memory.
 */
export function cubicPairs(
  coef: usize,
  n: i32,
  points: usize,
  batch: i32,
  from: i32,
  to: i32,
  w2: usize,
  g2: usize,
  e2: usize,
  grads: usize,
  energies: usize,
): void {
  const pairStride = <usize>n << 4;
  for (let q = from; q < to; q++) {
    const w = w2 + <usize>q * pairStride;
    const g = g2 + <usize>q * pairStride;
    for (let lane = 0; lane < 2; lane++) {
      const b = 2 * q + lane;
      for (let k = 0; k < n; k++) {
        const x = b < batch ? load<f64>(at(points, b * n + k)) : 0.0;
        store<f64>(w + (<usize>k << 4) + (<usize>lane << 3), x);
        store<f64>(g + (<usize>k << 4) + (<usize>lane << 3), 0.0);
      }
    }
    v128.store(energyAt(e2, q), f64x2.splat(0));
  }
  // Pairs go in groups of PAIR_GROUP within each i: a group's w and g (PAIR_GROUP·N·32 bytes) stay in L2 while the
  // rows of i (at most N²/2 coefficients, 1 MB at N = 500) are re-read from L3 once per group, instead of all pairs'
  // w and g cycling through L3 for every row. Each replica still sees its rows in the same order.
  let baseI: i32 = 0; // packed index of (i, i, i)
  for (let i = 0; i < n; i++) {
    for (let groupFrom = from; groupFrom < to; groupFrom += PAIR_GROUP) {
    const groupTo = min(groupFrom + PAIR_GROUP, to);
    let base = baseI; // packed index of (i, j, j)
    let j = i;
    for (; j + 3 < n; j += 4) {
      const len = n - j;
      const c0 = at(coef, base - j);
      const c1 = at(coef, base + len - (j + 1));
      const c2 = at(coef, base + 2 * len - 1 - (j + 2));
      const c3 = at(coef, base + 3 * len - 3 - (j + 3));
      // The coefficients are read in packed order, so the next ones follow this block's: while the pairs work on
      // this block (from L1 after the first pair), each pair also touches a share of the next 4·len doubles, so
      // they arrive from memory before they are needed (there is no prefetch instruction in WebAssembly).
      // Past the last block this reads into the scratch that follows the coefficients. Results are unaffected.
      const next = at(coef, base + 4 * len - 6);
      const lines = (len >> 1) + 1;
      const share = lines / (groupTo - groupFrom) + 1;
      for (let q = groupFrom; q < groupTo; q++) {
        const first = (q - groupFrom) * share;
        if (first < lines) touch(next + (<usize>first << 6), min(share, lines - first));
        rows4(c0, c1, c2, c3, n, i, j, w2 + <usize>q * pairStride, g2 + <usize>q * pairStride, energyAt(e2, q));
      }
      base += 4 * len - 6;
    }
    for (; j < n; j++) {
      const c = at(coef, base - j);
      for (let q = groupFrom; q < groupTo; q++) {
        rows1(c, n, i, j, w2 + <usize>q * pairStride, g2 + <usize>q * pairStride, energyAt(e2, q));
      }
      base += n - j;
    }
    if (groupTo === to) baseI = base;
    }
  }
  for (let q = from; q < to; q++) {
    const g = g2 + <usize>q * pairStride;
    for (let lane = 0; lane < 2; lane++) {
      const b = 2 * q + lane;
      if (b >= batch) continue;
      for (let k = 0; k < n; k++) {
        store<f64>(at(grads, b * n + k), load<f64>(g + (<usize>k << 4) + (<usize>lane << 3)));
      }
      store<f64>(at(energies, b), load<f64>(energyAt(e2, q) + (<usize>lane << 3)));
    }
  }
}
