import type { TopLevelSpec } from 'vega-lite';

/** A figure of the report: a Vega-Lite spec and the file name (plain, ending in .svg) to render it to. */
export interface NamedFigure {
  file: string;
  spec: TopLevelSpec;
}
