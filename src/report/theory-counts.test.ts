import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { renderSvg } from './render-svg.js';
import { theoryCounts } from './theory-counts.js';

describe('theoryCounts', () => {
  it('renders the panels with their curves, the markers inside each range, and huge counts', async () => {
    const full = Array.from({ length: 31 }, (_, i) => -1500 + i * 50).map((lambdaU) => ({
      lambdaU,
      count: 1.6e152 * Math.exp((lambdaU * lambdaU) / -6000),
      series: 'all (exact)',
    }));
    const zoom = Array.from({ length: 24 }, (_, i) => -1655 + i).map((lambdaU) => ({
      lambdaU,
      count: Math.exp((lambdaU + 1660) / 2),
      series: 'minima',
    }));
    const spec = theoryCounts(
      [
        { title: 'All critical points', xDomain: [-1500, 0], rows: full },
        { title: 'Zoom', xDomain: [-1655, -1632], rows: [...zoom, { lambdaU: -1640, count: Infinity, series: 'x' }] },
      ],
      [
        { label: '−ΛE_0', value: -1657 },
        { label: '−ΛE_∞', value: -1633 },
      ],
      { title: 'Fig. 1 redrawn' },
    );
    expect(() => compile(spec)).not.toThrow();
    const svg = await renderSvg(spec);
    expect(svg).toContain('Fig. 1 redrawn');
    expect(svg).toContain('All critical points');
    expect(svg).toContain('−ΛE_∞');
    expect(svg).not.toContain('−ΛE_0'); // −1657 is outside both ranges
    expect(svg).toContain('minima');
    expect(svg).toContain('mark-line');
  });
});
