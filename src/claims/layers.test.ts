import { describe, expect, it } from 'vitest';
import { InputError } from '../cli/input-error.js';
import { createRng } from '../random/rng.js';
import type { CriticalPointCensus, FoundCriticalPoint } from '../spinglass/critical-point-census.js';
import { judgeLayers, layersClaim, layersConfigFor } from './layers.js';

const config = layersConfigFor('ci');

function census(points: { index: number; scaledEnergy: number }[]): CriticalPointCensus {
  const full: FoundCriticalPoint[] = points.map((x, s) => ({
    start: s,
    scaledEnergy: x.scaledEnergy,
    index: x.index,
    normalizedIndex: x.index / (config.n - 1),
    scaledGradNorm: 1e-10,
    zero: 0,
  }));
  return { points: full, unconverged: 0, duplicates: 0, maxScaledGradNorm: 1e-10 };
}

/** Synthetic critical points: energy = −1.55 + slope·index + noise, indices 0..12. */
function synthetic(slope: number, seed: string, count = 30): { index: number; scaledEnergy: number }[] {
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

  it('fails when a point of index ≥ k sits below −E_k − tol, even with a rising trend', () => {
    const points = [...synthetic(0.08, 'layers-up'), { index: 3, scaledEnergy: -1.7 }];
    const r = judgeLayers(config, census(points));
    expect(r.verdict).toBe('fails');
    const counts = r.evidence.filter((row) => typeof row.k === 'number').map((row) => row.indexAtLeastKBelowLevel);
    expect(counts).toEqual([null, 1, 1, 1, 0, 0]); // index 3 is ≥ k for k = 1, 2, 3
  });

  it('tolerates a point just inside the tolerance (−E_k − tol/2)', () => {
    const points = [...synthetic(0.08, 'layers-up'), { index: 1, scaledEnergy: -1.652873 - 0.5 / config.n }];
    expect(judgeLayers(config, census(points)).verdict).toBe('holds');
  });

  it('is inconclusive with too few points, one index, or no trend', () => {
    expect(judgeLayers(config, census(synthetic(0.08, 'few', 3))).verdict).toBe('inconclusive');
    const oneIndex = synthetic(0, 'one').map((x) => ({ ...x, index: 4, scaledEnergy: x.scaledEnergy + 0.4 }));
    expect(judgeLayers(config, census(oneIndex)).verdict).toBe('inconclusive');
    // No relation: energies independent of index (pure noise around −1.2).
    const rng = createRng('layers-flat');
    const flat = Array.from({ length: 12 }, (_, i) => ({ index: i % 6, scaledEnergy: -1.2 + 0.05 * rng.normal() }));
    const r = judgeLayers(config, census(flat));
    expect(['inconclusive']).toContain(r.verdict);
  });
});

describe('layersClaim', () => {
  it('parseConfig accepts the scale configurations and rejects a bad field with an InputError naming it', () => {
    for (const scale of ['ci', 'quick', 'paper'] as const)
      expect(layersClaim.parseConfig(layersConfigFor(scale))).toBeTruthy();
    expect(() => layersClaim.parseConfig({ ...config, n: 2 })).toThrow(InputError);
    expect(() => layersClaim.parseConfig({ ...config, p: 2 })).toThrow(/p/);
    expect(() => layersClaim.parseConfig({ ...config, extra: 1 })).toThrow(InputError);
  });
});
