/**
 * The worker pool (tinypool, worker threads). Workers are JavaScript: the pool loads the compiled entry
 * dist/src/experiments/worker.js, found from the package root whether this module runs from src/*.ts (vitest)
 * or from dist/*.js (the CLI).
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import type { RunRecord } from './run-record.js';
import type { TaskMessage } from './task-runner.js';
import { recordsOf, type WorkerOutcome } from './worker-outcome.js';

/** The directory holding this project's package.json (walking up from this module). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        if (JSON.parse(readFileSync(candidate, 'utf8')).name === 'landscape-claims') return dir;
      } catch {
        // not ours; keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the landscape-claims package root');
    dir = parent;
  }
}

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
