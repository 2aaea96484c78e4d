/**
 * Simulated annealing over ternary weights: every parameter (weights and biases alike) takes a value in
 * {−1, 0, 1}, the paper's discrete annealing baseline (section 6). The effective parameter of layer l is
 * s_l · t with t ∈ {−1, 0, 1}: s_l = 1 ('none', the faithful version and the default) or s_l = 1/√fanIn_l
 * ('fan-in', a fixed per-layer scale factor, not learned, that keeps pre-activations O(1); the paper's
 * redundancy experiment reports such a scale costs under 2.5 % accuracy — our measurements are in the README).
 *
 * Proposal: one parameter chosen uniformly, moved to one of its two other values chosen uniformly. Acceptance:
 * Metropolis, always if ΔE ≤ 0, else with probability exp(−ΔE/T_k), E the mean loss over the annealing set.
 * Schedule: geometric, T_k = T0 · ρ^k over the K = budget − 1 proposals, ending at exactly T_end.
 * Randomness: initial t uniform on {−1, 0, 1} from `initRng`; per proposal one int(D), one int(2) and one
 * uniform (drawn whether or not needed) from `rng` (the 'proposal' stream).
 *
 * Each proposal's loss is computed incrementally: the pre-activations of every sample are cached, and changing
 * one parameter of unit j in layer l changes z_l[j] of the samples whose input to it is nonzero, hence
 * z_{l+1} by a rank-one update, and the layers above by recomputation. A proposal counts as one loss
 * evaluation; the result equals a full recomputation up to rounding (tested).
 */
import type { Rng } from '../random/rng.js';
import type { Architecture } from './architecture.js';
import { preActivations, propagateAbove } from './cached-pre-activations.js';
import { checkAnnealingSchedule } from './check-annealing-schedule.js';
import type { Dataset } from './dataset.js';
import { hingeLoss, softmaxNll } from './loss.js';

export type TernaryScale = 'none' | 'fan-in';
export const TERNARY_SCALES: readonly TernaryScale[] = ['none', 'fan-in'];

export interface TernaryAnnealingOptions {
  /** Loss evaluations in all (≥ 1): the start plus budget − 1 proposals. */
  budget: number;
  initialTemperature: number;
  finalTemperature: number;
  scale: TernaryScale;
  initRng: Rng;
  rng: Rng;
}

/** Defaults (see the README network section for the measurements behind them). */
export const DEFAULT_TERNARY_OPTIONS = Object.freeze({
  budget: 100_000,
  initialTemperature: 0.1,
  finalTemperature: 1e-4,
  scale: 'none' as TernaryScale,
});

export interface TernaryAnnealingRun {
  /** t ∈ {−1, 0, 1}^D. */
  ternary: Int8Array;
  /** Effective parameters s_l · t (what the network computes with). */
  weights: Float64Array;
  /** Mean loss on the annealing set at the end (incrementally maintained). */
  energy: number;
  evaluations: number;
  acceptanceRate: number;
}

/** The per-layer scale factor s_l of each parameter. */
export function ternaryScales(arch: Architecture, scale: TernaryScale): Float64Array {
  const s = new Float64Array(arch.parameterCount);
  for (const layer of arch.layers) {
    s.fill(scale === 'none' ? 1 : 1 / Math.sqrt(layer.fanIn), layer.weightOffset, layer.biasOffset + layer.fanOut);
  }
  return s;
}

export function ternaryAnnealing(
  arch: Architecture,
  data: Dataset,
  options: TernaryAnnealingOptions,
): TernaryAnnealingRun {
  const { budget, initialTemperature: t0, finalTemperature: t1, rng } = options;
  checkAnnealingSchedule(budget, t0, t1);
  const d = arch.parameterCount;
  const L = arch.layers.length;
  const n = data.count;
  const scales = ternaryScales(arch, options.scale);
  const t = new Int8Array(d);
  for (let k = 0; k < d; k++) t[k] = options.initRng.int(3) - 1;
  const w = Float64Array.from(t, (v, k) => v * scales[k]);

  // Cached pre-activations z[l] (n × fanOut) and per-sample losses.
  const z = preActivations(arch, data, w);
  const losses = new Float64Array(n);
  const outSize = arch.layers[L - 1].fanOut;
  const probs = new Float64Array(outSize);
  const delta = new Float64Array(outSize);
  const logits = new Float64Array(outSize);
  const sampleLoss = (logits: Float64Array, target: number): number =>
    arch.task === 'multiclass' ? softmaxNll(logits, target, probs, delta) : hingeLoss(logits, target, delta);
  const inputOf = (l: number, r: number, i: number): number => {
    if (l === 0) return data.inputs[r * data.inputSize + i];
    const v = z[l - 1][r * arch.layers[l - 1].fanOut + i];
    return Math.max(v, 0);
  };
  for (let r = 0; r < n; r++)
    losses[r] = sampleLoss(z[L - 1].subarray(r * outSize, (r + 1) * outSize), data.targets[r]);
  let energy = sumOf(losses) / n;

  // Scratch: candidate pre-activations of the affected samples for layers l..L−1, and their losses.
  const scratch = arch.layers.map((layer) => new Float64Array(n * layer.fanOut));
  const candidateLoss = new Float64Array(n);
  const affected = new Int32Array(n);
  // Whether the sample's candidate reaches above layer l (else only z_l[j] changed, below the ReLU's kink).
  const deep = new Uint8Array(n);
  const layerOf = new Int32Array(d);
  arch.layers.forEach((layer, l) => {
    layerOf.fill(l, layer.weightOffset, layer.biasOffset + layer.fanOut);
  });

  const proposals = budget - 1;
  const rho = proposals > 1 ? (t1 / t0) ** (1 / (proposals - 1)) : 1;
  let accepted = 0;
  for (let k = 0; k < proposals; k++) {
    const temperature = t0 * rho ** k;
    const p = rng.int(d);
    const shift = 1 + rng.int(2); // the other two values: (t + 1 + shift) mod 3 − 1
    const u = rng.uniform();
    const newValue = ((t[p] + 1 + shift) % 3) - 1;
    const change = (newValue - t[p]) * scales[p];
    const l = layerOf[p];
    const { fanIn, fanOut, weightOffset, biasOffset } = arch.layers[l];
    const isBias = p >= biasOffset;
    const j = isBias ? p - biasOffset : Math.floor((p - weightOffset) / fanIn);
    const i = isBias ? -1 : (p - weightOffset) % fanIn;

    let count = 0;
    let newEnergy = energy;
    const zl = z[l];
    const sl = scratch[l];
    for (let r = 0; r < n; r++) {
      const dz = isBias ? change : change * inputOf(l, r, i);
      if (dz === 0) continue;
      // Layer l: copy the sample's row and change unit j.
      const rowL = r * fanOut;
      for (let m = 0; m < fanOut; m++) sl[rowL + m] = zl[rowL + m];
      sl[rowL + j] += dz;
      if (l + 1 < L) {
        const oldA = Math.max(zl[rowL + j], 0);
        const da = Math.max(sl[rowL + j], 0) - oldA;
        if (da === 0) {
          // Only z_l[j] moved, and not through the ReLU: commit it if accepted, loss unchanged.
          deep[r] = 0;
          affected[count++] = r;
          candidateLoss[r] = losses[r];
          continue;
        }
        propagateAbove(arch, w, z, scratch, r, l, j, da);
      }
      deep[r] = 1;
      const top = scratch[L - 1];
      for (let m = 0; m < outSize; m++) logits[m] = top[r * outSize + m];
      candidateLoss[r] = sampleLoss(logits, data.targets[r]);
      newEnergy += (candidateLoss[r] - losses[r]) / n;
      affected[count++] = r;
    }
    const dE = newEnergy - energy;
    if (dE <= 0 || u < Math.exp(-dE / temperature)) {
      accepted++;
      t[p] = newValue;
      w[p] = newValue * scales[p];
      for (let a = 0; a < count; a++) {
        const r = affected[a];
        const top = deep[r] ? L : l + 1;
        for (let q = l; q < top; q++) {
          const size = arch.layers[q].fanOut;
          const zq = z[q];
          const sq = scratch[q];
          for (let m = r * size; m < (r + 1) * size; m++) zq[m] = sq[m];
        }
        losses[r] = candidateLoss[r];
      }
      // Re-sum from the per-sample losses so rounding does not accumulate over many accepted moves.
      energy = sumOf(losses) / n;
    }
  }
  return {
    ternary: t,
    weights: w,
    energy,
    evaluations: budget,
    acceptanceRate: proposals > 0 ? accepted / proposals : 0,
  };
}

function sumOf(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}
