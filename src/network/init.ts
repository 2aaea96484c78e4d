/**
 * Initial weights.
 *
 * - 'torch-default': every weight and bias of a layer uniform on [−1/√fanIn, 1/√fanIn], Torch7 nn.Linear's
 *   reset(), which the authors' code used. The default: it trains stably at every width (README, network).
 * - 'unit-cube': every parameter uniform on [0, 1], what the paper's text says. All weights positive make the
 *   pre-activations grow with the width of the layer below: at n1 = 25 SGD still trains (measured: test
 *   accuracy 0.87 after 10 epochs on 2,000 digits), but at n1 = 500 the logits are in the hundreds and the NLL
 *   stays above 2.3 after 2 epochs although the accuracy is 0.88 (over-confident wrong answers).
 */
import type { Rng } from '../random/rng.js';
import type { Architecture } from './architecture.js';

export type InitScheme = 'torch-default' | 'unit-cube';
export const INIT_SCHEMES: readonly InitScheme[] = ['torch-default', 'unit-cube'];

export function initializeParameters(arch: Architecture, scheme: InitScheme, rng: Rng): Float64Array {
  const w = new Float64Array(arch.parameterCount);
  for (const layer of arch.layers) {
    const end = layer.biasOffset + layer.fanOut;
    if (scheme === 'unit-cube') {
      for (let k = layer.weightOffset; k < end; k++) w[k] = rng.uniform();
    } else {
      const bound = 1 / Math.sqrt(layer.fanIn);
      for (let k = layer.weightOffset; k < end; k++) w[k] = bound * (2 * rng.uniform() - 1);
    }
  }
  return w;
}
