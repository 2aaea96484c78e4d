/**
 * Execute one task (a batch of runs of one size) with the registered executor, in this thread. Used directly
 * when the engine runs in-process (--workers 1) and by the worker threads of the pool (worker.ts), so both paths
 * compute the same records.
 */
import { pathToFileURL } from 'node:url';
import { type EnginePlant, plantedSize } from './engine-plant.js';
import { executorFor, loadExecutorModules } from './executor-registry.js';
import { guardFinite, type RunRecord } from './run-record.js';
import type { ExperimentSpec } from './spec.js';
import { specHash } from './spec-hash.js';

export interface TaskMessage {
  spec: ExperimentSpec;
  size: number;
  runs: number[];
  /** Extra executor modules to load first (file URLs or absolute paths). */
  executorModules?: string[];
  /**
   * A planted violation (engine-plant.ts): set only by the calibration (src/claims/planted/planted-context.ts),
   * which calls executeTask in-process; the engine's own paths (runExperiment, the worker pool) never set it.
   */
  planted?: EnginePlant;
}

function toUrl(m: string): string {
  return /^[a-z]+:/i.test(m) ? m : pathToFileURL(m).href;
}

export async function executeTask(task: TaskMessage): Promise<RunRecord[]> {
  if (task.executorModules && task.executorModules.length > 0) {
    await loadExecutorModules(task.executorModules.map(toUrl));
  }
  const executor = await executorFor(task.spec.landscape.kind);
  const started = performance.now();
  const computedAt = plantedSize(task.spec, task.size, task.planted);
  const computed = await executor(task.spec, computedAt, task.runs, task.planted ? { planted: task.planted } : {});
  // 'reversed-sizes' computes at the mirrored size and labels the records with the task's size.
  const records = computedAt === task.size ? computed : computed.map((r) => ({ ...r, size: task.size }));
  const perRun = (performance.now() - started) / Math.max(1, task.runs.length);
  const hash = specHash(task.spec);
  if (records.length !== task.runs.length) {
    throw new Error(`executor returned ${records.length} records for ${task.runs.length} runs`);
  }
  return records.map((record, i) => {
    if (record.specHash !== hash || record.size !== task.size || record.run !== task.runs[i]) {
      throw new Error(`executor returned record ${record.size}/${record.run} for run ${task.size}/${task.runs[i]}`);
    }
    return { ...guardFinite(record), elapsedMs: Math.round(perRun * 1000) / 1000 };
  });
}
