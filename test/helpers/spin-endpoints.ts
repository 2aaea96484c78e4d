/**
 * Synthetic spin-glass endpoints for the tests of the SGD-versus-annealing judges (src/claims/sgd-vs-annealing*.ts):
 * 30 runs at N = 50 (the size and run count those tests configure), H/N = mean + sd·z with z ~ N(0, 1) drawn per
 * run from the stream `seed`, and neutral metrics otherwise (`metrics` overrides them, e.g. plateauDrop).
 */
import { okRecord, spinGlassMetrics } from '../../src/claims/null-models/synthetic-records.js';
import type { RunRecord, SpinGlassMetrics } from '../../src/experiments/run-record.js';
import { createRng } from '../../src/random/rng.js';

export function spinEndpoints(
  seed: string,
  mean: number,
  sd: number,
  metrics: Partial<SpinGlassMetrics> = {},
): RunRecord[] {
  const rng = createRng(seed);
  return Array.from({ length: 30 }, (_, run) =>
    okRecord(50, run, spinGlassMetrics(50, mean + sd * rng.normal(), metrics)),
  );
}
