/**
 * Simulated annealing on continuous network weights, one coordinate per proposal (the paper's annealing baseline,
 * section 6 and supplement Fig. 6, for real-valued weights).
 *
 * Why coordinates: a full-dimensional Gaussian proposal (src/optim/simulated-annealing.ts) costs one full loss
 * evaluation per proposal and, in D ≈ 10³–10⁴ dimensions, must shrink its step as 1/√D to be accepted at all, so at
 * any affordable budget it never leaves its start (measured: NLL 2.7 after 20,000 evaluations at n1 = 10). Changing
 * one parameter changes one pre-activation per sample, and its effect on the loss is computed incrementally from
 * cached pre-activations (as in ternary-annealing.ts): the cost of a proposal is that of the samples it touches
 * through one unit, about 1/n1 of a full forward pass.
 *
 * Proposal: parameter p uniform over the parameters that enter the loss (all but the first-layer weights of inputs
 * that are zero on every annealing sample), w_p ← w_p + σ_l·ξ, ξ ~ N(0, 1), σ_l the step of p's layer l.
 * Acceptance: Metropolis, always if ΔE ≤ 0, else with probability exp(−ΔE/T_k), E the mean loss over the
 * annealing set. Schedule: geometric cooling T_k = T0·ρ^k over the first COOLING_FRACTION = 70 % of the K = budget − 1
 * proposals, reaching exactly T_end, then T_end for the rest: a hold in which the chain equilibrates at T_end, so
 * that a budget that suffices ends on a plateau (the loss then sits about D·T_end/2 above the local floor by
 * equipartition; a pure geometric schedule lowers the equilibrium loss until its last proposal and never plateaus).
 * Step adaptation (per parameter, since coordinates differ by orders of magnitude in curvature: pixels that are
 * rarely on, units that are rarely alive): σ_p starts at σ0_l = proposalScale/√fanIn_l (the scale of the
 * torch-default weights) and after each proposal of p, σ_p ← σ_p·exp(c·(1[accepted] − 0.3)), c = 0.2 (its fixed
 * point is 30 % acceptance), kept within [σ0_l/10⁴, 3·σ0_l]: moves of a unit dead on every annealing sample change
 * nothing and are always accepted, so an unbounded σ_p would random-walk those weights without bound.
 * Randomness from `rng` (the 'proposal' stream), per proposal in this order: int(D_live), normal(), uniform() (drawn
 * whether or not needed).
 *
 * Counting: the start and each proposal are one loss evaluation each (budget in all). The curve of the annealing-set
 * loss after each tenth of the budget and its plateau drop are recorded (src/stats/loss-plateau.ts). The incremental
 * energy equals a full recomputation up to rounding (tested); the energy is re-summed from the per-sample losses at
 * each curve point and at the end (exact, no drift from accumulated differences).
 */

import type { Rng } from '../random/rng.js';
import { CurveRecorder, plateauDrop } from '../stats/loss-plateau.js';
import type { Architecture } from './architecture.js';
import { preActivations, propagateAbove } from './cached-pre-activations.js';
import { checkAnnealingSchedule } from './check-annealing-schedule.js';
import type { Dataset } from './dataset.js';

export interface CoordinateAnnealingOptions {
  /** Loss evaluations in all (≥ 1): the start plus budget − 1 proposals. */
  budget: number;
  initialTemperature: number;
  finalTemperature: number;
  /** σ0 of layer l is proposalScale / √fanIn_l. */
  proposalScale: number;
  /** Adapt σ_l towards 30 % acceptance (false: σ_l fixed). */
  adaptProposal: boolean;
  rng: Rng;
}

/** Per-proposal step adaptation: σ_p ← σ_p·exp(c·(1[accepted] − 0.3)), c = ADAPTATION_RATE. */
export const ADAPTATION_RATE = 0.2;
/** σ_p stays within [σ0_l/10⁴, MAX_STEP_FACTOR·σ0_l]. */
export const MAX_STEP_FACTOR = 3;
/** Share of the proposals over which T falls from T0 to T_end (the rest are made at T_end). */
export const COOLING_FRACTION = 0.7;
export const TARGET_ACCEPTANCE = 0.3;

export interface CoordinateAnnealingRun {
  weights: Float64Array;
  /** Mean loss over the annealing set at the end. */
  energy: number;
  evaluations: number;
  acceptanceRate: number;
  /** Annealing-set loss after 0, 1/10, …, 10/10 of the budget. */
  curve: number[];
  /** (E(0.8·B) − E(B)) / |E(0.8·B)|. */
  plateauDrop: number;
  /** Median σ_p at the end, per layer. */
  finalProposalScales: number[];
}

export function coordinateAnnealing(
  arch: Architecture,
  data: Dataset,
  start: Float64Array,
  options: CoordinateAnnealingOptions,
): CoordinateAnnealingRun {
  const { budget, initialTemperature: t0, finalTemperature: t1, rng } = options;
  checkAnnealingSchedule(budget, t0, t1);
  if (!(options.proposalScale > 0)) throw new RangeError('proposalScale must be > 0');
  const d = arch.parameterCount;
  if (start.length !== d) throw new RangeError(`start has length ${start.length}, expected ${d}`);
  const L = arch.layers.length;
  const n = data.count;
  const w = Float64Array.from(start);

  const z = preActivations(arch, data, w);
  const losses = new Float64Array(n);
  const outSize = arch.layers[L - 1].fanOut;
  const targets = data.targets;
  const multiclass = arch.task === 'multiclass';
  // The loss of the sample whose outputs are x[o .. o + outSize): the same operations as softmaxNll / hingeLoss
  // (loss.ts), without their derivative, so the value is bit for bit theirs.
  const sampleLoss = (x: Float64Array, o: number, target: number): number => {
    if (!multiclass) {
      const margin = 1 - target * x[o];
      // biome-ignore lint/complexity/useMathMinMax: as hingeLoss writes it (loss.ts), so the value is its bit for bit
      return margin > 0 ? margin : 0;
    }
    let m = -Infinity;
    for (let k = 0; k < outSize; k++) if (x[o + k] > m) m = x[o + k];
    let s = 0;
    for (let k = 0; k < outSize; k++) s += Math.exp(x[o + k] - m);
    return m + Math.log(s) - x[o + target];
  };
  const inputOf = (l: number, r: number, i: number): number => {
    if (l === 0) return data.inputs[r * data.inputSize + i];
    const v = z[l - 1][r * arch.layers[l - 1].fanOut + i];
    // biome-ignore lint/complexity/useMathMinMax: the ReLU as a comparison (NaN and −0 give 0), in the hot loop
    return v > 0 ? v : 0;
  };
  for (let r = 0; r < n; r++) losses[r] = sampleLoss(z[L - 1], r * outSize, targets[r]);
  let energy = sumOf(losses) / n;
  const recorder = new CurveRecorder(budget);
  recorder.record(1, energy);

  const scratch = arch.layers.map((layer) => new Float64Array(n * layer.fanOut));
  const candidateLoss = new Float64Array(n);
  const affected = new Int32Array(n);
  const deep = new Uint8Array(n);
  const layerOf = new Int32Array(d);
  arch.layers.forEach((layer, l) => {
    layerOf.fill(l, layer.weightOffset, layer.biasOffset + layer.fanOut);
  });
  const sigma0 = arch.layers.map((layer) => options.proposalScale / Math.sqrt(layer.fanIn));
  const sigma = Float64Array.from(layerOf, (l) => sigma0[l]);
  const up = Math.exp(ADAPTATION_RATE * (1 - TARGET_ACCEPTANCE));
  const down = Math.exp(-ADAPTATION_RATE * TARGET_ACCEPTANCE);
  // Layer 0's inputs by column, nonzero entries only (MNIST rows are sparse): the samples a first-layer weight
  // touches and their input values, contiguous (reading them from the row-major inputs was a cache miss per sample).
  const nonzero: Int32Array[] = [];
  const nonzeroValues: Float64Array[] = [];
  for (let i = 0; i < data.inputSize; i++) {
    const rows: number[] = [];
    for (let r = 0; r < n; r++) if (data.inputs[r * data.inputSize + i] !== 0) rows.push(r);
    nonzero.push(Int32Array.from(rows));
    nonzeroValues.push(Float64Array.from(rows, (r) => data.inputs[r * data.inputSize + i]));
  }
  const allRows = Int32Array.from({ length: n }, (_, r) => r);
  // Parameters that enter the loss: first-layer weights of an input that is zero on every annealing sample do not
  // (their moves change nothing, would always be accepted and only random-walk the weights); they stay at their start.
  const live = Int32Array.from(
    Array.from({ length: d }, (_, p) => p).filter((p) => {
      const layer = arch.layers[0];
      return !(p < layer.biasOffset && nonzero[(p - layer.weightOffset) % layer.fanIn].length === 0);
    }),
  );

  const proposals = budget - 1;
  const cooling = Math.max(1, Math.round(COOLING_FRACTION * proposals));
  const rho = cooling > 1 ? (t1 / t0) ** (1 / (cooling - 1)) : 1;
  let accepted = 0;
  for (let k = 0; k < proposals; k++) {
    const temperature = k < cooling ? t0 * rho ** k : t1;
    const p = live[rng.int(live.length)];
    const l = layerOf[p];
    const change = sigma[p] * rng.normal();
    const u = rng.uniform();
    const { fanIn, fanOut, weightOffset, biasOffset } = arch.layers[l];
    const isBias = p >= biasOffset;
    const j = isBias ? p - biasOffset : Math.floor((p - weightOffset) / fanIn);
    const i = isBias ? -1 : (p - weightOffset) % fanIn;
    const firstLayerWeight = l === 0 && !isBias;
    const rows = firstLayerWeight ? nonzero[i] : allRows;
    const values = firstLayerWeight ? nonzeroValues[i] : undefined;

    let count = 0;
    let dSum = 0;
    const zl = z[l];
    const sl = scratch[l];
    for (let a = 0; a < rows.length; a++) {
      const r = rows[a];
      const dz = isBias ? change : values !== undefined ? change * values[a] : change * inputOf(l, r, i);
      if (dz === 0) continue;
      const rowL = r * fanOut;
      if (l + 1 < L) {
        const oldZ = zl[rowL + j];
        const newZ = oldZ + dz;
        // biome-ignore lint/complexity/useMathMinMax: the ReLU as a comparison (NaN and −0 give 0), in the hot loop
        const da = (newZ > 0 ? newZ : 0) - (oldZ > 0 ? oldZ : 0);
        sl[rowL + j] = newZ;
        if (da === 0) {
          deep[r] = 0;
          affected[count++] = r;
          continue;
        }
        propagateAbove(arch, w, z, scratch, r, l, j, da);
        // Layer l's other units are unchanged: the commit copies only unit j there (see below).
      } else {
        for (let m = 0; m < fanOut; m++) sl[rowL + m] = zl[rowL + m];
        sl[rowL + j] += dz;
      }
      deep[r] = 1;
      candidateLoss[r] = sampleLoss(scratch[L - 1], r * outSize, targets[r]);
      dSum += candidateLoss[r] - losses[r];
      affected[count++] = r;
    }
    const dE = dSum / n;
    const accept = dE <= 0 || u < Math.exp(-dE / temperature);
    if (options.adaptProposal) {
      sigma[p] = Math.min(MAX_STEP_FACTOR * sigma0[l], Math.max(1e-4 * sigma0[l], sigma[p] * (accept ? up : down)));
    }
    if (accept) {
      accepted++;
      w[p] += change;
      for (let a = 0; a < count; a++) {
        const r = affected[a];
        if (l + 1 < L) {
          z[l][r * fanOut + j] = scratch[l][r * fanOut + j];
          if (deep[r]) {
            for (let q = l + 1; q < L; q++) {
              const size = arch.layers[q].fanOut;
              const zq = z[q];
              const sq = scratch[q];
              for (let m = r * size; m < (r + 1) * size; m++) zq[m] = sq[m];
            }
          }
        } else {
          z[l][r * fanOut + j] = scratch[l][r * fanOut + j];
        }
        if (deep[r]) losses[r] = candidateLoss[r];
      }
    }
    // The energy is re-summed from the per-sample losses where the curve needs it (exact, no drift).
    if (recorder.due(k + 2)) recorder.record(k + 2, sumOf(losses) / n);
  }
  energy = sumOf(losses) / n;
  const curve = recorder.curve;
  return {
    weights: w,
    energy,
    evaluations: budget,
    acceptanceRate: proposals > 0 ? accepted / proposals : 0,
    curve,
    plateauDrop: plateauDrop(curve),
    finalProposalScales: arch.layers.map((layer) =>
      median(Array.from(sigma.subarray(layer.weightOffset, layer.biasOffset + layer.fanOut))),
    ),
  };
}

function median(values: number[]): number {
  const s = values.sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function sumOf(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}
