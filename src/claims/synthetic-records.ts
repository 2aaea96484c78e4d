import type { NetworkMetrics, RunMetrics, RunRecord, SpinGlassMetrics } from '../experiments/run-record.js';
import { createRng } from '../random/rng.js';

/** Synthetic spin-glass records (tests of the judges): scaledEnergy(size, run, normal draw) per run, seeded. */
export function syntheticSpinRecords(
  sizes: number[],
  runs: number,
  seed: string,
  scaledEnergy: (size: number, run: number, z: number) => number,
): RunRecord[] {
  const rng = createRng(seed);
  return sizes.flatMap((size) =>
    Array.from({ length: runs }, (_, run) => {
      const e = scaledEnergy(size, run, rng.normal());
      return okRecord(size, run, spinGlassMetrics(size, e));
    }),
  );
}

/** Network metrics with neutral values, for tests that vary one field. */
export function networkMetrics(overrides: Partial<NetworkMetrics> = {}): NetworkMetrics {
  return {
    trainLoss: 0.3,
    testLoss: 0.4,
    trainAccuracy: 0.9,
    testAccuracy: 0.9,
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
