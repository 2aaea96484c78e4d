import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { lineWithBands } from './line-with-bands.js';
import { renderSvg } from './render-svg.js';

describe('lineWithBands', () => {
  it('compiles and renders lines and a band', async () => {
    const widths = [25, 50, 100];
    const rows = [
      ...widths.map((x) => ({ x, y: 1 / x, lower: 0.8 / x, upper: 1.2 / x, series: 'variance' })),
      ...widths.map((x) => ({ x, y: 1.1 / x, series: 'fit' })),
    ];
    const spec = lineWithBands(rows, { title: 'Variance against width', xLabel: 'n1', yLabel: 'variance', logX: true });
    expect(() => compile(spec)).not.toThrow();
    const svg = await renderSvg(spec);
    expect(svg).toContain('Variance against width');
    expect(svg).toContain('mark-line');
    expect(svg).toContain('mark-area');
  });

  it('keeps band bounds only on rows that have both', () => {
    const spec = lineWithBands(
      [
        { x: 1, y: 1, lower: 0.5, series: 's' },
        { x: 2, y: 2, lower: 1, upper: 3, series: 's' },
      ],
      { title: 't', xLabel: 'x', yLabel: 'y' },
    );
    expect((spec.data as { values: unknown[] }).values).toEqual([
      { x: 1, y: 1, series: 's' },
      { x: 2, y: 2, lower: 1, upper: 3, series: 's' },
    ]);
  });
});
