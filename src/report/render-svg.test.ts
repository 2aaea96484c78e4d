import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { renderSvg } from './render-svg.js';

const spec: TopLevelSpec = {
  title: 'A tiny bar chart',
  data: {
    values: [
      { a: 'x', b: 1 },
      { a: 'y', b: 3 },
    ],
  },
  mark: 'bar',
  encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
};

describe('renderSvg', () => {
  it('renders a Vega-Lite spec to an SVG document with its title and marks', async () => {
    const svg = await renderSvg(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('A tiny bar chart');
    expect(svg).toContain('mark-rect');
  });

  it('is deterministic: the same spec gives the same string', async () => {
    expect(await renderSvg(spec)).toBe(await renderSvg(structuredClone(spec)));
  });

  it('rejects a spec Vega-Lite cannot compile', async () => {
    await expect(renderSvg({ mark: 'no-such-mark' } as unknown as TopLevelSpec)).rejects.toThrow();
  });
});
