/**
 * A small deterministic executor for the engine's tests, registered for the 'spinglass' kind when this module is
 * loaded (in-process by import, in worker threads through `executorModules` pointing at its compiled copy
 * .cache/test-workers/test/helpers/engine-toy-executor.js, see compiledToyExecutor in engine-helpers.ts). It derives each run from its own streams only, like the real executors:
 * a "landscape" per size from the disorder stream (shared by the batch under fixed disorder), a start from the
 * init stream, then `work` rounds of arithmetic. Runs with index ≡ 5 (mod 7) produce NaN to exercise the
 * divergence guard. Set LANDSCAPE_TOY_DELAY_MS to slow every run down (for the kill-and-resume test).
 */
import { registerExecutor } from '../../src/experiments/executor-registry.js';
import type { RunRecord } from '../../src/experiments/run-record.js';
import type { ExperimentSpec } from '../../src/experiments/spec.js';
import { problemMaster, specHash } from '../../src/experiments/spec-hash.js';
import { stream, streamSeed } from '../../src/random/streams.js';

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function toyExecutor(spec: ExperimentSpec, size: number, runs: number[]): RunRecord[] {
  const master = problemMaster(spec); // disorder and init: the problem streams
  const hash = specHash(spec);
  const fixed = spec.landscape.kind === 'spinglass' && spec.landscape.disorder === 'fixed';
  const shared = fixed
    ? stream({ master, purpose: 'disorder', size, run: 0 }).fillNormal(new Float64Array(size))
    : null;
  const delay = Number(process.env.LANDSCAPE_TOY_DELAY_MS ?? 0);
  const thresholds = spec.optimizer.kind === 'gd' ? (spec.optimizer.haltingThresholds ?? []) : [0.5];
  return runs.map((run) => {
    if (delay > 0) sleep(delay);
    const disorderId = { master, purpose: 'disorder' as const, size, run: fixed ? 0 : run };
    const couplings = shared ?? stream(disorderId).fillNormal(new Float64Array(size));
    const initId = { master, purpose: 'init' as const, size, run };
    const w = stream(initId).fillNormal(new Float64Array(size));
    let energy = 0;
    for (let i = 0; i < size; i++) energy += couplings[i] * w[i] * w[i];
    if (run % 7 === 5) energy = Number.NaN;
    return {
      specHash: hash,
      size,
      run,
      status: 'ok',
      streams: { disorder: streamSeed(disorderId), init: streamSeed(initId) },
      metrics: {
        energy,
        scaledEnergy: energy / size,
        gradNorm: Math.abs(energy) / Math.sqrt(size),
        iterations: run + size,
        energyEvaluations: 2 * size,
        gradientEvaluations: size,
        // One halting time per threshold of the spec (as the real descent records them).
        haltingTimes: thresholds.map((threshold) => ({
          threshold,
          iteration: energy / size <= -threshold ? run : null,
        })),
        converged: run % 2 === 0,
        ...(spec.measure.index ? { index: run % size, normalizedIndex: (run % size) / (size - 1) } : {}),
      },
    };
  });
}

/** Put back the executor the toy replaced (call in afterAll). */
export const restoreSpinGlassExecutor = registerExecutor('spinglass', toyExecutor);
