/**
 * The shared experiment ladders of the claims, one per scale, so that every claim reading the spin-glass descent
 * endpoints or the trained networks asks the engine for the SAME spec (same seed, landscape and optimizer) and the
 * result store computes each run once. A claim may ask for fewer runs or a sub-ladder of these: the store key
 * excludes `sizes` and `runsPerSize` (src/experiments/spec-hash.ts), so those runs are reused too.
 *
 * Costs (one core, CPU time): spin glass p = 3 GD endpoints with the index ≈ 12 ms (N = 25), 19 ms (50), 180 ms
 * (100) per run (before the WebAssembly kernel; less now); networks (SGD batch 1, the WebAssembly trainer:
 * 250,000–330,000 samples/s at n1 ≤ 100) ≈ 0.35 s per 100,000 samples.
 *
 * Every network is trained to the paper's optimisation state: 200 epochs with the paper-matched schedule
 * (src/network/sgd-schedule.ts, the paper's sum of step sizes ≈ 3,182; docs/networks.md). That costs 200 epochs
 * whatever the scale, so the ci and quick ladders are smaller (fewer runs, smaller training sets), not shorter.
 * - ci: spin glass N ∈ {20, 30, 40, 50} × 60 starts on 10 landscapes (≈ 2.5 s); networks n1 ∈ {10, 25, 50} × 10
 *   on 500/1,000 digits (100,000 samples a network, ≈ 10 s).
 * - quick: N ∈ {25, 50, 75, 100} × 200 starts on 20 landscapes (≈ 60 s CPU); n1 ∈ {10, 25, 50, 100} × 12 networks
 *   on 8,000/2,000 digits, the most the mnist package allows (1.6 million samples a network: ≈ 1.5, 3, 5.5, 11 s
 *   CPU at n1 = 10, 25, 50, 100; ≈ 4 min CPU a ladder). Fewer networks on the paper's amount of data per
 *   network rather than more networks on less: on 2,000 digits every width overfits (train–test gap 0.39–0.52
 *   nats, ρ(train, test) = −0.20 at n1 = 10) and the gap FALLS with width, the opposite of the paper's Fig. 7
 *   (gap ≈ 0.005 at n1 = 25 growing to 0.013 at 500 on 60,000 digits); on 8,000 it grows (0.150 at n1 = 25,
 *   0.163 at 50).
 * - paper: the paper's ladders (fixtures/paper.json): N ∈ {25, 50, 100, 250, 500} × 1,000 starts on 20 landscapes;
 *   n1 ∈ {25, 50, 100, 250, 500} × 1,000 networks, 200 epochs, on our largest split of the mnist package
 *   (8,000 / 2,000).
 *
 * Landscapes (coupling samples) per N: the paper's Fig. 3 shows (probably) one sample per N with 1,000 starts. A
 * claim "as N grows" is about the distribution over landscapes, so every ladder spreads its starts round robin over
 * L samples (run r on landscape r mod L, disorder 'landscapes') and the spin-glass rules take the landscape as the
 * unit (per-landscape summaries, then a test across landscapes; docs/spin-glass.md). For a fixed number of starts
 * per N, more landscapes estimate an ensemble quantity better (the variance of a grand mean is σ²_between/L +
 * σ²_within/(L·m) for m starts per landscape), so L is as large as the per-landscape summaries allow: a spread or a
 * share needs several starts. ci 10 × 6, quick 20 × 10, paper 20 × 50 (there the engine task is the limit: a task
 * holds one landscape, and at N = 500 a batch-first descent of 50 starts costs ≈ 15 % less per start than one of 10;
 * each landscape then also has a histogram of 50 starts like the paper's). Same number of starts per N as before, so
 * the cost is unchanged (a sample costs little next to the descents: N = 500, p = 3 is 21 million couplings, ≈ 1 s).
 *
 * The paper-matched schedule needs at least 42,400 samples a run; on fewer than the paper's 60,000 digits the
 * smaller training sets overfit more (a larger train–test gap than the paper's Fig. 7), which the report states.
 * Batch 1 as in the authors' code.
 */
import fc from 'fast-check';
import { z } from 'zod';
import type { NetworkTrainingConfig, SpinGlassDescentConfig } from './claim-specs.js';
import type { Profile, Scale } from './scale.js';

/** A ladder of the shared spin-glass descent spec: sizes, starts per size, seed and landscapes per size. */
export type SpinGlassLadder = Required<Pick<SpinGlassDescentConfig, 'sizes' | 'runsPerSize' | 'seed' | 'landscapes'>>;

/** The spin-glass descent ladder (p = 3, gaussian couplings, L landscapes per size) of each scale. */
export const SPIN_GLASS_LADDER: Readonly<Record<Scale, Readonly<SpinGlassLadder>>> = Object.freeze({
  ci: { sizes: [20, 30, 40, 50], runsPerSize: 60, seed: 1, landscapes: 10 },
  quick: { sizes: [25, 50, 75, 100], runsPerSize: 200, seed: 1, landscapes: 20 },
  paper: { sizes: [25, 50, 100, 250, 500], runsPerSize: 1000, seed: 1, landscapes: 20 },
});

/** The network-training ladder (one hidden ReLU layer, MNIST 10×10, SGD) of each scale. */
export const NETWORK_LADDER: Readonly<Record<Scale, Readonly<NetworkTrainingConfig>>> = Object.freeze({
  ci: { widths: [10, 25, 50], runsPerSize: 10, seed: 1, trainSize: 500, testSize: 1000, epochs: 200 },
  quick: { widths: [10, 25, 50, 100], runsPerSize: 12, seed: 1, trainSize: 8000, testSize: 2000, epochs: 200 },
  paper: { widths: [25, 50, 100, 250, 500], runsPerSize: 1000, seed: 1, trainSize: 8000, testSize: 2000, epochs: 200 },
});

/** A copy of a scale's spin-glass ladder (fresh arrays, safe to put in a configuration). */
export function spinGlassLadder(scale: Scale): SpinGlassLadder {
  const l = SPIN_GLASS_LADDER[scale];
  return { ...l, sizes: [...l.sizes] };
}

/** A copy of a scale's network ladder. */
export function networkLadder(scale: Scale): NetworkTrainingConfig {
  const l = NETWORK_LADDER[scale];
  return { ...l, widths: [...l.widths] };
}

/** Zod schema of a spin-glass ladder in a claim configuration (p = 3, gaussian: the shared spec). */
export const spinGlassLadderSchema = z
  .strictObject({
    sizes: z
      .array(z.number().int().min(5).max(2000))
      .min(2)
      .max(12)
      .refine((s) => s.every((v, i) => i === 0 || v > s[i - 1]), 'sizes must be strictly ascending'),
    runsPerSize: z.number().int().min(5).max(100_000),
    seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    /** L coupling samples per size (run r on landscape r mod L); at most runsPerSize. */
    landscapes: z.number().int().min(1).max(10_000),
  })
  .refine((l) => l.landscapes <= l.runsPerSize, {
    message: 'landscapes must be ≤ runsPerSize (every landscape needs a start)',
    path: ['landscapes'],
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
  spinGlass: SpinGlassLadder;
  network: NetworkTrainingConfig;
}

/**
 * The ladders a claim's property draws. Every claim that builds its arbitrary from this one draws the SAME ladders
 * for the same fast-check seed, so the store computes them once for all of them.
 * - ci profile: the scale's ladders with another seed and 75–100 % of the runs (the scale's landscapes per size);
 * - explore: small sizes/widths (from 10 / 5), few runs (down to 10 / 8), few landscapes (down to 1) and any seed,
 *   where finite-size effects (few landscapes per size, few minima) may break a claim: with few landscapes a rule
 *   must say 'inconclusive', not hold or fail on one landscape's luck.
 * Shrinking goes to seed 0, fewer runs, fewer landscapes and shorter ladders. (The landscape count is drawn last, so
 * the other draws, and the network ladders other claims read, are those of the ladders without it.)
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
        spinGlass: { sizes: [...sg.sizes], runsPerSize: d.sgRuns, seed: d.sgSeed, landscapes: sg.landscapes },
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
      sgLandscapes: fc.integer({ min: 1, max: sg.landscapes }),
    })
    .map((d) => ({
      spinGlass: {
        sizes: d.sizes,
        runsPerSize: d.sgRuns,
        seed: d.sgSeed,
        landscapes: Math.min(d.sgLandscapes, d.sgRuns),
      },
      network: { ...net, widths: d.widths, runsPerSize: d.netRuns, seed: d.netSeed },
    }));
}
