/**
 * Exact Hessian-vector products by Pearlmutter's R-operator (Pearlmutter 1994, "Fast exact multiplication by
 * the Hessian"): R{·} = ∂/∂r (·)(w + r v) at r = 0, applied to every quantity of the forward and backward
 * passes (forward-over-reverse). With V_l, c_l the parts of v belonging to W_l, b_l:
 *
 *   R{a_0} = 0
 *   R{z_l} = V_l a_{l−1} + W_l R{a_{l−1}} + c_l
 *   R{a_l} = relu′(z_l) ⊙ R{z_l}                      (relu″ = 0 almost everywhere, so no δ-function term)
 *   R{δ_L} = ∂²ℓ/∂z² · R{z_L}                          (softmax: p ⊙ R{z} − p (p·R{z});  hinge: 0 a.e.)
 *   R{δ_{l−1}} = relu′(z_{l−1}) ⊙ (W_lᵀ R{δ_l} + V_lᵀ δ_l)
 *   R{∂ℓ/∂W_l} = R{δ_l} a_{l−1}ᵀ + δ_l R{a_{l−1}}ᵀ,   R{∂ℓ/∂b_l} = R{δ_l}
 *
 * and R{∇ℓ} = ∇²ℓ · v exactly (up to rounding), wherever w is not on a kink of a ReLU or of the hinge — a
 * null set. The direction is a dense vector or, for building the Hessian column by column, a unit vector
 * e_p given by its index p (then V_l a and V_lᵀ δ have one nonzero entry each and cost nothing).
 */
import type { Architecture } from './architecture.js';
import type { Workspace } from './mlp.js';

export type Direction = { dense: Float64Array } | { unit: number };

/** Buffers of the R-pass (one per network shape). */
export interface RWorkspace {
  rz: Float64Array[];
  ra: Float64Array[];
  rdelta: Float64Array[];
}

export function createRWorkspace(arch: Architecture): RWorkspace {
  return {
    rz: arch.layers.map((layer) => new Float64Array(layer.fanOut)),
    ra: arch.layers.map((layer) => new Float64Array(layer.fanIn)),
    rdelta: arch.layers.map((layer) => new Float64Array(layer.fanOut)),
  };
}

/** The layer of parameter p, and where in it p sits. */
export function locateParameter(arch: Architecture, p: number): { layer: number; unit: number; input: number | null } {
  for (let l = 0; l < arch.layers.length; l++) {
    const { fanIn, fanOut, weightOffset, biasOffset } = arch.layers[l];
    if (p < biasOffset) {
      const k = p - weightOffset;
      return { layer: l, unit: Math.floor(k / fanIn), input: k % fanIn };
    }
    if (p < biasOffset + fanOut) return { layer: l, unit: p - biasOffset, input: null };
  }
  throw new RangeError(`parameter index ${p} out of range`);
}

/**
 * Add scale · ∇²ℓ(x) · v into `out`, for the sample whose forward pass, loss and backward pass (the δ's)
 * are in `ws`.
 */
export function sampleHessianVectorProduct(
  arch: Architecture,
  w: Float64Array,
  ws: Workspace,
  direction: Direction,
  rws: RWorkspace,
  out: Float64Array,
  scale = 1,
): void {
  const layers = arch.layers;
  const L = layers.length;
  const dense = 'dense' in direction ? direction.dense : null;
  const unit = dense ? null : locateParameter(arch, (direction as { unit: number }).unit);
  // R{a_l} is identically zero for layers up to and including the direction's layer (unit direction).
  const firstActive = dense ? 1 : (unit as { layer: number }).layer + 1;

  // R-forward.
  for (let l = 0; l < L; l++) {
    const { fanIn, fanOut, weightOffset, biasOffset } = layers[l];
    const rz = rws.rz[l];
    const input = ws.a[l];
    if (dense) {
      for (let j = 0; j < fanOut; j++) {
        let s = dense[biasOffset + j];
        const row0 = weightOffset + j * fanIn;
        for (let i = 0; i < fanIn; i++) s += dense[row0 + i] * input[i];
        rz[j] = s;
      }
    } else {
      rz.fill(0);
      if (unit && unit.layer === l) rz[unit.unit] = unit.input === null ? 1 : input[unit.input];
    }
    if (l >= firstActive) {
      const ra = rws.ra[l];
      for (let j = 0; j < fanOut; j++) {
        let s = 0;
        const row0 = weightOffset + j * fanIn;
        for (let i = 0; i < fanIn; i++) s += w[row0 + i] * ra[i];
        rz[j] += s;
      }
    }
    if (l + 1 < L) {
      const z = ws.z[l];
      const next = rws.ra[l + 1];
      for (let j = 0; j < fanOut; j++) next[j] = z[j] > 0 ? rz[j] : 0;
    }
  }

  // Second derivative of the loss.
  const rdL = rws.rdelta[L - 1];
  if (arch.task === 'multiclass') {
    const p = ws.probs;
    const rz = rws.rz[L - 1];
    let pr = 0;
    for (let k = 0; k < p.length; k++) pr += p[k] * rz[k];
    for (let k = 0; k < p.length; k++) rdL[k] = p[k] * (rz[k] - pr);
  } else {
    rdL.fill(0);
  }

  // R-backward.
  for (let l = L - 1; l >= 0; l--) {
    const { fanIn, fanOut, weightOffset, biasOffset } = layers[l];
    const rd = rws.rdelta[l];
    const delta = ws.delta[l];
    const input = ws.a[l];
    for (let j = 0; j < fanOut; j++) {
      const r = scale * rd[j];
      if (r === 0) continue;
      out[biasOffset + j] += r;
      const row0 = weightOffset + j * fanIn;
      for (let i = 0; i < fanIn; i++) out[row0 + i] += r * input[i];
    }
    if (l >= firstActive) {
      const ra = rws.ra[l];
      for (let j = 0; j < fanOut; j++) {
        const d = scale * delta[j];
        if (d === 0) continue;
        const row0 = weightOffset + j * fanIn;
        for (let i = 0; i < fanIn; i++) out[row0 + i] += d * ra[i];
      }
    }
    if (l > 0) {
      const previous = rws.rdelta[l - 1];
      previous.fill(0);
      for (let j = 0; j < fanOut; j++) {
        const r = rd[j];
        if (r === 0) continue;
        const row0 = weightOffset + j * fanIn;
        for (let i = 0; i < fanIn; i++) previous[i] += w[row0 + i] * r;
      }
      if (dense) {
        for (let j = 0; j < fanOut; j++) {
          const d = delta[j];
          if (d === 0) continue;
          const row0 = weightOffset + j * fanIn;
          for (let i = 0; i < fanIn; i++) previous[i] += dense[row0 + i] * d;
        }
      } else if (unit && unit.layer === l && unit.input !== null) {
        previous[unit.input] += delta[unit.unit];
      }
      const z = ws.z[l - 1];
      for (let i = 0; i < fanIn; i++) if (!(z[i] > 0)) previous[i] = 0;
    }
  }
}

/**
 * Whether the unit direction e_p contributes nothing for the sample in `ws`: a first-layer weight whose input
 * pixel is 0 or whose unit is inactive, or a first-layer bias of an inactive unit. (Then R{z_1} is 0 after the
 * ReLU, and the first layer has no V_lᵀ δ_l term.) Used to skip work when building the Hessian.
 */
export function unitDirectionVanishes(arch: Architecture, ws: Workspace, p: number): boolean {
  const first = arch.layers[0];
  if (p >= first.biasOffset + first.fanOut || arch.layers.length === 1) return false;
  if (p >= first.biasOffset) return !(ws.z[0][p - first.biasOffset] > 0);
  const unit = Math.floor(p / first.fanIn);
  return ws.a[0][p % first.fanIn] === 0 || !(ws.z[0][unit] > 0);
}
