/**
 * A fully connected ReLU network, one sample at a time, written to be read (in the spirit of micrograd):
 * `forward` runs the layers and keeps what backpropagation needs, `backward` pushes ∂ℓ/∂z back through
 * them and adds the gradient into a flat vector (layout in architecture.ts).
 *
 *   forward:   a_0 = x,  z_l = W_l a_{l−1} + b_l,  a_l = relu(z_l)  (l < L),  ℓ = loss(z_L, y)
 *   backward:  δ_L = ∂ℓ/∂z_L,  ∂ℓ/∂W_l = δ_l a_{l−1}ᵀ,  ∂ℓ/∂b_l = δ_l,  δ_{l−1} = relu′(z_{l−1}) ⊙ W_lᵀ δ_l
 *
 * relu′(z) = 1 for z > 0 and 0 otherwise (we take 0 at the kink z = 0).
 * Arrays are 0-based: layer index l = 0..L−1 here is layer l+1 of the formulas.
 */
import type { Architecture } from './architecture.js';
import { hingeLoss, softmaxNll } from './loss.js';

/** Per-sample buffers, reused across samples (allocate one per network shape). */
export interface Workspace {
  /** a[l] is the input of layer l: a[0] = x, a[l] = relu(z[l−1]). */
  a: Float64Array[];
  /** Pre-activations z[l] of layer l. */
  z: Float64Array[];
  /** δ[l] = ∂ℓ/∂z[l]. */
  delta: Float64Array[];
  /** softmax(z[L−1]) (multiclass only). */
  probs: Float64Array;
}

export function createWorkspace(arch: Architecture): Workspace {
  return {
    a: arch.layers.map((layer) => new Float64Array(layer.fanIn)),
    z: arch.layers.map((layer) => new Float64Array(layer.fanOut)),
    delta: arch.layers.map((layer) => new Float64Array(layer.fanOut)),
    probs: new Float64Array(arch.sizes[arch.sizes.length - 1]),
  };
}

/** Forward pass for input row `row` of `inputs`; the output logits end up in ws.z[L−1]. */
export function forward(arch: Architecture, w: Float64Array, inputs: Float64Array, row: number, ws: Workspace): void {
  const layers = arch.layers;
  const inputSize = layers[0].fanIn;
  const a0 = ws.a[0];
  for (let i = 0; i < inputSize; i++) a0[i] = inputs[row * inputSize + i];
  for (let l = 0; l < layers.length; l++) {
    const { fanIn, fanOut, weightOffset, biasOffset } = layers[l];
    const input = ws.a[l];
    const z = ws.z[l];
    for (let j = 0; j < fanOut; j++) {
      let s = w[biasOffset + j];
      const row0 = weightOffset + j * fanIn;
      for (let i = 0; i < fanIn; i++) s += w[row0 + i] * input[i];
      z[j] = s;
    }
    if (l + 1 < layers.length) {
      const next = ws.a[l + 1];
      for (let j = 0; j < fanOut; j++) next[j] = Math.max(z[j], 0);
    }
  }
}

/** The loss of the last forward pass for `target`; sets δ[L−1] = ∂ℓ/∂z[L−1] (and the softmax probabilities). */
export function outputLoss(arch: Architecture, ws: Workspace, target: number): number {
  const last = arch.layers.length - 1;
  return arch.task === 'multiclass'
    ? softmaxNll(ws.z[last], target, ws.probs, ws.delta[last])
    : hingeLoss(ws.z[last], target, ws.delta[last]);
}

/**
 * Backpropagate δ from the output to the first layer (after forward + outputLoss); when `grad` is given,
 * add scale·∂ℓ/∂w into it.
 */
export function backward(arch: Architecture, w: Float64Array, ws: Workspace, grad?: Float64Array, scale = 1): void {
  const layers = arch.layers;
  for (let l = layers.length - 1; l >= 0; l--) {
    const { fanIn, fanOut, weightOffset, biasOffset } = layers[l];
    const delta = ws.delta[l];
    const input = ws.a[l];
    // δ_{l−1} first, from W_l before any change: `grad` may be `w` itself (in-place SGD step, scale = −γ).
    if (l > 0) {
      const previous = ws.delta[l - 1];
      previous.fill(0);
      for (let j = 0; j < fanOut; j++) {
        const d = delta[j];
        if (d === 0) continue;
        const row0 = weightOffset + j * fanIn;
        for (let i = 0; i < fanIn; i++) previous[i] += w[row0 + i] * d;
      }
      const z = ws.z[l - 1];
      for (let i = 0; i < fanIn; i++) if (!(z[i] > 0)) previous[i] = 0;
    }
    if (grad) {
      for (let j = 0; j < fanOut; j++) {
        const d = scale * delta[j];
        if (d === 0) continue;
        grad[biasOffset + j] += d;
        const row0 = weightOffset + j * fanIn;
        for (let i = 0; i < fanIn; i++) grad[row0 + i] += d * input[i];
      }
    }
  }
}

/** ℓ(x_row, y_row) and, added into `grad`, scale·∇_w ℓ. */
export function sampleLossAndGradient(
  arch: Architecture,
  w: Float64Array,
  inputs: Float64Array,
  targets: Int32Array,
  row: number,
  ws: Workspace,
  grad: Float64Array,
  scale = 1,
): number {
  forward(arch, w, inputs, row, ws);
  const loss = outputLoss(arch, ws, targets[row]);
  backward(arch, w, ws, grad, scale);
  return loss;
}

/** Whether the last forward pass classifies `target` correctly (multiclass: first arg-max; binary: f ≥ 0 ⇔ +1). */
export function isCorrect(arch: Architecture, ws: Workspace, target: number): boolean {
  const out = ws.z[arch.layers.length - 1];
  if (arch.task === 'binary') return (out[0] >= 0 ? 1 : -1) === target;
  let best = 0;
  for (let k = 1; k < out.length; k++) if (out[k] > out[best]) best = k;
  return best === target;
}
