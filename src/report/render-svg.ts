import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * Renders a Vega-Lite spec to an SVG string, offline and headless: Vega-Lite compiles it to a Vega spec, Vega
 * lays it out with the 'none' renderer and serialises the scenegraph to SVG. Same spec → same string (no
 * randomness, no clock; text widths are estimated, not measured from system fonts).
 */
export async function renderSvg(vlSpec: TopLevelSpec): Promise<string> {
  const vgSpec = compile(vlSpec).spec;
  const view = new View(parse(vgSpec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
