/**
 * The cached forward pass of the annealers that move one parameter at a time (coordinate-annealing.ts,
 * ternary-annealing.ts): every sample's pre-activations z[l] (count × fanOut_l, sample r's row at r·fanOut_l) are
 * kept, so that a move recomputes only what it changes — unit j of layer l, then {@link propagateAbove}: a rank-one
 * update of layer l + 1 and the layers above it by {@link propagateFrom}. Activations are ReLU(z) (a comparison: NaN and −0 give 0).
 */
import type { Architecture } from './architecture.js';
import type { Dataset } from './dataset.js';

/** Every sample's pre-activations z[l] at the parameters w (the full forward pass the caches start from). */
export function preActivations(arch: Architecture, data: Dataset, w: Float64Array): Float64Array[] {
  const n = data.count;
  const z = arch.layers.map((layer) => new Float64Array(n * layer.fanOut));
  for (let r = 0; r < n; r++) {
    for (let l = 0; l < arch.layers.length; l++) {
      const { fanIn, fanOut, weightOffset, biasOffset } = arch.layers[l];
      const below = l === 0 ? data.inputs : z[l - 1];
      const row = l === 0 ? r * data.inputSize : r * fanIn;
      for (let j = 0; j < fanOut; j++) {
        let s = w[biasOffset + j];
        const w0 = weightOffset + j * fanIn;
        if (l === 0) {
          for (let i = 0; i < fanIn; i++) s += w[w0 + i] * below[row + i];
        } else {
          for (let i = 0; i < fanIn; i++) {
            const v = below[row + i];
            // biome-ignore lint/complexity/useMathMinMax: the ReLU as a comparison (NaN and −0 give 0), in the hot loop
            s += w[w0 + i] * (v > 0 ? v : 0);
          }
        }
        z[l][r * fanOut + j] = s;
      }
    }
  }
  return z;
}

/**
 * Recompute the pre-activations of layers from … L − 1 of sample r in `z` from the activations of layer from − 1
 * (those of z[from − 1]): what a move redoes above the first two layers it changed. Units with zero activation
 * add nothing and are skipped.
 */
export function propagateFrom(arch: Architecture, w: Float64Array, z: Float64Array[], r: number, from: number): void {
  for (let q = from; q < arch.layers.length; q++) {
    const layer = arch.layers[q];
    const below = z[q - 1];
    const zq = z[q];
    const rowB = r * layer.fanIn;
    const rowQ = r * layer.fanOut;
    for (let m = 0; m < layer.fanOut; m++) {
      let s = w[layer.biasOffset + m];
      const w0 = layer.weightOffset + m * layer.fanIn;
      for (let c = 0; c < layer.fanIn; c++) {
        const act = below[rowB + c];
        if (act > 0) s += w[w0 + c] * act;
      }
      zq[rowQ + m] = s;
    }
  }
}

/**
 * Sample r's activation of unit j in layer l (l + 1 < L) changed by `da`: its layer l + 1 in `scratch` becomes
 * the cached z[l + 1] plus column j of that layer's weights times da (rank one), and the layers above are
 * recomputed in `scratch` (propagateFrom).
 */
export function propagateAbove(
  arch: Architecture,
  w: Float64Array,
  z: Float64Array[],
  scratch: Float64Array[],
  r: number,
  l: number,
  j: number,
  da: number,
): void {
  const next = arch.layers[l + 1];
  const zn = z[l + 1];
  const sn = scratch[l + 1];
  const rowN = r * next.fanOut;
  for (let m = 0; m < next.fanOut; m++) {
    sn[rowN + m] = zn[rowN + m] + w[next.weightOffset + m * next.fanIn + j] * da;
  }
  propagateFrom(arch, w, scratch, r, l + 2);
}
