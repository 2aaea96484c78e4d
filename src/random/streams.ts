import { createRng, type Rng } from './rng.js';

/**
 * The purposes a random stream can serve. Each purpose gets its own independent stream, so that
 * e.g. changing the annealing proposals never changes the disorder.
 */
export type StreamPurpose =
  | 'disorder' // coupling samples (spin glass) — per landscape
  | 'init' // initial points / initial weights
  | 'batch-order' // mini-batch order (SGD)
  | 'proposal' // simulated-annealing proposals and acceptance draws
  | 'split' // train/test split of the data
  | 'monte-carlo'; // Monte Carlo checks (claims, statistics)

/** The identity of a stream: a master seed, a purpose, a problem size and a run index. */
export interface StreamId {
  master: string | number;
  purpose: StreamPurpose;
  size: number;
  run: number;
}

/**
 * The seed string of a named stream. It depends on (master, purpose, size, run) only, so any single run
 * can be regenerated on its own, on any machine, without replaying the others.
 */
export function streamSeed(id: StreamId): string {
  return `landscape-claims/${String(id.master)}/${id.purpose}/${id.size}/${id.run}`;
}

/** The generator of a named stream. */
export function stream(id: StreamId): Rng {
  return createRng(streamSeed(id));
}
