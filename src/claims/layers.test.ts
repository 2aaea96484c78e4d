import { describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import type { RunRecord } from '../experiments/run-record.js';
import { specHash } from '../experiments/spec-hash.js';
import { createRng } from '../random/rng.js';
import { censusOfRecords, judgeLayers, layersClaim, layersConfigFor, layersSpec } from './layers.js';

const config = layersConfigFor('ci');
const hash = specHash(layersSpec(config));

/**
 * Synthetic converged records of the layers spec, one per point (run = position), on `landscapes` landscapes
 * (run r on landscape r mod L, as the engine spreads them).
 */
function census(
  points: { index: number; scaledEnergy: number; converged?: boolean }[],
  landscapes = config.landscapes,
): RunRecord[] {
  return points.map((x, run) => ({
    specHash: hash,
    size: config.n,
    run,
    landscape: run % landscapes,
    status: 'ok',
    streams: {},
    metrics: {
      energy: x.scaledEnergy * config.n,
      scaledEnergy: x.scaledEnergy,
      gradNorm: 1e-10 * Math.sqrt(config.n),
      iterations: 10,
      energyEvaluations: 20,
      gradientEvaluations: 20,
      haltingTimes: [],
      converged: x.converged ?? true,
      index: x.index,
      normalizedIndex: x.index / (config.n - 1),
    },
  }));
}

/** Synthetic critical points: energy = −1.55 + slope·index + noise, indices 0..12. */
function synthetic(slope: number, seed: string, count = 40): { index: number; scaledEnergy: number }[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => {
    const index = rng.int(13);
    return { index, scaledEnergy: -1.55 + slope * index + 0.02 * rng.normal() };
  });
}

describe('judgeLayers', () => {
  it('holds when energy rises with index and nothing sits below its level', () => {
    const r = judgeLayers(config, census(synthetic(0.08, 'layers-up')));
    expect(r.verdict).toBe('holds');
    expect(r.statistic.value).toBeGreaterThan(0.9);
    expect(r.alpha).toBe(config.alpha);
  });

  it('fails when energy falls with index', () => {
    const points = synthetic(-0.02, 'layers-down').map((x) => ({ ...x, scaledEnergy: x.scaledEnergy + 0.3 }));
    expect(judgeLayers(config, census(points)).verdict).toBe('fails');
  });

  it('fails when many points of index ≥ k sit inside the band below the midway cut, even with a rising trend', () => {
    // 70 index-2 points at −1.656: above the ground state −E_0 = −1.657, below the cut of k = 1 (−1.65494) and
    // k = 2 (−1.65156). The old cut −E_k − 1/N (−1.686 at N = 30) let any number pass; the Poisson bound of the
    // count (L = 4 landscapes × leading-order mean 11.0 per landscape at N = 30 → at most 67 at α/(4·kmax)) does
    // not. At N = 300 the bound is 12, at N = 1000 it is 5 (tested below).
    const deep = Array.from({ length: 70 }, (_, i) => ({ index: 2, scaledEnergy: -1.656 + 1e-6 * i }));
    const r = judgeLayers(config, census([...synthetic(0.08, 'layers-up'), ...deep]));
    expect(r.verdict).toBe('fails');
    const rows = r.evidence.filter((row) => typeof row.k === 'number');
    expect(rows.map((row) => row.indexAtLeastKBelowLevel)).toEqual([null, 70, 70, 0, 0, 0]);
    expect(rows.map((row) => row.countBound)).toEqual([null, 67, 80, 91, 100, 108]);
    expect(rows[1].cut).toBeCloseTo(-1.652873 - 0.5 * (1.656998 - 1.652873), 5);
    expect(r.reason).toMatch(/Poisson bound/);
  });

  it('fails on a single point of index ≥ k below the single-point cut (far below the ground state)', () => {
    const points = [...synthetic(0.08, 'layers-up'), { index: 3, scaledEnergy: -1.9 }];
    const r = judgeLayers(config, census(points));
    expect(r.verdict).toBe('fails');
    expect(r.reason).toMatch(/single-point cut/);
  });

  it('tolerates a few points below the cut at N = 30 (about one per landscape is the leading-order mean there)', () => {
    const few = [1, 2, 3].map((i) => ({ index: 1, scaledEnergy: -1.656 + 1e-6 * i }));
    const r = judgeLayers(config, census([...synthetic(0.08, 'layers-up'), ...few]));
    expect(r.verdict).toBe('holds');
    // At N = 1000 on 4 landscapes the mean count below the cut of k = 1 is 4 × 0.20: the bound is 5, and six
    // points fail.
    const big = { ...config, n: 1000 };
    const six = Array.from({ length: 6 }, (_, i) => ({ index: 1, scaledEnergy: -1.656 + 1e-6 * i }));
    const r1000 = judgeLayers(big, census([...synthetic(0.08, 'layers-up'), ...six]));
    expect(r1000.evidence.find((row) => row.k === 1)?.countBound).toBe(5);
    expect(r1000.verdict).toBe('fails');
    expect(judgeLayers(big, census([...synthetic(0.08, 'layers-up'), ...few])).verdict).toBe('holds');
  });

  it('false-fail rate under a null: energy independent of index (200 seeds of 4 landscapes) fails in ≤ α/2 + margin', () => {
    // Part (a)'s backward test at α/2 = 0.005; part (b) untouched (all points above −1.6). Bound: ≤ 5 of 200
    // (P(Bin(200, 0.005) > 5) ≈ 0.004).
    let fails = 0;
    for (let t = 0; t < 200; t++) {
      const rng = createRng(`layers-null-${t}`);
      const pts = Array.from({ length: 40 }, () => ({ index: rng.int(8), scaledEnergy: -1.4 + 0.05 * rng.normal() }));
      if (judgeLayers(config, census(pts)).verdict === 'fails') fails++;
    }
    expect(fails).toBeLessThanOrEqual(5);
  });

  it('is inconclusive with too few points, one index, or no trend', () => {
    expect(judgeLayers(config, census(synthetic(0.08, 'few', 12))).verdict).toBe('inconclusive');
    const oneIndex = synthetic(0, 'one').map((x) => ({ ...x, index: 4, scaledEnergy: x.scaledEnergy + 0.4 }));
    expect(judgeLayers(config, census(oneIndex)).verdict).toBe('inconclusive');
    // No relation: energies independent of index (pure noise around −1.2).
    const rng = createRng('layers-flat');
    const flat = Array.from({ length: 12 }, (_, i) => ({ index: i % 6, scaledEnergy: -1.2 + 0.05 * rng.normal() }));
    const r = judgeLayers(config, census(flat));
    expect(['inconclusive']).toContain(r.verdict);
  });
});

describe('layers with the landscape as the unit', () => {
  it('states the landscapes and each landscape’s ρ', () => {
    const r = judgeLayers(config, census(synthetic(0.08, 'layers-up')));
    const all = r.evidence.find((e) => e.k === 'all');
    expect([all?.landscapes, all?.landscapesWithRho]).toEqual([config.landscapes, config.landscapes]);
    expect(r.evidence.filter((e) => String(e.k).startsWith('landscape ')).length).toBe(config.landscapes);
  });

  it('is inconclusive when one landscape has the whole trend (all 40 points on one landscape)', () => {
    // Pooled, 40 points with ρ ≈ 0.99 would hold at any α; as one landscape they are one unit.
    const r = judgeLayers(config, census(synthetic(0.08, 'layers-up'), 1));
    expect(r.verdict).toBe('inconclusive');
  });

  it('is inconclusive when the landscapes disagree (strong trend on two, reversed on two)', () => {
    const up = synthetic(0.08, 'up-a', 20);
    const down = synthetic(-0.08, 'down-a', 20).map((x) => ({ ...x, scaledEnergy: x.scaledEnergy + 1.2 }));
    // Runs 0, 2, 4, … on landscapes 0 and 2 (rising), runs 1, 3, … on landscapes 1 and 3 (falling).
    const points = up.flatMap((x, i) => [x, down[i]]);
    const r = judgeLayers(config, census(points, 4));
    expect(r.verdict).toBe('inconclusive');
  });
});

describe('censusOfRecords', () => {
  it('counts converged points once (same index, H/N within 1e-9), and leaves out unconverged and diverged runs', () => {
    const records = census([
      { index: 2, scaledEnergy: -1.5 },
      { index: 2, scaledEnergy: -1.5 + 4e-10 }, // the same point again
      { index: 3, scaledEnergy: -1.5 }, // same energy, other index: another point
      { index: 2, scaledEnergy: -1.4999 }, // another point of index 2
      { index: 0, scaledEnergy: -1.6, converged: false },
    ]);
    records.push({ ...records[0], run: 5, status: 'diverged', reason: 'non-finite energy', metrics: null });
    const c = censusOfRecords(config, records);
    expect(c.points.map((x) => x.start)).toEqual([0, 2, 3]);
    expect([c.duplicates, c.unconverged, c.diverged]).toEqual([1, 1, 1]);
  });
});

describe('layersClaim', () => {
  it('maps the configuration to its spec one to one', () => {
    const spec = layersSpec(config);
    expect(layersClaim.specs(config)).toEqual([spec]);
    expect(spec).toMatchObject({
      sizes: [config.n],
      runsPerSize: config.starts,
      seed: config.seed,
      landscape: { kind: 'spinglass', p: config.p, disorder: 'landscapes', landscapes: config.landscapes },
      optimizer: {
        kind: 'critical-point-search',
        descentSteps: config.descentSteps,
        ladderLength: config.starts,
        tolerance: config.tolerance,
        maxIterations: config.maxIterations,
      },
      measure: { index: true },
    });
  });

  it('parseConfig accepts the scale configurations and rejects a bad field with an InputError naming it', () => {
    for (const scale of ['ci', 'quick', 'paper'] as const)
      expect(layersClaim.parseConfig(layersConfigFor(scale))).toEqual(layersConfigFor(scale));
    expect(() => layersClaim.parseConfig({ ...config, n: 2 })).toThrow(InputError);
    expect(() => layersClaim.parseConfig({ ...config, p: 2 })).toThrow(/p/);
    expect(() => layersClaim.parseConfig({ ...config, extra: 1 })).toThrow(InputError);
    expect(() => layersClaim.parseConfig({ ...config, landscapes: config.starts + 1 })).toThrow(/landscapes/);
  });
});
