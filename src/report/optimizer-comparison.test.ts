import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { optimizerComparison } from './optimizer-comparison.js';
import { renderSvg } from './render-svg.js';

describe('optimizerComparison', () => {
  it('compiles and renders box plots per size and method', async () => {
    const rows = [2, 5].flatMap((size) =>
      ['SGD', 'SA'].flatMap((method) =>
        Array.from({ length: 12 }, (_, i) => ({
          size,
          method,
          value: 1 / size + i / 100 + (method === 'SA' ? 0.01 : 0),
        })),
      ),
    );
    const spec = optimizerComparison(rows, { title: 'SGD against annealing', yLabel: 'test loss' });
    expect(() => compile(spec)).not.toThrow();
    const svg = await renderSvg(spec);
    expect(svg).toContain('SGD against annealing');
    expect(svg).toContain('n1 = 2');
    expect(svg).toContain('n1 = 5');
    expect(svg).toContain('SGD');
    expect(svg).toContain('SA');
    // box plot = rule whiskers + rect boxes + tick medians
    expect(svg).toContain('mark-rule');
    expect(svg).toContain('mark-rect');
  });
});
