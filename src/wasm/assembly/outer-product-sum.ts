// Sum of outer products C += Σ_n u_n v_nᵀ (a matrix product Uᵀ V with the sample index n as the inner
// dimension), on 4-wide panels. Used to build exact network Hessians from per-sample factors
// (src/network/depth-one-hessian.ts). AssemblyScript, compiled by scripts/build-wasm.mjs.
//
// Layouts (float64, byte offsets):
//   U panels: panel q of 4 consecutive u-coordinates, for samples 0..count-1: u[q][n][a] at uBase + ((q·count + n)·4 + a)·8
//   V panels: likewise, v[r][n][b] at vBase + ((r·count + n)·4 + b)·8
//   C tiles:  tile (q, r) is 4×4 row-major at cBase + ((q·rPanels + r)·16 + 4a + b)·8
// The micro-kernel keeps one 4×4 tile in eight f64x2 registers and streams the two panels once; the
// loop over r is outside, so a V panel (count·32 bytes) stays in L1 while the U panels cycle through L2.

export function heapBase(): usize {
  return __heap_base;
}

/** Tiles with r in [rFirst, rEnd) of C += Σ_n u_n v_nᵀ. */
export function outerProductSum(
  uBase: usize,
  qPanels: i32,
  vBase: usize,
  rPanels: i32,
  rFirst: i32,
  rEnd: i32,
  count: i32,
  cBase: usize,
): void {
  const panelBytes = <usize>count << 5;
  for (let r = rFirst; r < rEnd; r++) {
    const vPanel = vBase + <usize>r * panelBytes;
    for (let q = 0; q < qPanels; q++) {
      const uPanel = uBase + <usize>q * panelBytes;
      const tile = cBase + ((<usize>q * <usize>rPanels + <usize>r) << 7);
      let c00 = v128.load(tile);
      let c01 = v128.load(tile, 16);
      let c10 = v128.load(tile, 32);
      let c11 = v128.load(tile, 48);
      let c20 = v128.load(tile, 64);
      let c21 = v128.load(tile, 80);
      let c30 = v128.load(tile, 96);
      let c31 = v128.load(tile, 112);
      let up = uPanel;
      let vp = vPanel;
      const end = uPanel + panelBytes;
      while (up < end) {
        const v0 = v128.load(vp);
        const v1 = v128.load(vp, 16);
        const u0 = v128.load64_splat(up);
        const u1 = v128.load64_splat(up, 8);
        const u2 = v128.load64_splat(up, 16);
        const u3 = v128.load64_splat(up, 24);
        c00 = f64x2.add(c00, f64x2.mul(u0, v0));
        c01 = f64x2.add(c01, f64x2.mul(u0, v1));
        c10 = f64x2.add(c10, f64x2.mul(u1, v0));
        c11 = f64x2.add(c11, f64x2.mul(u1, v1));
        c20 = f64x2.add(c20, f64x2.mul(u2, v0));
        c21 = f64x2.add(c21, f64x2.mul(u2, v1));
        c30 = f64x2.add(c30, f64x2.mul(u3, v0));
        c31 = f64x2.add(c31, f64x2.mul(u3, v1));
        up += 32;
        vp += 32;
      }
      v128.store(tile, c00);
      v128.store(tile, c01, 16);
      v128.store(tile, c10, 32);
      v128.store(tile, c11, 48);
      v128.store(tile, c20, 64);
      v128.store(tile, c21, 80);
      v128.store(tile, c30, 96);
      v128.store(tile, c31, 112);
    }
  }
}
