/**
 * The worker-thread entry of the pool (loaded by tinypool from dist/src/experiments/worker.js). Each task is a
 * batch of runs of one size; the records go back to the main thread, which alone writes the store. An InputError
 * goes back serialised (worker-outcome.ts) so the main thread rethrows it as an InputError.
 */
import { executeTask, type TaskMessage } from './task-runner.js';
import { type WorkerOutcome, workerOutcome } from './worker-outcome.js';

export default function runTask(task: TaskMessage): Promise<WorkerOutcome> {
  return workerOutcome(() => executeTask(task));
}
