/**
 * The worker pool (tinypool, worker threads). Workers are JavaScript: the pool loads the compiled entry
 * dist/src/experiments/worker.js, found from the package root whether this module runs from src/*.ts (vitest)
 * or from dist/*.js (the CLI).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import { packageRoot } from '../core/package-root.js';
import type { RunRecord } from './run-record.js';
import type { TaskMessage } from './task-runner.js';
import { recordsOf, type WorkerOutcome } from './worker-outcome.js';

/** The compiled worker entry; throws a clear error when the build is missing. */
export function workerEntry(): string {
  const entry = join(packageRoot(), 'dist', 'src', 'experiments', 'worker.js');
  if (!existsSync(entry)) {
    throw new Error(`the compiled worker ${entry} is missing; run \`npm run build\` (or use --workers 1)`);
  }
  return entry;
}

/** The default worker count: the cores available to this process. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export interface WorkerPool {
  run(task: TaskMessage): Promise<RunRecord[]>;
  destroy(): Promise<void>;
}

export function createWorkerPool(workers: number): WorkerPool {
  const pool = new Tinypool({
    filename: pathToFileURL(workerEntry()).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
  });
  return {
    // The worker sends records or a serialised InputError, rebuilt here (worker-outcome.ts).
    run: async (task) => recordsOf((await pool.run(task)) as WorkerOutcome),
    destroy: () => pool.destroy(),
  };
}
