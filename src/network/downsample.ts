/**
 * Downsampling of 28×28 MNIST digits to 10×10 (the paper trains on 10×10 digits, section 5).
 *
 * - `block` (the default): zero-pad the 28×28 image to 30×30 (one pixel on every side) and average each 3×3
 *   block. Every input pixel lands in exactly one block, so no ink is lost: 9 × (total ink of the 10×10 image)
 *   equals the total ink of the 28×28 image.
 * - `bilinear`: what Torch7's `image.scale(img, 10, 10, 'bilinear')` does, which the authors' code used (see
 *   {@link downsampleBilinear}: when shrinking, Torch's "bilinear" is a separable area average over windows
 *   2.8 pixels wide). The windows tile the line, a source pixel on a boundary being split between its two
 *   windows by covered fraction, so this keeps all the ink too: 2.8² × (10×10 total) = 28×28 total.
 */
export type DownsampleMethod = 'block' | 'bilinear';

export const DOWNSAMPLE_METHODS: readonly DownsampleMethod[] = ['block', 'bilinear'];

export const SOURCE_SIDE = 28;
export const TARGET_SIDE = 10;

/** 3×3 block averages of the 28×28 image zero-padded to 30×30. Reads 784 values at `offset`; writes 100 to `out`. */
export function downsampleBlock(
  image: ArrayLike<number>,
  offset: number,
  out: Float64Array | Float32Array,
  outOffset = 0,
): void {
  for (let r = 0; r < TARGET_SIDE; r++) {
    for (let c = 0; c < TARGET_SIDE; c++) {
      let s = 0;
      // Padded row/column p maps to source index p − 1; indices outside 0..27 are the zero padding.
      for (let dr = 0; dr < 3; dr++) {
        const sr = 3 * r + dr - 1;
        if (sr < 0 || sr >= SOURCE_SIDE) continue;
        for (let dc = 0; dc < 3; dc++) {
          const sc = 3 * c + dc - 1;
          if (sc < 0 || sc >= SOURCE_SIDE) continue;
          s += image[offset + sr * SOURCE_SIDE + sc];
        }
      }
      out[outOffset + r * TARGET_SIDE + c] = s / 9;
    }
  }
}

/**
 * Torch7's `image.scale(img, 10, 10, 'bilinear')`, transcribed from torch/image `scaleLinear_rowcol`: the
 * image is scaled separably (rows first, then columns). When shrinking, each destination pixel d averages the
 * source interval [d·s, (d+1)·s) with s = 28/10 = 2.8, the two end pixels weighted by their covered fraction,
 * and divides by the total weight (so a constant image stays constant). It is an area average over
 * non-overlapping windows 2.8 pixels wide, not point sampling.
 */
export function downsampleBilinear(
  image: ArrayLike<number>,
  offset: number,
  out: Float64Array | Float32Array,
  outOffset = 0,
): void {
  // Rows first: 28 rows × 10 columns.
  const tmp = new Float64Array(SOURCE_SIDE * TARGET_SIDE);
  for (let r = 0; r < SOURCE_SIDE; r++) {
    for (let d = 0; d < TARGET_SIDE; d++) {
      tmp[r * TARGET_SIDE + d] = shrinkAt(image, offset + r * SOURCE_SIDE, 1, d);
    }
  }
  // Then columns: 10 rows × 10 columns.
  for (let c = 0; c < TARGET_SIDE; c++) {
    for (let d = 0; d < TARGET_SIDE; d++) {
      out[outOffset + d * TARGET_SIDE + c] = shrinkAt(tmp, c, TARGET_SIDE, d);
    }
  }
}

/** Destination pixel d of a 28 → 10 shrink of the line src[start + k·stride], k = 0..27 (Torch's rule). */
function shrinkAt(src: ArrayLike<number>, start: number, stride: number, d: number): number {
  const scale = SOURCE_SIDE / TARGET_SIDE;
  let si1f = (d + 1) * scale;
  const si1 = Math.floor(si1f);
  si1f -= si1;
  let si0f = d * scale;
  const si0 = Math.floor(si0f);
  si0f -= si0;
  let acc = (1 - si0f) * src[start + si0 * stride];
  let n = 1 - si0f;
  for (let k = si0 + 1; k < si1; k++) {
    acc += src[start + k * stride];
    n += 1;
  }
  if (si1 < SOURCE_SIDE) {
    acc += si1f * src[start + si1 * stride];
    n += si1f;
  }
  return acc / n;
}

export function downsample(
  method: DownsampleMethod,
  image: ArrayLike<number>,
  offset: number,
  out: Float64Array | Float32Array,
  outOffset = 0,
): void {
  if (method === 'block') downsampleBlock(image, offset, out, outOffset);
  else downsampleBilinear(image, offset, out, outOffset);
}
