import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_EXCEPTIONS,
  FLOORS,
  floorOf,
  houseViolations,
  importArrows,
  productionSources,
} from './helpers/import-graph.js';

/** The house rule of docs/architecture.md over the real src/, and proof that the check can fail. */
const real = productionSources(join(import.meta.dirname, '..', 'src'));

describe('the import graph of src/', () => {
  it('runs one way down the floors, with no folder or module cycle', () => {
    expect(houseViolations(real)).toEqual([]);
  });

  it('has every allowed exception still in the graph (the list only shrinks)', () => {
    const arrows = new Set(importArrows(real).map(({ from, to }) => `${from} -> ${to}`));
    const stale = ALLOWED_EXCEPTIONS.filter((entry) => !arrows.has(entry));
    expect(stale, 'remove these entries from ALLOWED_EXCEPTIONS in test/helpers/import-graph.ts').toEqual([]);
  });

  it('has no production module importing a test helper (test/ is never part of the package)', () => {
    const intoTests = [...real]
      .filter(([, text]) => /from '(\.\.\/)+test\//.test(text) || /import\('(\.\.\/)+test\//.test(text))
      .map(([path]) => path);
    expect(intoTests).toEqual([]);
    expect(/from '(\.\.\/)+test\//.test("import { x } from '../../../test/helpers/x.js';")).toBe(true);
  });

  it('puts each folder on exactly one floor', () => {
    const all = FLOORS.flat();
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('the house check catches', () => {
  /** A copy of the real sources with one module added. */
  const planted = (path: string, text: string): Map<string, string> => new Map([...real, [path, text]]);

  it('a planted back-arrow (a math module importing the command line)', () => {
    const sources = planted('stats/planted.ts', "import { main } from '../cli/main.js';\nexport const x = main;\n");
    expect(floorOf('stats')).toBeLessThan(floorOf('cli'));
    expect(houseViolations(sources)).toEqual([
      'back-arrow src/stats/planted.ts -> src/cli/main.ts (stats is below cli)',
      expect.stringMatching(/^folder cycle: .*cli.*stats/),
    ]);
  });

  it('a back-arrow through a dynamic import or a type-only import', () => {
    const dynamic = planted('core/planted.ts', "export const f = () => import('../experiments/spec.js');\n");
    expect(houseViolations(dynamic)[0]).toBe(
      'back-arrow src/core/planted.ts -> src/experiments/spec.ts (core is below experiments)',
    );
    const typeOnly = planted('random/planted.ts', "import type { Landscape } from '../landscape/landscape.js';\n");
    expect(houseViolations(typeOnly)[0]).toMatch(/^back-arrow src\/random\/planted.ts -> src\/landscape\/landscape.ts/);
  });

  it('a module cycle inside one folder', () => {
    const sources = new Map([
      ['stats/a.ts', "import { b } from './b.js';\nexport const a = b;\n"],
      ['stats/b.ts', "import { a } from './a.js';\nexport const b = a;\n"],
    ]);
    expect(houseViolations(sources, [])).toEqual(['module cycle: src/stats/a.ts, src/stats/b.ts']);
  });

  it('no module cycle from a type-only back-reference, which is erased at run time', () => {
    const sources = new Map([
      ['stats/a.ts', "import { b } from './b.js';\nexport interface A {\n  b: number;\n}\nexport const a = b;\n"],
      ['stats/b.ts', "import type { A } from './a.js';\nexport const b = 1;\nexport type B = A;\n"],
    ]);
    expect(houseViolations(sources, [])).toEqual([]);
  });

  it('a folder cycle between folders of one floor', () => {
    const sources = new Map([
      ['linalg/a.ts', "import { b } from '../theory/b.js';\nexport const a = b;\n"],
      ['theory/b.ts', 'export const b = 1;\n'],
      ['theory/c.ts', "import { a } from '../linalg/a.js';\nexport const c = a;\n"],
    ]);
    expect(houseViolations(sources, [])).toEqual(['folder cycle: linalg, theory']);
  });

  it('a folder that is on no floor', () => {
    expect(houseViolations(new Map([['attic/x.ts', 'export const x = 1;\n']]), [])).toEqual([
      'src/attic is on no floor (add it to FLOORS in test/helpers/import-graph.ts)',
    ]);
  });

  it('a claim that draws (claims importing report): the back-arrow the figure split removed', () => {
    const sources = planted(
      'claims/planted.ts',
      "import { FIGURE_CONFIG } from '../report/figure-style.js';\nexport const c = FIGURE_CONFIG;\n",
    );
    expect(houseViolations(sources)).toEqual([
      'back-arrow src/claims/planted.ts -> src/report/figure-style.ts (claims is below report)',
      'folder cycle: claims, report',
    ]);
  });
});
