import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { histogramsBySize } from './histograms-by-size.js';
import { renderSvg } from './render-svg.js';

const rows = [25, 50].flatMap((size) => Array.from({ length: 30 }, (_, i) => ({ size, value: -1.7 + i / 100 })));
const markers = [
  { label: '−E_0', value: -1.657 },
  { label: '−E_inf', value: -1.633 },
];

describe('histogramsBySize', () => {
  it('compiles and renders one histogram row per size with the marker rules', async () => {
    const spec = histogramsBySize(rows, { title: 'Scaled energies of minima', xLabel: 'H/N', markers, sizeLabel: 'N' });
    expect(() => compile(spec)).not.toThrow();
    const svg = await renderSvg(spec);
    expect(svg).toContain('Scaled energies of minima');
    expect(svg).toContain('N = 25');
    expect(svg).toContain('N = 50');
    expect(svg).toContain('mark-rect');
    expect(svg).toContain('mark-rule');
    expect(svg).toContain('−E_inf');
    // Deterministic end to end: building and rendering again gives the same bytes.
    expect(
      await renderSvg(
        histogramsBySize(rows, { title: 'Scaled energies of minima', xLabel: 'H/N', markers, sizeLabel: 'N' }),
      ),
    ).toBe(svg);
  });

  it('puts every marker in every size row and shares one bin extent covering values and markers', () => {
    const spec = histogramsBySize(rows, { title: 't', xLabel: 'x', markers: [{ label: 'far', value: -3 }] });
    const values = (spec.data as { values: Record<string, unknown>[] }).values;
    expect(values.filter((v) => v.kind === 'marker').map((v) => v.size)).toEqual([25, 50]);
    const text = JSON.stringify(spec);
    expect(text).toContain('"extent":[-3,-1.41]');
  });

  it('leaves out non-finite values and says so in the subtitle', () => {
    const spec = histogramsBySize([...rows, { size: 25, value: Number.NaN }], { title: 't', xLabel: 'x' });
    expect((spec.data as { values: unknown[] }).values).toHaveLength(rows.length);
    expect(JSON.stringify(spec.title)).toContain('1 non-finite value(s) left out');
  });
});
