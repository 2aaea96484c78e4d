import type { NetworkMetrics, RunMetrics, RunRecord, SpinGlassMetrics } from '../../experiments/run-record.js';
import { createRng } from '../../random/rng.js';

/**
 * Synthetic spin-glass records (tests of the judges): scaledEnergy(size, run, z, landscape, zLandscape) per run,
 * seeded, with z a normal draw per run and zLandscape a normal draw per (size, landscape) (a landscape effect).
 * With `landscapes` = L the runs are spread as the engine spreads them (run r on landscape r mod L, recorded in
 * `landscape`); without it the records carry no landscape (one landscape per size, as under fixed disorder).
 */
export function syntheticSpinRecords(
  sizes: number[],
  runs: number,
  seed: string,
  scaledEnergy: (size: number, run: number, z: number, landscape: number, zLandscape: number) => number,
  options: { landscapes?: number } = {},
): RunRecord[] {
  const rng = createRng(seed);
  const landscapeRng = createRng(`${seed}/landscapes`);
  const L = options.landscapes;
  return sizes.flatMap((size) => {
    const zLandscape = Array.from({ length: L ?? 1 }, () => landscapeRng.normal());
    return Array.from({ length: runs }, (_, run) => {
      const landscape = L === undefined ? 0 : run % L;
      const e = scaledEnergy(size, run, rng.normal(), landscape, zLandscape[landscape]);
      const record = okRecord(size, run, spinGlassMetrics(size, e));
      return L === undefined ? record : { ...record, landscape };
    });
  });
}

/** Network metrics with neutral values, for tests that vary one field. */
export function networkMetrics(overrides: Partial<NetworkMetrics> = {}): NetworkMetrics {
  return {
    trainLoss: 0.3,
    testLoss: 0.4,
    trainAccuracy: 0.9,
    testAccuracy: 0.9,
    gradNorm: 1e-3,
    epochs: 1,
    evaluations: 1,
    ...overrides,
  };
}

/** Spin-glass metrics with neutral values (a converged endpoint at H/N = scaledEnergy), for tests that vary one field. */
export function spinGlassMetrics(
  size: number,
  scaledEnergy: number,
  overrides: Partial<SpinGlassMetrics> = {},
): SpinGlassMetrics {
  return {
    energy: scaledEnergy * size,
    scaledEnergy,
    gradNorm: 0,
    iterations: 1,
    energyEvaluations: 1,
    gradientEvaluations: 1,
    haltingTimes: [],
    converged: true,
    ...overrides,
  };
}

/** Synthetic network records: losses(width, run, normal draw, normal draw) → {train, test}, seeded. */
export function syntheticNetworkRecords(
  widths: number[],
  runs: number,
  seed: string,
  losses: (width: number, run: number, z1: number, z2: number) => { train: number; test: number },
): RunRecord[] {
  const rng = createRng(seed);
  return widths.flatMap((size) =>
    Array.from({ length: runs }, (_, run) => {
      const l = losses(size, run, rng.normal(), rng.normal());
      return okRecord(size, run, networkMetrics({ trainLoss: l.train, testLoss: l.test }));
    }),
  );
}

/** A record with status 'ok' of the synthetic spec. */
export function okRecord(size: number, run: number, metrics: RunMetrics): RunRecord {
  return { specHash: 'synthetic', size, run, status: 'ok', streams: {}, metrics };
}

/** A diverged record (never averaged in). */
export function divergedRecord(size: number, run: number): RunRecord {
  return { specHash: 'synthetic', size, run, status: 'diverged', reason: 'non-finite', streams: {}, metrics: null };
}
