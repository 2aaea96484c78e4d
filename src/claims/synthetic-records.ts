import type { RunMetrics, RunRecord } from '../experiments/run-record.js';
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
      return okRecord(size, run, {
        energy: e * size,
        scaledEnergy: e,
        gradNorm: 0,
        iterations: 1,
        energyEvaluations: 1,
        gradientEvaluations: 1,
        haltingTimes: [],
        converged: true,
      });
    }),
  );
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
      return okRecord(size, run, {
        trainLoss: l.train,
        testLoss: l.test,
        trainAccuracy: 0.9,
        testAccuracy: 0.9,
        epochs: 1,
        evaluations: 1,
      });
    }),
  );
}

/** A record with status 'ok' of the synthetic spec. */
function okRecord(size: number, run: number, metrics: RunMetrics): RunRecord {
  return { specHash: 'synthetic', size, run, status: 'ok', streams: {}, metrics };
}

/** A diverged record (never averaged in). */
export function divergedRecord(size: number, run: number): RunRecord {
  return { specHash: 'synthetic', size, run, status: 'diverged', reason: 'non-finite', streams: {}, metrics: null };
}
