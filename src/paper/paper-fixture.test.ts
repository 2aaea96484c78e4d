import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.js';
import { defaultPaperFixturePath, loadPaperFixture, paperTrainTestCorrelation } from './paper-fixture.js';

/** Every `tag` in a JSON tree, by dotted path. */
function tagsOf(node: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (node === null || typeof node !== 'object') return out;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'tag' && typeof value === 'string') out.set(path, value);
    else for (const [p, t] of tagsOf(value, path ? `${path}.${key}` : key)) out.set(p, t);
  }
  return out;
}

/** The team's shared reading of the paper (../shared/paper beside the checkout, or further up for a worktree). */
const SHARED =
  [1, 2, 3]
    .map((up) =>
      join(defaultPaperFixturePath(), '..', '..', ...Array(up).fill('..'), 'shared', 'paper', 'choromanska-2015.json'),
    )
    .find((path) => existsSync(path)) ?? '';

describe('paper fixture', () => {
  const fixture = loadPaperFixture();

  it('holds Table 1 of the paper (tag V), falling with the width', () => {
    const table = fixture.networks.table1TrainTestPearson;
    expect(table.tag).toBe('V');
    expect(table.rows.map((r) => r.n1)).toEqual([25, 50, 100, 250, 500]);
    expect(paperTrainTestCorrelation(fixture, 25)).toBe(0.7616);
    expect(paperTrainTestCorrelation(fixture, 500)).toBe(0.4081);
    expect(paperTrainTestCorrelation(fixture, 7)).toBeNull();
    const r = table.rows.map((row) => row.rho);
    for (let i = 1; i < r.length; i++) expect(r[i]).toBeLessThan(r[i - 1]);
  });

  it('leaves nothing "unverified": every entry carries a V/F/C/I tag', () => {
    const text = readFileSync(defaultPaperFixturePath(), 'utf8');
    expect(text).not.toMatch(/unverified/i);
    const tags = tagsOf(fixture);
    expect(tags.size).toBeGreaterThan(20);
    for (const [path, tag] of tags) expect(tag, path).toMatch(/^[VFCI](\+[VFCI])*$/);
  });

  it('stores E_∞(3) consistent with its formula 2·sqrt((p−1)/p), to the 6 decimals the paper gives', () => {
    expect(fixture.theory.eInfinity3.value).toBeCloseTo(2 * Math.sqrt(2 / 3), 6);
    expect(fixture.theory.e0_3.value).toBeGreaterThan(fixture.theory.eInfinity3.value);
  });

  it('gives the numbers of the text readings of Fig. 4-6 as fields that agree with their text', () => {
    for (const row of fixture.annealing.sgdVersusSa.rows) {
      for (const reading of [row.sgd, row.sa]) {
        const numbers = [...reading.text.matchAll(/\d+\.\d+/g)].map((m) => Number(m[0]));
        const fields = 'about' in reading ? [reading.about] : [reading.min, reading.max, reading.peak];
        expect(numbers, reading.text).toEqual(fields);
        if (!('about' in reading)) expect(reading.min <= reading.peak && reading.peak <= reading.max).toBe(true);
      }
    }
    for (const h of fixture.index.histograms.rows) {
      const counted = h.bins.reduce((s, b) => s + b.count, 0);
      expect(counted, `n1 = ${h.n1}`).toBeLessThanOrEqual(h.networks);
      for (const b of h.bins) expect(b.from, `n1 = ${h.n1}`).toBeLessThan(b.to);
      for (const b of h.bins) expect(h.text.includes(String(b.count)) || h.n1 === 25, `n1 = ${h.n1}`).toBe(true);
    }
    // Fig. 7: the test range never lies below the train range.
    for (const row of fixture.networks.fig7TrainTestRanges.rows)
      expect(row.test[1]).toBeGreaterThanOrEqual(row.train[1]);
  });

  it.skipIf(SHARED === '')('keeps the tag of every entry of the shared reading of the paper', () => {
    const shared = tagsOf(JSON.parse(readFileSync(SHARED, 'utf8')));
    const ours = tagsOf(fixture);
    // Renamed in the fixture: the Fig. 4/5 text rows became index.histograms (same tag F).
    const renamed: Record<string, string> = { 'index.fig4n1_25': 'index.histograms', 'index.fig5': 'index.histograms' };
    for (const [path, tag] of shared) expect(ours.get(renamed[path] ?? path), path).toBe(tag);
  });

  it('throws InputError on a malformed fixture', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-'));
    try {
      const file = join(dir, 'paper.json');
      const bad = structuredClone(fixture);
      bad.networks.table1TrainTestPearson.rows[0].rho = 2;
      writeFileSync(file, JSON.stringify(bad));
      expect(() => loadPaperFixture(file)).toThrow(InputError);
      expect(() => loadPaperFixture(file)).toThrow(/networks\.table1TrainTestPearson\.rows\.0\.rho/);
      const untagged = structuredClone(fixture) as unknown as { theory: { eInfinity3: { tag: string } } };
      untagged.theory.eInfinity3.tag = 'unverified';
      writeFileSync(file, JSON.stringify(untagged));
      expect(() => loadPaperFixture(file)).toThrow(/theory\.eInfinity3\.tag/);
      expect(() => loadPaperFixture(join(dir, 'missing.json'))).toThrow(InputError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
