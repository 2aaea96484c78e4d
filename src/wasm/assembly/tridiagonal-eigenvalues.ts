// Eigenvalues of a symmetric tridiagonal matrix by the root-free QL algorithm of Pal, Walker and Kahan (the
// variant LAPACK dsterf uses, hence numpy.linalg.eigvalsh): implicit QL with a Wilkinson-type shift carried out on
// the squared off-diagonals e², so that a rotation costs divisions and products but no square root. Compared with
// the implicit QL of src/linalg/tridiagonal-ql.ts (one √ and three divisions per rotation, on a latency-bound
// chain) a sweep is about twice as fast; the eigenvalues agree to O(n ε ‖T‖).
//
// Each unreduced block is scaled by a power of two to norm in [1, 2) before its off-diagonals are squared (no
// overflow or underflow of e² for any finite input; exact, so scaling the input by 2^k scales the output
// exactly; blocks are delimited by exactly zero off-diagonals). Off-diagonal e_m is neglected when e_m² ≤ ε² |d_m d_{m+1}| (relative to the neighbouring diagonal
// entries, LAPACK's criterion). 2×2 blocks are solved in closed form. AssemblyScript, compiled by
// scripts/build-wasm.mjs.

export function heapBase(): usize {
  return __heap_base;
}

const EPS: f64 = 1.1102230246251565e-16; // 2^-53, LAPACK's dlamch('E') (relative machine precision)
const EPS2: f64 = EPS * EPS;

@inline
function at(x: usize, i: i32): f64 {
  return load<f64>(x + (<usize>i << 3));
}

@inline
function put(x: usize, i: i32, v: f64): void {
  store<f64>(x + (<usize>i << 3), v);
}

/** √(1 + x²) without overflow. */
@inline
function hypotOne(x: f64): f64 {
  const ax = Math.abs(x);
  if (ax > 1) {
    const r = 1 / ax;
    return ax * Math.sqrt(1 + r * r);
  }
  return Math.sqrt(1 + ax * ax);
}

/** 2^(−exponent of x) for finite x > 0, the power of two that brings x into [1, 2) (2^1000 for subnormal x). */
function inverseBinade(x: f64): f64 {
  const biased = <i32>((reinterpret<u64>(x) >> 52) & 0x7ff);
  if (biased == 0) return reinterpret<f64>(<u64>2023 << 52); // 2^1000
  const b = 2046 - biased; // biased exponent of 2^(1023 − (biased − 1023))
  if (b == 0) return reinterpret<f64>(<u64>1 << 51); // 2^−1023 (subnormal, exact)
  return reinterpret<f64>(<u64>b << 52);
}

/** Eigenvalues of [[a, b], [b, c]]: larger in slot 0 of the result, smaller in slot 1 (LAPACK dlae2's formulas). */
function twoByTwo(a: f64, b: f64, c: f64, out: usize): void {
  const sm = a + c;
  const df = a - c;
  const adf = Math.abs(df);
  const tb = b + b;
  const ab = Math.abs(tb);
  let acmx = a;
  let acmn = c;
  if (Math.abs(a) <= Math.abs(c)) {
    acmx = c;
    acmn = a;
  }
  let rt: f64;
  if (adf > ab) {
    const r = ab / adf;
    rt = adf * Math.sqrt(1 + r * r);
  } else if (adf < ab) {
    const r = adf / ab;
    rt = ab * Math.sqrt(1 + r * r);
  } else {
    rt = ab * Math.SQRT2;
  }
  let rt1: f64;
  let rt2: f64;
  if (sm < 0) {
    rt1 = 0.5 * (sm - rt);
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b; // product of the eigenvalues / rt1, without cancellation
  } else if (sm > 0) {
    rt1 = 0.5 * (sm + rt);
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else {
    rt1 = 0.5 * rt;
    rt2 = -0.5 * rt;
  }
  store<f64>(out, rt1);
  store<f64>(out, rt2, 8);
}

/**
 * In place: d (n diagonal entries) becomes the eigenvalues (unsorted); e (n−1 off-diagonal entries, plus one
 * slot) is destroyed. `pair` is 2 doubles of scratch. Returns the number of sweeps used, or −1 if more than
 * `budget` sweeps were needed in all.
 */
export function tridiagonalEigenvalues(d: usize, e: usize, n: i32, budget: i32, pair: usize): i32 {
  let sweeps = 0;
  let start = 0;
  while (start < n) {
    // The block [start, end] up to the next exactly zero off-diagonal (negligible ones are found after scaling).
    let end = start;
    while (end < n - 1 && at(e, end) != 0) end++;
    if (end == start) {
      start++;
      continue;
    }
    // Scale the block to norm in [1, 2) and square its off-diagonals.
    let norm: f64 = 0;
    for (let i = start; i <= end; i++) norm = Math.max(norm, Math.abs(at(d, i)));
    for (let i = start; i < end; i++) norm = Math.max(norm, Math.abs(at(e, i)));
    const scale = inverseBinade(norm);
    for (let i = start; i <= end; i++) put(d, i, at(d, i) * scale);
    for (let i = start; i < end; i++) {
      const x = at(e, i) * scale;
      put(e, i, x * x);
    }
    // QL with deflation at the top: [l, end] is what remains of the block.
    let l = start;
    while (l <= end) {
      let m = l;
      while (m < end) {
        if (Math.abs(at(e, m)) <= EPS2 * Math.abs(at(d, m) * at(d, m + 1))) break;
        m++;
      }
      if (m < end) put(e, m, 0);
      if (m == l) {
        l++;
        continue;
      }
      if (m == l + 1) {
        twoByTwo(at(d, l), Math.sqrt(at(e, l)), at(d, l + 1), pair);
        put(d, l, load<f64>(pair));
        put(d, l + 1, load<f64>(pair, 8));
        put(e, l, 0);
        l += 2;
        continue;
      }
      if (sweeps == budget) return -1;
      sweeps++;
      // Shift: the eigenvalue of the leading 2×2 of [l, m] closer to d_l.
      const rte = Math.sqrt(at(e, l));
      let sigma = (at(d, l + 1) - at(d, l)) / (2 * rte);
      const r0 = hypotOne(sigma);
      sigma = at(d, l) - rte / (sigma + (sigma >= 0 ? r0 : -r0));
      let c: f64 = 1;
      let s: f64 = 0;
      let gamma = at(d, m) - sigma;
      let p = gamma * gamma;
      // Chase the bulge from the bottom of the block to its top.
      for (let i = m - 1; i >= l; i--) {
        const bb = at(e, i);
        const r = p + bb;
        if (i != m - 1) put(e, i + 1, s * r);
        const oldc = c;
        c = p / r;
        s = bb / r;
        const oldgam = gamma;
        const alpha = at(d, i);
        gamma = c * (alpha - sigma) - s * oldgam;
        put(d, i + 1, oldgam + (alpha - gamma));
        p = c != 0 ? (gamma * gamma) / c : oldc * bb;
      }
      put(e, l, s * p);
      put(d, l, sigma + gamma);
    }
    const unscale = 1 / scale;
    for (let i = start; i <= end; i++) put(d, i, at(d, i) * unscale);
    start = end + 1;
  }
  return sweeps;
}
