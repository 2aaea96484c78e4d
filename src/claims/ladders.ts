/**
 * The shared experiment ladders of the claims, one per scale, so that every claim reading the spin-glass descent
 * endpoints or the trained networks asks the engine for the SAME spec (same seed, landscape and optimizer) and the
 * result store computes each run once. A claim may ask for fewer runs or a sub-ladder of these: the store key
 * excludes `sizes` and `runsPerSize` (src/experiments/spec-hash.ts), so those runs are reused too.
 *
 * Costs (one core, CPU time): spin glass p = 3 GD endpoints with the index ≈ 12 ms (N = 25), 19 ms (50), 180 ms
 * (100) per run (before the WebAssembly kernel; less now); networks (SGD lr 0.01, batch 1, the WebAssembly trainer:
 * 250,000–330,000 samples/s at n1 ≤ 100) ≈ 0.7 s per n1 = 100 network on 8,000 digits for 20 epochs.
 *
 * - ci: spin glass N ∈ {20, 30, 40, 50} × 60 starts (≈ 2.5 s); networks n1 ∈ {10, 25, 50} × 30 (≈ 5 s).
 * - quick: N ∈ {25, 50, 75, 100} × 200 starts (≈ 60 s CPU); n1 ∈ {10, 25, 50, 100} × 50 networks on 8,000/2,000
 *   digits, 20 epochs (≈ 2 min CPU).
 * - paper: the paper's ladders (fixtures/paper.json): N ∈ {25, 50, 100, 250, 500} × 1,000 starts; n1 ∈ {25, 50,
 *   100, 250, 500} × 1,000 networks, 200 epochs, on our largest split of the mnist package (8,000 / 2,000).
 *
 * The ci networks train on 1,000 digits for 6 epochs: a small training set makes the train–test gap (which the
 * hardness claim reads) visible within seconds. The quick networks use the paper's split of our data (8,000/2,000)
 * for 20 epochs, so their losses (test NLL 0.33–0.38) are near the trained regime the paper reports. The SGD
 * settings are the authors' (lr 0.01, batch 1).
 */
import fc from 'fast-check';
import { z } from 'zod';
import type { NetworkTrainingConfig, SpinGlassDescentConfig } from './experiments.js';
import type { Profile, Scale } from './scale.js';

/** The spin-glass descent ladder (p = 3, gaussian couplings, one landscape per size) of each scale. */
export const SPIN_GLASS_LADDER: Readonly<Record<Scale, Readonly<SpinGlassDescentConfig>>> = Object.freeze({
  ci: { sizes: [20, 30, 40, 50], runsPerSize: 60, seed: 1 },
  quick: { sizes: [25, 50, 75, 100], runsPerSize: 200, seed: 1 },
  paper: { sizes: [25, 50, 100, 250, 500], runsPerSize: 1000, seed: 1 },
});

/** The network-training ladder (one hidden ReLU layer, MNIST 10×10, SGD) of each scale. */
export const NETWORK_LADDER: Readonly<Record<Scale, Readonly<NetworkTrainingConfig>>> = Object.freeze({
  ci: { widths: [10, 25, 50], runsPerSize: 30, seed: 1, trainSize: 1000, testSize: 1000, epochs: 6 },
  quick: { widths: [10, 25, 50, 100], runsPerSize: 50, seed: 1, trainSize: 8000, testSize: 2000, epochs: 20 },
  paper: { widths: [25, 50, 100, 250, 500], runsPerSize: 1000, seed: 1, trainSize: 8000, testSize: 2000, epochs: 200 },
});

/** A copy of a scale's spin-glass ladder (fresh arrays, safe to put in a configuration). */
export function spinGlassLadder(scale: Scale): SpinGlassDescentConfig {
  const l = SPIN_GLASS_LADDER[scale];
  return { ...l, sizes: [...l.sizes] };
}

/** A copy of a scale's network ladder. */
export function networkLadder(scale: Scale): NetworkTrainingConfig {
  const l = NETWORK_LADDER[scale];
  return { ...l, widths: [...l.widths] };
}

/** Zod schema of a spin-glass ladder in a claim configuration (p = 3, gaussian: the shared spec). */
export const spinGlassLadderSchema = z.strictObject({
  sizes: z
    .array(z.number().int().min(5).max(2000))
    .min(2)
    .max(12)
    .refine((s) => s.every((v, i) => i === 0 || v > s[i - 1]), 'sizes must be strictly ascending'),
  runsPerSize: z.number().int().min(5).max(100_000),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/** Zod schema of a network ladder in a claim configuration. */
export const networkLadderSchema = z.strictObject({
  widths: z
    .array(z.number().int().min(2).max(5000))
    .min(3)
    .max(12)
    .refine((s) => s.every((v, i) => i === 0 || v > s[i - 1]), 'widths must be strictly ascending'),
  runsPerSize: z.number().int().min(5).max(100_000),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  trainSize: z.number().int().min(50).max(8000),
  testSize: z.number().int().min(50).max(2000),
  epochs: z.number().int().min(1).max(1000),
});

export interface ClaimLadders {
  spinGlass: SpinGlassDescentConfig;
  network: NetworkTrainingConfig;
}

/**
 * The ladders a claim's property draws. Every claim that builds its arbitrary from this one draws the SAME ladders
 * for the same fast-check seed, so the store computes them once for all of them.
 * - ci profile: the scale's ladders with another seed and 75–100 % of the runs;
 * - explore: small sizes/widths (from 10 / 5), few runs (down to 10 / 8) and any seed, where finite-size effects
 *   (one landscape per size, few minima) may break a claim.
 * Shrinking goes to seed 0, fewer runs and shorter ladders.
 */
export function laddersArbitrary(scale: Scale, profile: Profile): fc.Arbitrary<ClaimLadders> {
  const sg = SPIN_GLASS_LADDER[scale];
  const net = NETWORK_LADDER[scale];
  const seed = fc.integer({ min: 0, max: 1_000_000 });
  if (profile === 'ci') {
    return fc
      .record({
        sgSeed: seed,
        sgRuns: fc.integer({ min: Math.ceil(0.75 * sg.runsPerSize), max: sg.runsPerSize }),
        netSeed: seed,
        netRuns: fc.integer({ min: Math.ceil(0.75 * net.runsPerSize), max: net.runsPerSize }),
      })
      .map((d) => ({
        spinGlass: { sizes: [...sg.sizes], runsPerSize: d.sgRuns, seed: d.sgSeed },
        network: { ...net, widths: [...net.widths], runsPerSize: d.netRuns, seed: d.netSeed },
      }));
  }
  const sgSizes = [10, 15, 20, ...sg.sizes.filter((n) => n > 20)];
  const widths = [5, 10, ...net.widths.filter((w) => w > 10)];
  return fc
    .record({
      sizes: fc.subarray(sgSizes, { minLength: 2 }),
      sgRuns: fc.integer({ min: 10, max: sg.runsPerSize }),
      sgSeed: seed,
      widths: fc.subarray(widths, { minLength: 3 }),
      netRuns: fc.integer({ min: 8, max: net.runsPerSize }),
      netSeed: seed,
    })
    .map((d) => ({
      spinGlass: { sizes: d.sizes, runsPerSize: d.sgRuns, seed: d.sgSeed },
      network: { ...net, widths: d.widths, runsPerSize: d.netRuns, seed: d.netSeed },
    }));
}
