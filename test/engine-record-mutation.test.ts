/**
 * A property: a store line changed in any way the checks can see — its shape, a field's type, a value beyond what
 * the spec admits, any byte under a stale checksum, or a conflicting duplicate — is never trusted; every other run
 * still is; one summary line counts what was not trusted (also under --quiet); and running the spec again
 * recomputes exactly the untrusted runs and ends with the records of an untouched store.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Logger } from '../src/experiments/logger.js';
import { recordChecksum, withChecksum } from '../src/experiments/record-check.js';
import { readStoreFile, storeFile } from '../src/experiments/result-store.js';
import { runExperimentDetailed } from '../src/experiments/run-experiment.js';
import { parseSpec } from '../src/experiments/spec.js';
import { specHash } from '../src/experiments/spec-hash.js';
import { fingerprints, TOY_SPEC, tempDir } from './helpers/engine-helpers.js';
import { restoreSpinGlassExecutor } from './helpers/engine-toy-executor.js';

const dir = tempDir('engine-mutation');
afterAll(() => {
  restoreSpinGlassExecutor();
  rmSync(dir, { recursive: true, force: true });
});

const spec = parseSpec({ ...TOY_SPEC, sizes: [4, 12], runsPerSize: 6 });
const hash = specHash(spec);
type Json = Record<string, unknown>;

/** A mutation of one stored record (a parsed line with its checksum); `resign` recomputes the checksum after. */
interface Mutation {
  name: string;
  resign: boolean;
  apply(r: Json): void;
}
const metrics = (r: Json) => r.metrics as Json;
const MUTATIONS: Mutation[] = [
  { name: 'metrics emptied', resign: true, apply: (r) => Object.assign(r, { metrics: {} }) },
  { name: 'energy a string', resign: true, apply: (r) => Object.assign(metrics(r), { scaledEnergy: 'oops' }) },
  {
    name: 'energy below the bound (H/N = -9)',
    resign: true,
    apply: (r) => Object.assign(metrics(r), { energy: -9 * (r.size as number), scaledEnergy: -9 }),
  },
  { name: 'status flipped', resign: true, apply: (r) => Object.assign(r, { status: 'diverged' }) },
  { name: 'iterations fractional', resign: true, apply: (r) => Object.assign(metrics(r), { iterations: 1.5 }) },
  { name: 'gradNorm negative', resign: true, apply: (r) => Object.assign(metrics(r), { gradNorm: -1 }) },
  { name: 'index missing', resign: true, apply: (r) => delete metrics(r).index },
  { name: 'index beyond N - 1', resign: true, apply: (r) => Object.assign(metrics(r), { index: r.size }) },
  {
    name: "another seed's streams",
    resign: true,
    apply: (r) => {
      const streams = r.streams as Record<string, string>;
      for (const k of Object.keys(streams))
        streams[k] = streams[k].replace(/^landscape-claims\/99:/, 'landscape-claims/98:');
    },
  },
  {
    name: "another run's init stream",
    resign: true,
    apply: (r) => {
      const streams = r.streams as Record<string, string>;
      streams.init = streams.init.replace(/\/(\d+)$/, (_, n) => `/${Number(n) + 1}`);
    },
  },
  { name: 'spec hash of another store', resign: true, apply: (r) => Object.assign(r, { specHash: 'f'.repeat(64) }) },
  { name: 'run not an integer', resign: true, apply: (r) => Object.assign(r, { run: (r.run as number) + 0.5 }) },
  {
    name: 'energy changed under the old checksum',
    resign: false,
    apply: (r) => {
      const m = metrics(r);
      m.energy = (m.energy as number) + 1e-9;
      m.scaledEnergy = (m.energy as number) / (r.size as number);
    },
  },
  { name: 'checksum garbled', resign: false, apply: (r) => Object.assign(r, { checksum: 'x' }) },
  { name: 'elapsedMs changed under the old checksum', resign: false, apply: (r) => Object.assign(r, { elapsedMs: 1 }) },
];

describe('stored records are never trusted blindly', () => {
  it('property: a mutated line or a conflicting duplicate is not trusted and its run is recomputed', async () => {
    const baseline = await runExperimentDetailed(spec, { resultsDir: join(dir, 'baseline'), workers: 1, quiet: true });
    const want = fingerprints(baseline.records);
    const okLines = readFileSync(storeFile(join(dir, 'baseline'), hash), 'utf8')
      .split('\n')
      .filter((l) => l !== '');
    const okIndices = okLines.flatMap((l, i) => (JSON.parse(l).status === 'ok' ? [i] : []));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...okIndices),
        fc.oneof(fc.constantFrom(...MUTATIONS), fc.constant('conflicting duplicate' as const)),
        fc.boolean(),
        async (index, mutation, duplicateFirst) => {
          const results = join(dir, `m${n++}`);
          const original = JSON.parse(okLines[index]) as Json;
          const changed = structuredClone(original);
          if (mutation === 'conflicting duplicate') {
            // Consistent and correctly signed, but a different result for the same run.
            const m = metrics(changed);
            m.energy = (m.energy as number) * 0.5;
            m.scaledEnergy = (m.energy as number) / (changed.size as number);
            Object.assign(changed, withChecksum(changed as never));
          } else {
            mutation.apply(changed);
            if (mutation.resign) changed.checksum = recordChecksum(changed);
          }
          const lines = [...okLines];
          if (mutation === 'conflicting duplicate') {
            // The corrupted copy before or after the real one: neither wins.
            lines.splice(duplicateFirst ? index : index + 1, 0, JSON.stringify(changed));
          } else {
            lines[index] = JSON.stringify(changed);
          }
          const store = storeFile(results, hash);
          mkdirSync(results, { recursive: true });
          writeFileSync(store, `${lines.join('\n')}\n`);
          const warnings: string[] = [];
          const logger: Logger = { warn: (w) => warnings.push(w) };
          const read = readStoreFile(store, { expectedHash: hash, spec, logger: { warn() {} }, summaryLogger: logger });
          const key = `${original.size}/${original.run}`;
          expect(read.records.map((r) => `${r.size}/${r.run}`)).not.toContain(key);
          expect(read.records).toHaveLength(okLines.length - 1);
          expect(warnings).toHaveLength(1);
          expect(warnings[0]).toMatch(/not trusted/);
          // Quiet: the count still reaches stderr (the default summary logger).
          const outcome = await runExperimentDetailed(spec, {
            resultsDir: results,
            workers: 1,
            quiet: true,
            logger: { warn() {} },
          });
          expect(outcome.computed).toBe(1);
          expect(fingerprints(outcome.records)).toEqual(want);
          // The store was repaired: read again, everything is trusted.
          const again = readStoreFile(store, { expectedHash: hash, spec, logger, summaryLogger: logger });
          expect(again.rejected).toEqual([]);
          expect(again.records).toHaveLength(okLines.length);
        },
      ),
      { seed: 20261202, numRuns: 40 },
    );
  });

  it('a record without a checksum (an older store) is checked semantically, accepted, and counted in one line', async () => {
    const results = join(dir, 'legacy');
    await runExperimentDetailed(spec, { resultsDir: results, workers: 1, quiet: true });
    const store = storeFile(results, hash);
    const legacy = readFileSync(store, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const { checksum: _c, ...rest } = JSON.parse(l);
        return JSON.stringify(rest);
      });
    writeFileSync(store, `${legacy.join('\n')}\n`);
    const warnings: string[] = [];
    const read = readStoreFile(store, { expectedHash: hash, spec, summaryLogger: { warn: (w) => warnings.push(w) } });
    expect(read.records).toHaveLength(legacy.length);
    expect(read.unchecked).toBe(legacy.length);
    expect(warnings).toEqual([expect.stringContaining(`${legacy.length} record(s) without a checksum`)]);
  });
});
