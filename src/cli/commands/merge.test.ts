import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprints, TOY_SPEC, tempDir } from '../../../test/helpers/engine-helpers.js';
import { restoreSpinGlassExecutor } from '../../../test/helpers/engine-toy-executor.js';
import { runCliCaptured } from '../../../test/helpers/run-cli-captured.js';
import { silentLogger } from '../../experiments/logger.js';
import { withChecksum } from '../../experiments/record-check.js';
import { readStoreFile } from '../../experiments/result-store.js';
import { runExperiment } from '../../experiments/run-experiment.js';
import { specHash } from '../../experiments/spec-hash.js';

const dir = tempDir('cli-merge');
const spec = { ...TOY_SPEC, sizes: [4, 8], runsPerSize: 6 };
const hash = specHash(spec);
const quiet = { workers: 1, quiet: true, logger: silentLogger };

afterAll(() => {
  restoreSpinGlassExecutor();
  rmSync(dir, { recursive: true, force: true });
});

describe('landscape merge', () => {
  it('merges shards into the store of an unsharded run, dropping identical duplicates and listing missing runs', async () => {
    const whole = await runExperiment(spec, { resultsDir: join(dir, 'whole'), ...quiet });
    for (const i of [1, 2, 3]) {
      await runExperiment(spec, { resultsDir: join(dir, `s${i}`), shard: { index: i, count: 3 }, ...quiet });
    }
    // Shard 1 twice (a retried CI job): identical duplicates.
    const first = await runCliCaptured([
      'merge',
      join(dir, 's1'),
      join(dir, 's1'),
      join(dir, 's2'),
      '--out',
      join(dir, 'partial'),
      '--json',
    ]);
    expect(first.exitCode).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report.experiments).toHaveLength(1);
    const partial = report.experiments[0];
    expect(report.complete).toBe(false);
    expect(partial.records).toBe(8);
    expect(partial.duplicates).toBe(4);
    expect(partial.missing).toEqual([
      { size: 4, runs: [2, 5] },
      { size: 8, runs: [2, 5] },
    ]);
    const rest = await runCliCaptured(['merge', join(dir, 's3'), '--out', join(dir, 'partial')]);
    expect(rest.stdout).toContain('complete: no run missing');
    const merged = readStoreFile(join(dir, 'partial', `${hash}.jsonl`), { logger: silentLogger }).records;
    expect(fingerprints(merged)).toEqual(fingerprints(whole));
    const only1 = await runCliCaptured(['merge', join(dir, 's1'), '--out', join(dir, 'only1')]);
    expect(only1.stdout).toContain('missing at size 4: runs 1-2, 4-5');
  });

  it('refuses conflicting duplicates (writing nothing) and merges stores of different specs experiment by experiment', async () => {
    const bad = join(dir, 'bad');
    await runExperiment(spec, { resultsDir: bad, shard: { index: 1, count: 3 }, ...quiet });
    const line = readFileSync(join(bad, `${hash}.jsonl`), 'utf8').split('\n')[1]; // run 4/3
    // A well-formed record with another result: consistent fields and a valid checksum, so only the conflict
    // with the other input betrays it.
    const { checksum: _c, ...record } = JSON.parse(line);
    record.metrics.energy += 1;
    record.metrics.scaledEnergy = record.metrics.energy / record.size;
    const other = join(dir, 'other');
    await runExperiment({ ...spec, sizes: [4], runsPerSize: 1 }, { resultsDir: other, ...quiet });
    appendFileSync(join(other, `${hash}.jsonl`), `${JSON.stringify(withChecksum(record))}\n`);
    const conflict = await runCliCaptured(['merge', bad, other, '--out', join(dir, 'x')]);
    expect(conflict.exitCode).toBe(2);
    expect(conflict.stderr).toContain(`run ${record.size}/${record.run} has different results`);
    expect(existsSync(join(dir, 'x', `${hash}.jsonl`))).toBe(false);
    const seed2 = join(dir, 'seed2');
    const spec2 = { ...spec, seed: 5 };
    await runExperiment(spec2, { resultsDir: seed2, ...quiet });
    const both = await runCliCaptured(['merge', bad, seed2, '--out', join(dir, 'y'), '--json']);
    expect(both.exitCode).toBe(0);
    const merged = JSON.parse(both.stdout);
    expect(merged.experiments.map((e: { specHash: string }) => e.specHash).sort()).toEqual(
      [hash, specHash(spec2)].sort(),
    );
    expect(merged.experiments.find((e: { specHash: string }) => e.specHash === specHash(spec2)).missing).toEqual([]);
  });
});
