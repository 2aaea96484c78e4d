/**
 * Shards: `--shard i/n` (1 ≤ i ≤ n) runs the runs whose index r satisfies r mod n = i − 1, at every size.
 * The rule depends on the run index alone, so it is stable when the ladder or the run count grows, every shard
 * gets an even share of every size, and the n shards together cover every run exactly once. Each shard builds
 * the coupling sample of each size it touches (once per task), so a fixed-disorder sample is rebuilt at most once
 * per shard and batch — never per run.
 */
import { InputError } from '../core/input-error.js';

export interface Shard {
  /** 1-based shard number. */
  index: number;
  count: number;
}

/** Parse "i/n". */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new InputError(`--shard must look like i/n (e.g. 2/4), got ${text}`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) {
    throw new InputError(`--shard i/n needs 1 ≤ i ≤ n, got ${text}`);
  }
  return { index, count };
}

/** Whether run `run` (of any size) belongs to the shard. */
export function inShard(run: number, shard: Shard | undefined): boolean {
  return shard === undefined || run % shard.count === shard.index - 1;
}
