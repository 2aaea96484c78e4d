/**
 * C = Σ_n u_n v_nᵀ for a stream of vector pairs (u_n ∈ R^U, v_n ∈ R^V): a matrix product Uᵀ V whose inner
 * dimension is the sample index. Pairs are buffered, CHUNK at a time, in 4-wide panels in the linear memory of
 * the WebAssembly kernel src/wasm/assembly/outer-product-sum.ts, which adds each chunk into C with a
 * register-blocked SIMD micro-kernel (4×4 tiles).
 *
 * Every entry C[i, j] is the plain sequential sum over n of u_n[i]·v_n[j], in the order the pairs were added
 * (one f64 multiply and one add per term, no fused multiply-add), so the result does not depend on the
 * chunking and equals the naive triple loop bit for bit.
 *
 * Example: pairs u = (1, 2), v = (3) and u = (0, 1), v = (4) give C = [[3], [10]].
 */
import { type Region, WasmArena } from '../core/wasm-kernel.js';

interface OuterProductSumKernel extends WebAssembly.Exports {
  outerProductSum(
    uBase: number,
    qPanels: number,
    vBase: number,
    rPanels: number,
    rFirst: number,
    rEnd: number,
    count: number,
    cBase: number,
  ): void;
}

/** Samples buffered per kernel call. */
export const CHUNK = 128;

export class OuterProductSum {
  private readonly arena = new WasmArena<OuterProductSumKernel>('outer-product-sum');
  private readonly qPanels: number;
  private readonly rPanels: number;
  private readonly uRegion: Region;
  private readonly vRegion: Region;
  private readonly cRegion: Region;
  private filled = 0;

  constructor(
    readonly rows: number,
    readonly columns: number,
  ) {
    if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(columns) || columns < 1)
      throw new RangeError(`outer-product sum: sizes must be positive integers, got ${rows}×${columns}`);
    this.qPanels = Math.ceil(rows / 4);
    this.rPanels = Math.ceil(columns / 4);
    this.uRegion = this.arena.allocate(this.qPanels * CHUNK * 4);
    this.vRegion = this.arena.allocate(this.rPanels * CHUNK * 4);
    this.cRegion = this.arena.allocate(this.qPanels * this.rPanels * 16);
    // Fresh memory from grow() is zero, so the panels' padding lanes and C start at zero.
  }

  /** Add u vᵀ (u of length rows, v of length columns). */
  add(u: ArrayLike<number>, v: ArrayLike<number>): void {
    if (u.length !== this.rows || v.length !== this.columns)
      throw new RangeError(`outer-product sum: expected vectors of ${this.rows} and ${this.columns}`);
    const uPanels = this.arena.f64(this.uRegion);
    const vPanels = this.arena.f64(this.vRegion);
    const slot = this.filled * 4;
    const stride = CHUNK * 4;
    for (let i = 0; i < this.rows; i++) uPanels[(i >> 2) * stride + slot + (i & 3)] = u[i];
    for (let j = 0; j < this.columns; j++) vPanels[(j >> 2) * stride + slot + (j & 3)] = v[j];
    this.filled += 1;
    if (this.filled === CHUNK) this.flush();
  }

  private flush(): void {
    if (this.filled === 0) return;
    // The panels hold CHUNK slots; a partial chunk is summed over its first `filled` slots only. The kernel reads
    // panel q at q·count·32 bytes, so compact the panels to a stride of `filled` first when the chunk is partial.
    let count = CHUNK;
    if (this.filled < CHUNK) {
      count = this.filled;
      compact(this.arena.f64(this.uRegion), this.qPanels, count);
      compact(this.arena.f64(this.vRegion), this.rPanels, count);
    }
    this.arena.exports.outerProductSum(
      this.uRegion.offset,
      this.qPanels,
      this.vRegion.offset,
      this.rPanels,
      0,
      this.rPanels,
      count,
      this.cRegion.offset,
    );
    this.filled = 0;
  }

  /** C (rows × columns, row-major) of everything added so far. */
  result(): Float64Array {
    this.flush();
    const tiles = this.arena.f64(this.cRegion);
    const out = new Float64Array(this.rows * this.columns);
    const rPanels = this.rPanels;
    for (let i = 0; i < this.rows; i++) {
      const q = i >> 2;
      const a = i & 3;
      for (let j = 0; j < this.columns; j++) {
        out[i * this.columns + j] = tiles[(q * rPanels + (j >> 2)) * 16 + 4 * a + (j & 3)];
      }
    }
    return out;
  }
}

/** Move panel p's first `count` slots from stride CHUNK·4 to stride count·4 (panels in increasing order). */
function compact(panels: Float64Array, panelCount: number, count: number): void {
  for (let p = 1; p < panelCount; p++) panels.copyWithin(p * count * 4, p * CHUNK * 4, p * CHUNK * 4 + count * 4);
}
