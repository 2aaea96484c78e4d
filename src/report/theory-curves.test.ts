import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { renderSvg } from './render-svg.js';
import { theoryCurves } from './theory-curves.js';

describe('theoryCurves', () => {
  it('compiles and renders the curves, the zero line and the level markers', async () => {
    const rows = Array.from({ length: 21 }, (_, i) => -1.7 + i / 100).flatMap((u) => [
      { u, value: (u + 1.657) * 0.2, series: 'Theta_p' },
      { u, value: (u + 1.645) * 0.2, series: 'Theta_0p' },
    ]);
    const markers = [
      { label: '-E_0', value: -1.657 },
      { label: '-E_inf', value: -1.633 },
    ];
    const spec = theoryCurves(rows, markers, { title: 'Complexity for p = 3' });
    expect(() => compile(spec)).not.toThrow();
    const svg = await renderSvg(spec);
    expect(svg).toContain('Complexity for p = 3');
    expect(svg).toContain('mark-line');
    expect(svg).toContain('mark-rule');
    expect(svg).toContain('-E_inf');
    expect(svg).toContain('Theta_0p');
  });
});
