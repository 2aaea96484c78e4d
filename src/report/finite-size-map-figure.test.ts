import { describe, expect, it } from 'vitest';
import { finiteSizeMap } from '../claims/finite-size-map.js';
import { finiteSizeMapFigure } from './finite-size-map-figure.js';
import { renderSvg } from './render-svg.js';

describe('finiteSizeMapFigure', () => {
  it('has one bar per claim, size and verdict present, and renders', async () => {
    const map = finiteSizeMap('layers', [
      { size: 12, verdict: 'fails' },
      { size: 30, verdict: 'holds' },
      { size: 30, verdict: 'inconclusive' },
      { size: 40, verdict: 'holds' },
    ]);
    const spec = finiteSizeMapFigure([map]);
    const values = (spec.data as { values: Record<string, unknown>[] }).values;
    expect(values.filter((v) => v.verdict !== undefined)).toHaveLength(4);
    expect(values.find((v) => v.holdsFrom !== undefined)?.holdsFrom).toBe(40);
    const svg = await renderSvg(spec);
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('layers');
  });
});
