/**
 * The worker-thread entry of the pool (loaded by tinypool from dist/src/experiments/worker.js). Each task is a
 * batch of runs of one size; the records go back to the main thread, which alone writes the store.
 */
import { executeTask, type TaskMessage } from './task-runner.js';

export default function runTask(task: TaskMessage) {
  return executeTask(task);
}
