/**
 * The Monte Carlo behind the `reduction` claim: output correlations at controlled weight overlaps, for
 *
 * 1. the paper's decoupled network model (Choromanska et al. 2015, section 3; our reading, see below):
 *      Y(w) = Σ_paths X_path · A_path · Π_{k=1}^{H} w_{i_k(path)},
 *    with Λ unique weights w (|w|² = Λ), one path for every H-tuple (i_1, …, i_H) ∈ {1..Λ}^H repeated
 *    `multiplicity` times (uniform redundancy: every weight product appears equally often), path inputs X
 *    independent N(0, 1) (variable independence) and activations A independent Bernoulli(ρ), independent of X.
 *    Then E[Y(w)Y(w')] = ρ·m·Σ_{i_1..i_H} Π_k w_{i_k} w'_{i_k} = ρ·m·(w·w')^H, so Corr(Y(w), Y(w')) = R^H with
 *    R = w·w'/Λ: the covariance of the H-spin glass (conventions: E[H(w)H(w')] = N·R^p). The normalisation q of the
 *    paper cancels in a correlation, and the paper's losses are affine in Y after its assumptions, so Y is measured.
 * 2. a real (coupled) ReLU network without biases, Y(x; θ) = w_H · σ(W_{H−1} ⋯ σ(W_1 x)), Gaussian inputs x, at
 *    weights θ, θ' whose every layer has normalised overlap R (so the whole weight vector has overlap R).
 *
 * Pairs at overlap R: w' = R·w + √(1 − R²)·u with u ⊥ w, |u| = |w| (exact overlap R). Each overlap uses its own
 * samples (independent estimates). Streams: weights 'init', model randomness 'monte-carlo', master = seed,
 * size = overlap number, run = 0 (decoupled) or 1 (network).
 */
import { dot } from '../linalg/vector.js';
import type { Rng } from '../random/rng.js';
import { stream } from '../random/streams.js';
import { pearson } from '../stats/pearson.js';

export interface DecoupledModelConfig {
  /** H, the depth (degree of the weight products). */
  depth: number;
  /** Λ, the number of unique weights. */
  uniqueWeights: number;
  /** Paths per H-tuple of unique weights (uniform redundancy). */
  multiplicity: number;
  /** ρ, the probability that a path is active. */
  activeProbability: number;
  /** Monte Carlo samples per overlap. */
  samples: number;
  overlaps: number[];
  seed: number;
}

export interface NetworkModelConfig {
  depth: number;
  inputDimension: number;
  width: number;
  samples: number;
  overlaps: number[];
  seed: number;
}

/** The empirical correlation at one overlap. */
export interface OverlapCorrelation {
  overlap: number;
  correlation: number;
  samples: number;
}

/** A vector with |w'|² = |w|² and w·w' = R·|w|²: R·w + √(1 − R²)·u, u a random unit-norm-|w| vector ⊥ w. */
export function vectorAtOverlap(w: Float64Array, overlap: number, rng: Rng): Float64Array {
  if (!(overlap >= -1 && overlap <= 1)) throw new RangeError(`overlap must be in [−1, 1], got ${overlap}`);
  const ww = dot(w, w);
  const u = rng.fillNormal(new Float64Array(w.length));
  const c = dot(u, w) / ww;
  for (let i = 0; i < u.length; i++) u[i] -= c * w[i];
  const scale = Math.sqrt(ww / dot(u, u));
  const out = new Float64Array(w.length);
  const s = Math.sqrt(Math.max(0, 1 - overlap * overlap));
  for (let i = 0; i < w.length; i++) out[i] = overlap * w[i] + s * scale * u[i];
  return out;
}

/** Π_k w_{i_k} for every H-tuple, in lexicographic order (last index fastest). */
function tupleProducts(w: Float64Array, depth: number): Float64Array {
  let products = Float64Array.of(1);
  for (let k = 0; k < depth; k++) {
    const next = new Float64Array(products.length * w.length);
    for (let t = 0; t < products.length; t++)
      for (let i = 0; i < w.length; i++) next[t * w.length + i] = products[t] * w[i];
    products = next;
  }
  return products;
}

function randomSphere(n: number, rng: Rng): Float64Array {
  const w = rng.fillNormal(new Float64Array(n));
  const scale = Math.sqrt(n / dot(w, w));
  for (let i = 0; i < n; i++) w[i] *= scale;
  return w;
}

/** Corr(Y(w), Y(w')) of the decoupled model at each overlap (see the header). */
export function decoupledModelCorrelations(config: DecoupledModelConfig): OverlapCorrelation[] {
  const { depth, uniqueWeights, multiplicity, activeProbability, samples, seed } = config;
  const w = randomSphere(uniqueWeights, stream({ master: seed, purpose: 'init', size: uniqueWeights, run: 0 }));
  const base = tupleProducts(w, depth);
  return config.overlaps.map((overlap, j) => {
    const other = vectorAtOverlap(
      w,
      overlap,
      stream({ master: seed, purpose: 'init', size: uniqueWeights, run: j + 1 }),
    );
    const products = tupleProducts(other, depth);
    const rng = stream({ master: seed, purpose: 'monte-carlo', size: j, run: 0 });
    const y = new Float64Array(samples);
    const y2 = new Float64Array(samples);
    for (let s = 0; s < samples; s++) {
      let a = 0;
      let b = 0;
      for (let t = 0; t < base.length; t++) {
        for (let c = 0; c < multiplicity; c++) {
          if (rng.uniform() >= activeProbability) continue; // path inactive: A = 0
          const x = rng.normal();
          a += x * base[t];
          b += x * products[t];
        }
      }
      y[s] = a;
      y2[s] = b;
    }
    return { overlap, correlation: pearson(y, y2), samples };
  });
}

interface Layers {
  /** Row-major weight matrices, layer l of shape sizes[l+1] × sizes[l]. */
  weights: Float64Array[];
  sizes: number[];
}

function forward(layers: Layers, x: Float64Array): number {
  let h = x;
  for (let l = 0; l < layers.weights.length; l++) {
    const rows = layers.sizes[l + 1];
    const cols = layers.sizes[l];
    const m = layers.weights[l];
    const out = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      let s = 0;
      for (let j = 0; j < cols; j++) s += m[i * cols + j] * h[j];
      out[i] = l === layers.weights.length - 1 ? s : Math.max(0, s);
    }
    h = out;
  }
  return h[0];
}

/** Corr(Y(x; θ), Y(x; θ')) over Gaussian inputs x for a bias-free ReLU network, layer-wise overlap R. */
export function networkCorrelations(config: NetworkModelConfig): OverlapCorrelation[] {
  const { depth, inputDimension, width, samples, seed } = config;
  const sizes = [inputDimension, ...Array.from({ length: depth - 1 }, () => width), 1];
  const initRng = stream({ master: seed, purpose: 'init', size: width, run: 0 });
  const weights = sizes.slice(0, -1).map((fanIn, l) => {
    const m = initRng.fillNormal(new Float64Array(sizes[l + 1] * fanIn), 1 / Math.sqrt(fanIn));
    return m;
  });
  const theta: Layers = { weights, sizes };
  return config.overlaps.map((overlap, j) => {
    const rng = stream({ master: seed, purpose: 'init', size: width, run: j + 1 });
    const other: Layers = { weights: weights.map((m) => vectorAtOverlap(m, overlap, rng)), sizes };
    const inputs = stream({ master: seed, purpose: 'monte-carlo', size: j, run: 1 });
    const x = new Float64Array(inputDimension);
    const y = new Float64Array(samples);
    const y2 = new Float64Array(samples);
    for (let s = 0; s < samples; s++) {
      inputs.fillNormal(x);
      y[s] = forward(theta, x);
      y2[s] = forward(other, x);
    }
    return { overlap, correlation: pearson(y, y2), samples };
  });
}
