import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { syntheticFigureInput } from '../../../test/helpers/synthetic-figure-input.js';
import type { ClaimResult } from '../../claims/claim-result.js';
import { claims } from '../../claims/registry.js';
import { renderSvg } from '../render-svg.js';
import { claimFigures, claimsWithFigures } from './claim-figures.js';

/** Claims whose figures are drawn from the records (the others from evidence rows or computed series). */
const FROM_RECORDS = new Set(['band', 'decorrelation', 'sgd-vs-annealing', 'low-index', 'redundancy', 'theory']);

const result = (id: string): ClaimResult => ({
  id,
  title: id,
  paperReference: '-',
  verdict: 'holds',
  statistic: { name: 's', value: 0 },
  threshold: { description: 't', value: null },
  alpha: 0.05,
  rule: 'r',
  reason: 'r',
  evidence: [],
});

describe('claim figures', () => {
  it('every claim of the registry has a figure module', () => {
    expect(claimsWithFigures().sort()).toEqual(claims.map((c) => c.id).sort());
    expect(claimFigures('no-such-claim', { config: {}, records: {} }, result('x'))).toEqual([]);
  });

  it('draws and renders every claim’s figures from its input: sizes in numeric order, no label clipped', async () => {
    for (const claim of claims) {
      const figures = claimFigures(claim.id, syntheticFigureInput(claim.configFor('ci')), result(claim.id));
      expect(figures.length, claim.id).toBeGreaterThan(0);
      for (const figure of figures) {
        expect(figure.file, claim.id).toMatch(/^[\w.-]+\.svg$/);
        expect(() => compile(figure.spec), `${claim.id} ${figure.file}`).not.toThrow();
        const svg = await renderSvg(figure.spec);
        expect(svg.startsWith('<svg'), `${claim.id} ${figure.file}`).toBe(true);
        expect(svg, `${claim.id} ${figure.file}: a clipped label`).not.toContain('…');
        // A scale broken by a non-finite extent draws axes without a single numeric tick label (figures drawn from
        // records have data here; those drawn from evidence rows have none in this synthetic result).
        if (FROM_RECORDS.has(claim.id)) {
          expect(svg, `${claim.id} ${figure.file}: axes without tick labels`).toMatch(
            /<text[^>]*>[−-]?\d[\d.,]*<\/text>/,
          );
        }
        for (const label of ['N = ', 'n1 = ']) {
          const small = svg.indexOf(`${label}25<`);
          const large = svg.indexOf(`${label}100<`);
          if (small >= 0 && large >= 0) expect(small, `${claim.id} ${figure.file}`).toBeLessThan(large);
        }
      }
    }
  }, 120_000);

  it('overlays the paper’s values where it has them (Fig. 3, 6, 7, 10, 4/5)', () => {
    // Scaling draws from its evidence rows (per-width means with their t band).
    const evidence = [25, 100].map((size) => ({
      part: 'network',
      size,
      meanTestLoss: 0.1,
      lower: 0.09,
      upper: 0.11,
      sd: 0.01,
    }));
    const drawn = (id: string) =>
      JSON.stringify(
        claimFigures(id, syntheticFigureInput(claims.find((c) => c.id === id)?.configFor('ci')), {
          ...result(id),
          evidence,
        }).map((f) => f.spec),
      );
    expect(drawn('band')).toContain('paper Fig. 3 range and mode (F)');
    expect(drawn('band')).toContain('"paperMin":-1.53');
    expect(drawn('decorrelation')).toContain('paper Fig. 7 train × test range (F)');
    expect(drawn('sgd-vs-annealing')).toContain('"paperPeak":0.3');
    expect(drawn('low-index')).toContain('read as k/(2D)');
    expect(drawn('scaling')).toContain('paper Fig. 10 mean (F)');
  });
});

describe('claims stay pure', () => {
  it('no claim module imports vega-lite or src/report (figures are drawn in src/report/figures)', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'claims');
    // The verify job and the counterexample database are the application layer that still lives in src/claims.
    const app = new Set(['verify.ts', 'counterexample-database.ts']);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !app.has(f));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/from '(vega-lite|vega|\.\.\/report\/[^']*)'/);
    }
  });
});
