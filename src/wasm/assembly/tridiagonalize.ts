// Householder reduction of a real symmetric matrix to tridiagonal form, eigenvalues only: the same reflectors as
// src/linalg/tridiagonalize.ts (EISPACK tred1 on the lower triangle, row i scaled by its absolute row sum), with
// the two O(i²) passes of step i fused into one stream over the trailing lower triangle ("fused dsytd2"):
//
//   step i:   B_i ← B_i − q uᵀ − u qᵀ             (rank-2 update by the reflector of row i+1)
//   step i−1: p = B_{i−1} v                        (symmetric matrix-vector product with the next reflector v)
//
// Row i−1 of the updated block gives v, so it is updated first; then every row j < i−1 is updated and, while its
// entries are still in registers, contributes B[j,k]·v[k] to p[j] and B[j,k]·v[j] to p[k]. The trailing matrix is
// read and written once per step instead of read twice and written once. Rows are taken in pairs (j, j+1) so that
// u[k], q[k], v[k] and p[k] are loaded once for two rows, and the k loop runs on f64x2. Reductions are
// reordered compared with the JavaScript reference, so results agree to rounding, not bit for bit.
//
// Layout: the matrix is row-major with an even row stride (in doubles), 16-byte aligned, so every row starts on a
// 16-byte boundary; only the lower triangle (row j, columns ≤ j) is read or written. u, q, v, p are scratch
// vectors of at least n doubles (16-byte aligned). AssemblyScript, compiled by scripts/build-wasm.mjs.

export function heapBase(): usize {
  return __heap_base;
}

@inline
function hsum(x: v128): f64 {
  return f64x2.extract_lane(x, 0) + f64x2.extract_lane(x, 1);
}

/**
 * Rows [0, m) of the lower triangle: B ← B − q uᵀ − u qᵀ, then p += B v (p must hold zeros, or a partial sum, on
 * entry). With u = q = 0 the update is exact no-op (b − (0 + 0) = b); with v = 0 only the update matters.
 */
function fusedSweep(a: usize, strideBytes: usize, m: i32, u: usize, q: usize, v: usize, p: usize, descending: bool): void {
  const pairs = m >> 1;
  const odd = (m & 1) != 0;
  // Odd m: the last row m−1 (an even index) is handled alone, first when descending, last when ascending.
  if (odd && descending) singleRow(a, strideBytes, m - 1, u, q, v, p);
  for (let t = 0; t < pairs; t++) {
    const j = descending ? (pairs - 1 - t) << 1 : t << 1;
    rowPair(a, strideBytes, j, u, q, v, p);
  }
  if (odd && !descending) singleRow(a, strideBytes, m - 1, u, q, v, p);
}

/** Rows j and j+1 (j even) of the fused sweep. */
@inline
function rowPair(a: usize, strideBytes: usize, j: i32, u: usize, q: usize, v: usize, p: usize): void {
  const r0 = a + <usize>j * strideBytes;
  const r1 = r0 + strideBytes;
  const jb = <usize>j << 3;
  const u0 = load<f64>(u + jb);
  const q0 = load<f64>(q + jb);
  const v0 = load<f64>(v + jb);
  const u1 = load<f64>(u + jb, 8);
  const q1 = load<f64>(q + jb, 8);
  const v1 = load<f64>(v + jb, 8);
  const su0 = f64x2.splat(u0);
  const sq0 = f64x2.splat(q0);
  const sv0 = f64x2.splat(v0);
  const su1 = f64x2.splat(u1);
  const sq1 = f64x2.splat(q1);
  const sv1 = f64x2.splat(v1);
  let s0 = f64x2.splat(0);
  let s1 = f64x2.splat(0);
  for (let k: usize = 0; k < jb; k += 16) {
    const uk = v128.load(u + k);
    const qk = v128.load(q + k);
    const vk = v128.load(v + k);
    let b0 = v128.load(r0 + k);
    let b1 = v128.load(r1 + k);
    b0 = f64x2.sub(b0, f64x2.add(f64x2.mul(sq0, uk), f64x2.mul(su0, qk)));
    b1 = f64x2.sub(b1, f64x2.add(f64x2.mul(sq1, uk), f64x2.mul(su1, qk)));
    v128.store(r0 + k, b0);
    v128.store(r1 + k, b1);
    s0 = f64x2.add(s0, f64x2.mul(b0, vk));
    s1 = f64x2.add(s1, f64x2.mul(b1, vk));
    const pk = v128.load(p + k);
    v128.store(p + k, f64x2.add(pk, f64x2.add(f64x2.mul(b0, sv0), f64x2.mul(b1, sv1))));
  }
  // Row j: its diagonal entry.
  const d0 = load<f64>(r0 + jb) - (q0 * u0 + u0 * q0);
  store<f64>(r0 + jb, d0);
  // Row j+1: column j, then its diagonal entry.
  const c1 = load<f64>(r1 + jb) - (q1 * u0 + u1 * q0);
  store<f64>(r1 + jb, c1);
  const d1 = load<f64>(r1 + jb, 8) - (q1 * u1 + u1 * q1);
  store<f64>(r1 + jb, d1, 8);
  store<f64>(p + jb, load<f64>(p + jb) + hsum(s0) + d0 * v0 + c1 * v1);
  store<f64>(p + jb, load<f64>(p + jb, 8) + hsum(s1) + c1 * v0 + d1 * v1, 8);
}

/** Row j (j even) alone. */
function singleRow(a: usize, strideBytes: usize, j: i32, u: usize, q: usize, v: usize, p: usize): void {
  const r0 = a + <usize>j * strideBytes;
  const jb = <usize>j << 3;
  const u0 = load<f64>(u + jb);
  const q0 = load<f64>(q + jb);
  const v0 = load<f64>(v + jb);
  const su0 = f64x2.splat(u0);
  const sq0 = f64x2.splat(q0);
  const sv0 = f64x2.splat(v0);
  let s0 = f64x2.splat(0);
  for (let k: usize = 0; k < jb; k += 16) {
    const uk = v128.load(u + k);
    const qk = v128.load(q + k);
    const vk = v128.load(v + k);
    let b0 = v128.load(r0 + k);
    b0 = f64x2.sub(b0, f64x2.add(f64x2.mul(sq0, uk), f64x2.mul(su0, qk)));
    v128.store(r0 + k, b0);
    s0 = f64x2.add(s0, f64x2.mul(b0, vk));
    const pk = v128.load(p + k);
    v128.store(p + k, f64x2.add(pk, f64x2.mul(b0, sv0)));
  }
  const d0 = load<f64>(r0 + jb) - (q0 * u0 + u0 * q0);
  store<f64>(r0 + jb, d0);
  store<f64>(p + jb, load<f64>(p + jb) + hsum(s0) + d0 * v0);
}

function zero(x: usize, count: i32): void {
  memory.fill(x, 0, <usize>count << 3);
}

/**
 * Reduce the n×n lower triangle at `a` (row stride `stride` doubles, even) in place; writes the n diagonal
 * entries to d and the n−1 off-diagonal entries to e. Returns 0, or 1 if a row's absolute sum overflows.
 */
export function tridiagonalize(
  a: usize,
  stride: i32,
  n: i32,
  d: usize,
  e: usize,
  uIn: usize,
  qIn: usize,
  vIn: usize,
  pIn: usize,
): i32 {
  const strideBytes = <usize>stride << 3;
  let u = uIn;
  let q = qIn;
  let v = vIn;
  let p = pIn;
  // pending: (u, q) is an update B ← B − q uᵀ − u qᵀ of rows [0, i+1) not yet applied to rows ≤ i.
  let pending = false;
  for (let i = n - 1; i >= 1; i--) {
    const row = a + <usize>i * strideBytes;
    if (pending) {
      const ui = load<f64>(u + (<usize>i << 3));
      const qi = load<f64>(q + (<usize>i << 3));
      for (let k = 0; k <= i; k++) {
        const kb = <usize>k << 3;
        store<f64>(row + kb, load<f64>(row + kb) - (qi * load<f64>(u + kb) + ui * load<f64>(q + kb)));
      }
    }
    if (i == 1) {
      if (pending) {
        const u0 = load<f64>(u);
        const q0 = load<f64>(q);
        store<f64>(a, load<f64>(a) - (q0 * u0 + u0 * q0));
      }
      store<f64>(e, load<f64>(row));
      pending = false;
      break;
    }
    let rowScale: f64 = 0;
    for (let k = 0; k < i; k++) rowScale += Math.abs(load<f64>(row + (<usize>k << 3)));
    const l = <usize>(i - 1) << 3;
    if (rowScale == 0) {
      store<f64>(e + l, 0);
      if (pending) {
        zero(v, i);
        fusedSweep(a, strideBytes, i, u, q, v, p, (i & 1) != 0);
      }
      pending = false;
      continue;
    }
    if (rowScale == Infinity) return 1;
    if (!pending) {
      zero(u, i);
      zero(q, i);
    }
    let h: f64 = 0;
    for (let k = 0; k < i; k++) {
      const kb = <usize>k << 3;
      const x = load<f64>(row + kb) / rowScale;
      store<f64>(v + kb, x);
      h += x * x;
    }
    const f = load<f64>(v + l);
    const g = f >= 0 ? -Math.sqrt(h) : Math.sqrt(h);
    store<f64>(e + l, rowScale * g);
    h -= f * g;
    store<f64>(v + l, f - g);
    zero(p, i);
    fusedSweep(a, strideBytes, i, u, q, v, p, (i & 1) != 0);
    // p ← p/h, K = vᵀp/(2h), q_next = p − K v.
    let vp: f64 = 0;
    for (let k = 0; k < i; k++) {
      const kb = <usize>k << 3;
      const x = load<f64>(p + kb) / h;
      store<f64>(p + kb, x);
      vp += load<f64>(v + kb) * x;
    }
    const kk = vp / (h + h);
    for (let k = 0; k < i; k++) {
      const kb = <usize>k << 3;
      store<f64>(p + kb, load<f64>(p + kb) - kk * load<f64>(v + kb));
    }
    // The next reflector becomes the pending update.
    const tu = u;
    u = v;
    v = tu;
    const tq = q;
    q = p;
    p = tq;
    pending = true;
  }
  for (let i = 0; i < n; i++) {
    store<f64>(d + (<usize>i << 3), load<f64>(a + <usize>i * strideBytes + (<usize>i << 3)));
  }
  return 0;
}
