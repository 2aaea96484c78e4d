import { describe, expect, it } from 'vitest';
import { EXAMPLE_SPINGLASS_SPEC } from '../../test/helpers/spec-fixtures.js';
import { runKey } from './run-record.js';
import { allRuns, DEFAULT_MAX_BATCH, MAX_REFILL_TASK, planTasks } from './work-plan.js';

const spec = { ...EXAMPLE_SPINGLASS_SPEC, sizes: [50, 10], runsPerSize: 100 };

describe('work plan', () => {
  it('covers every pending run once, sizes descending, batches of ceil(pending/workers) ≤ DEFAULT_MAX_BATCH', () => {
    const sa = { ...spec, optimizer: { kind: 'sa', budget: 10, initialTemperature: 1, finalTemperature: 0.1 } };
    const large = { ...spec, ...sa, runsPerSize: 200 } as typeof spec; // ceil(200/2) = 100 > DEFAULT_MAX_BATCH = 64
    const tasks = planTasks(large, { stored: new Set(), workers: 2 });
    expect(tasks.map((t) => t.size)).toEqual([50, 50, 50, 50, 10, 10, 10, 10]);
    expect(Math.max(...tasks.map((t) => t.runs.length))).toBe(DEFAULT_MAX_BATCH);
    const keys = tasks.flatMap((t) => t.runs.map((r) => runKey(t.size, r)));
    expect(keys.sort()).toEqual(
      allRuns(large)
        .map((r) => runKey(r.size, r.run))
        .sort(),
    );
    expect(planTasks(large, { stored: new Set(), workers: 8 }).every((t) => t.runs.length <= 25)).toBe(true);
    expect(Math.max(...planTasks(spec, { stored: new Set(), workers: 2 }).map((t) => t.runs.length))).toBe(50);
  });

  it('skips stored runs and runs outside the shard', () => {
    const stored = new Set(
      allRuns(spec)
        .filter((r) => r.run < 90)
        .map((r) => runKey(r.size, r.run)),
    );
    const tasks = planTasks(spec, { stored, workers: 1, shard: { index: 2, count: 3 } });
    expect(tasks).toEqual([
      { size: 50, runs: [91, 94, 97] },
      { size: 10, runs: [91, 94, 97] },
    ]);
    expect(planTasks(spec, { stored, workers: 1, batchSize: 4 }).map((t) => t.runs.length)).toEqual([4, 4, 2, 4, 4, 2]);
  });

  it('spin-glass gradient descent (continuous refill): tasks of up to MAX_REFILL_TASK runs', () => {
    const big = { ...spec, sizes: [10], runsPerSize: 1000 };
    const two = planTasks(big, { stored: new Set(), workers: 2 });
    expect(two.map((t) => t.runs.length)).toEqual([256, 256, 256, 232]);
    expect(MAX_REFILL_TASK).toBe(256);
    expect(
      planTasks({ ...big, runsPerSize: 300 }, { stored: new Set(), workers: 2 }).map((t) => t.runs.length),
    ).toEqual([150, 150]);
  });

  it("disorder 'landscapes': a task holds the runs of one landscape (r mod L), cut by the batch size", () => {
    const land = { ...spec, landscape: { ...spec.landscape, disorder: 'landscapes', landscapes: 4 } } as typeof spec;
    const tasks = planTasks({ ...land, sizes: [10], runsPerSize: 22 }, { stored: new Set(), workers: 2 });
    expect(tasks).toEqual([
      { size: 10, runs: [0, 4, 8, 12, 16, 20] },
      { size: 10, runs: [1, 5, 9, 13, 17, 21] },
      { size: 10, runs: [2, 6, 10, 14, 18] },
      { size: 10, runs: [3, 7, 11, 15, 19] },
    ]);
    const small = planTasks({ ...land, sizes: [10], runsPerSize: 22 }, { stored: new Set(), workers: 1, batchSize: 4 });
    expect(small.map((t) => t.runs)).toEqual([
      [0, 4, 8, 12],
      [16, 20],
      [1, 5, 9, 13],
      [17, 21],
      [2, 6, 10, 14],
      [18],
      [3, 7, 11, 15],
      [19],
    ]);
    for (const t of [...tasks, ...small]) expect(new Set(t.runs.map((r) => r % 4)).size).toBe(1);
  });
});
