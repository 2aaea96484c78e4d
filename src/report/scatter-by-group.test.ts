import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { renderSvg } from './render-svg.js';
import { scatter } from './scatter-by-group.js';

describe('scatter', () => {
  it('compiles and renders one panel of points per group', async () => {
    const rows = [25, 50].flatMap((group) => Array.from({ length: 10 }, (_, i) => ({ group, x: i, y: 2 * i + 1 })));
    const spec = scatter(rows, { title: 'Test against train loss', xLabel: 'train', yLabel: 'test' });
    expect(() => compile(spec)).not.toThrow();
    const svg = await renderSvg(spec);
    expect(svg).toContain('Test against train loss');
    expect(svg).toContain('n1 = 25');
    expect(svg).toContain('n1 = 50');
    expect(svg).toContain('mark-symbol');
  });

  it('drops rows with a non-finite coordinate', () => {
    const spec = scatter(
      [
        { group: 1, x: 1, y: Number.POSITIVE_INFINITY },
        { group: 1, x: 1, y: 2 },
      ],
      { title: 't', xLabel: 'x', yLabel: 'y' },
    );
    expect((spec.data as { values: unknown[] }).values).toEqual([{ kind: 'run', group: 1, x: 1, y: 2 }]);
  });
});
