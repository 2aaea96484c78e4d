import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../cli/input-error.js';
import { loadPaperFixture, paperTrainTestCorrelation } from './paper-fixture.js';

describe('paper fixture', () => {
  const fixture = loadPaperFixture();

  it('parses and holds Table 1 of the paper', () => {
    expect(fixture.trainTestCorrelation.rows.map((r) => r.n1)).toEqual([25, 50, 100, 250, 500]);
    expect(paperTrainTestCorrelation(fixture, 25)).toBe(0.7616);
    expect(paperTrainTestCorrelation(fixture, 500)).toBe(0.4081);
    expect(paperTrainTestCorrelation(fixture, 7)).toBeNull();
    // Table 1's point: the correlation falls as the width grows.
    const r = fixture.trainTestCorrelation.rows.map((row) => row.pearson);
    for (let i = 1; i < r.length; i++) expect(r[i]).toBeLessThan(r[i - 1]);
  });

  it('holds the experiment settings, each with a source', () => {
    expect(fixture.spinGlassExperiment.sizes).toEqual([25, 50, 100, 250, 500]);
    expect(fixture.networkExperiment).toMatchObject({ networks: 1000, epochs: 200, learningRate: 0.01, batchSize: 1 });
    expect(fixture.indexStudy.zeroThreshold).toBe(1e-3);
    expect(fixture.sgdVersusAnnealing.widths).toEqual([2, 3, 5, 10, 15, 25]);
    for (const key of Object.keys(fixture) as (keyof typeof fixture)[]) {
      const value = fixture[key] as { source?: string };
      if (key !== 'paper' && key !== 'verification') expect(value.source?.length).toBeGreaterThan(0);
    }
  });

  it('stores E_∞(3) consistent with its formula 2·sqrt((p−1)/p)', () => {
    const { p, value } = fixture.eInfinity;
    expect(value).toBeCloseTo(2 * Math.sqrt((p - 1) / p), 14);
  });

  it('throws InputError on a malformed fixture', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-'));
    try {
      const file = join(dir, 'paper.json');
      writeFileSync(
        file,
        JSON.stringify({
          ...fixture,
          trainTestCorrelation: { ...fixture.trainTestCorrelation, rows: [{ n1: 25, pearson: 2 }] },
        }),
      );
      expect(() => loadPaperFixture(file)).toThrow(InputError);
      expect(() => loadPaperFixture(file)).toThrow(/trainTestCorrelation\.rows\.0\.pearson/);
      expect(() => loadPaperFixture(join(dir, 'missing.json'))).toThrow(InputError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
