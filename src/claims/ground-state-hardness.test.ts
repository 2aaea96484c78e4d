import { describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import { specHash } from '../experiments/spec-hash.js';
import { networkTrainingSpec, spinGlassDescentSpec } from './claim-specs.js';
import {
  groundStateHardnessClaim,
  groundStateHardnessConfigFor,
  groundStateHardnessSpinGlassSpec,
  judgeGroundStateHardness,
} from './ground-state-hardness.js';
import { networkLadder, spinGlassLadder } from './ladders.js';
import { syntheticNetworkRecords, syntheticSpinRecords } from './null-models/synthetic-records.js';

const config = groundStateHardnessConfigFor('ci');
const sizes = config.spinGlass.sizes;
const widths = config.network.widths;
const deep = -1.66;
const shallow = -1.55;
const gapGrowing = syntheticNetworkRecords(widths, 30, 'n1', (w, _r, z) => ({
  train: 1,
  test: 1 + 0.01 * Math.log(w) + 0.005 * z,
}));
const gapShrinking = syntheticNetworkRecords(widths, 30, 'n2', (w, _r, z) => ({
  train: 1,
  test: 1 + 0.05 - 0.01 * Math.log(w) + 0.005 * z,
}));
/** Per-run disorder: every run on its own landscape. */
const perRun = { landscapes: 60 };
const gapFlat = syntheticNetworkRecords(widths, 30, 'n3', (_w, _r, z) => ({ train: 1, test: 1.02 + 0.005 * z }));

describe('judgeGroundStateHardness', () => {
  it('holds when the deep share falls with N and the gap grows', () => {
    const sg = syntheticSpinRecords(sizes, 60, 's1', (n, run) => (run < 60 - n ? deep : shallow), perRun);
    const r = judgeGroundStateHardness(config, sg, gapGrowing);
    expect(r.verdict).toBe('holds');
    expect(r.reason).toMatch(/significant/);
  });

  it('is inconclusive, not holds, when no run is ever deep (no positive evidence; a stuck optimizer looks the same)', () => {
    const sg = syntheticSpinRecords(sizes, 60, 's2', () => shallow, perRun);
    const r = judgeGroundStateHardness(config, sg, gapGrowing);
    expect(r.verdict).toBe('inconclusive');
    expect(r.reason).toMatch(/no run below −E_1/);
    expect(r.reason).toMatch(/no positive evidence/);
    expect(r.evidence.find((e) => e.part === 'spin glass' && e.size === 50)?.cpUpper).toBeGreaterThan(0);
  });

  it('null at the boundary (deep share 5 % at every N, gap flat): fails in at most α of 200 seeds', () => {
    // Simulated false-fail rate of the rule under its null: per-run Bernoulli(0.05) deep runs, no trend in N, and a
    // flat gap. Holm at α = 0.05 over the two backward tests: the rate must be ≤ α (with a binomial margin:
    // ≤ 20 of 200 has probability > 0.99 when the true rate is 0.05).
    let fails = 0;
    for (let t = 0; t < 200; t++) {
      const sg = syntheticSpinRecords(sizes, 60, `null-${t}`, (_n, _run, z) => (z < -1.645 ? deep : shallow), perRun);
      const net = syntheticNetworkRecords(widths, 30, `null-net-${t}`, (_w, _r, z) => ({
        train: 1,
        test: 1.02 + 0.005 * z,
      }));
      if (judgeGroundStateHardness(config, sg, net).verdict === 'fails') fails++;
    }
    expect(fails).toBeLessThanOrEqual(20);
  });

  it('fails when deep runs become more common with N', () => {
    const sg = syntheticSpinRecords(sizes, 60, 's3', (n, run) => (run < n - 15 ? deep : shallow), perRun);
    expect(judgeGroundStateHardness(config, sg, gapGrowing).verdict).toBe('fails');
  });

  it('fails when the train–test gap shrinks with width', () => {
    const sg = syntheticSpinRecords(sizes, 60, 's4', () => shallow, perRun);
    expect(judgeGroundStateHardness(config, sg, gapShrinking).verdict).toBe('fails');
  });

  it('is inconclusive when the gap is flat', () => {
    // Under H0 (slope 0) the one-sided t test rejects with probability α per direction; with this seed neither does.
    const sg = syntheticSpinRecords(sizes, 60, 's5', () => shallow, perRun);
    expect(judgeGroundStateHardness(config, sg, gapFlat).verdict).toBe('inconclusive');
  });

  it('is inconclusive, not holds, when the deep runs are those of one landscape (two landscapes per N)', () => {
    // 20 deep starts, all on landscape 0 of N = 20: over runs a steep fall with N, over landscapes one lucky one.
    const lucky = syntheticSpinRecords(
      sizes,
      60,
      's7',
      (n, run, _z, l) => (n === 20 && l === 0 && run < 40 ? deep : shallow),
      {
        landscapes: 2,
      },
    );
    const r = judgeGroundStateHardness(config, lucky, gapGrowing);
    expect(r.verdict).toBe('inconclusive');
    const asPerRun = judgeGroundStateHardness(
      config,
      lucky.map((x) => ({ ...x, landscape: x.run })),
      gapGrowing,
    );
    expect(asPerRun.verdict).toBe('holds');
  });

  it('is inconclusive when deep runs exist but show no trend', () => {
    const sg = syntheticSpinRecords(sizes, 60, 's6', (_n, run) => (run < 10 ? deep : shallow), perRun);
    expect(judgeGroundStateHardness(config, sg, gapGrowing).verdict).toBe('inconclusive');
  });
});

describe('ground-state-hardness experiments', () => {
  it('runs the spin glass on per-run disorder over the shared ladder, the networks on the shared network spec', () => {
    for (const scale of ['ci', 'quick', 'paper'] as const) {
      const c = groundStateHardnessConfigFor(scale);
      const [sg, net] = groundStateHardnessClaim.specs(c);
      expect(sg).toEqual(groundStateHardnessSpinGlassSpec(c));
      expect(sg.landscape).toMatchObject({ kind: 'spinglass', p: 3, ensemble: 'gaussian', disorder: 'per-run' });
      const ladder = spinGlassLadder(scale);
      const shared = spinGlassDescentSpec(ladder);
      expect(shared.landscape).toMatchObject({ disorder: 'landscapes', landscapes: ladder.landscapes });
      // Same sizes, runs, seed, optimizer and measurement as the shared ladder; only the disorder differs.
      expect({ ...sg, landscape: { ...sg.landscape, disorder: 'landscapes', landscapes: ladder.landscapes } }).toEqual(
        shared,
      );
      expect(Object.keys(sg.landscape)).toEqual(['kind', 'p', 'ensemble', 'disorder']);
      expect(specHash(sg)).not.toBe(specHash(shared));
      expect(net).toEqual(networkTrainingSpec(networkLadder(scale)));
    }
  });

  it('keeps the one-landscape spec (and its store key) as it was when neither landscapes nor disorder is given', () => {
    const { landscapes: _landscapes, ...ladder } = spinGlassLadder('ci');
    expect(spinGlassDescentSpec(ladder)).toEqual(spinGlassDescentSpec({ ...ladder, disorder: 'fixed' }));
    expect(Object.keys(spinGlassDescentSpec(ladder).landscape)).toEqual(['kind', 'p', 'ensemble', 'disorder']);
    expect(() => spinGlassDescentSpec({ ...ladder, disorder: 'landscapes' })).toThrow(/needs `landscapes`/);
  });
});

describe('ground-state-hardness config', () => {
  it('parseConfig rejects a bad alpha with an InputError naming the field', () => {
    expect(groundStateHardnessClaim.parseConfig(config)).toEqual(config);
    expect(() => groundStateHardnessClaim.parseConfig({ ...config, alpha: 2 })).toThrow(InputError);
    expect(() => groundStateHardnessClaim.parseConfig({ ...config, alpha: 2 })).toThrow(/alpha/);
  });
});
