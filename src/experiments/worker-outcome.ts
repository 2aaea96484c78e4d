/**
 * What a pool worker sends back for a task: its records, or the input error it hit. An InputError thrown in a
 * worker thread would otherwise cross the thread boundary as a plain Error (structured clone keeps only the
 * standard error names), and the CLI would report bad input as an internal error (exit 1 instead of 2). The worker
 * sends `{ name, message }` instead and the main thread rebuilds the InputError. Any other error is rethrown in the
 * worker and reaches the main thread as before (an internal error).
 */
import { InputError } from '../core/input-error.js';
import type { RunRecord } from './run-record.js';

export type WorkerOutcome = { records: RunRecord[] } | { inputError: { name: 'InputError'; message: string } };

/** Run `task` in the worker: records, or the serialised InputError; other errors are rethrown. */
export async function workerOutcome(task: () => Promise<RunRecord[]>): Promise<WorkerOutcome> {
  try {
    return { records: await task() };
  } catch (error) {
    if (error instanceof InputError) return { inputError: { name: 'InputError', message: error.message } };
    throw error;
  }
}

/** The records of an outcome in the main thread; a serialised InputError is rebuilt and thrown. */
export function recordsOf(outcome: WorkerOutcome): RunRecord[] {
  if ('inputError' in outcome) throw new InputError(outcome.inputError.message);
  return outcome.records;
}
