import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { indexHistogram } from './index-histogram.js';
import { renderSvg } from './render-svg.js';

describe('indexHistogram', () => {
  it('compiles and renders one bar histogram row per group', async () => {
    const rows = [10, 25].flatMap((group) =>
      Array.from({ length: 20 }, (_, i) => ({ group, normalizedIndex: i / 40 })),
    );
    const spec = indexHistogram(rows, { title: 'Index of SGD end points' });
    expect(() => compile(spec)).not.toThrow();
    const svg = await renderSvg(spec);
    expect(svg).toContain('Index of SGD end points');
    expect(svg).toContain('n1 = 10');
    expect(svg).toContain('n1 = 25');
    expect(svg).toContain('mark-rect');
  });

  it('bins on [0, 1] by default and on the given extent otherwise', () => {
    const rows = [{ group: 1, normalizedIndex: 0 }];
    expect(JSON.stringify(indexHistogram(rows))).toContain('"extent":[0,1],"step":0.05');
    expect(JSON.stringify(indexHistogram(rows, { extent: [0, 0.2], bins: 10 }))).toContain(
      '"extent":[0,0.2],"step":0.02',
    );
  });
});
