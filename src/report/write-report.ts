import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { InputError } from '../core/input-error.js';
import { type HtmlFigure, renderHtmlReport, vegaRuntime } from './html-report.js';
import { renderJsonReport } from './json-report.js';
import { renderMarkdownReport } from './markdown-report.js';
import type { ReportInput } from './report-input.js';

/**
 * A rendered figure to write beside the report: `name` is a plain file name ending in .svg. With its Vega-Lite
 * `spec` and `claim` it is also drawn, interactive, in index.html.
 */
export interface FigureFile {
  name: string;
  svg: string;
  spec?: TopLevelSpec;
  claim?: string;
}

/**
 * Writes DIR/report.json, DIR/report.md and DIR/index.html (creating DIR), and any figures beside them so that the
 * markdown's `![](name.svg)` links resolve. index.html is self-contained: it draws the figures that carry a spec,
 * and `counterexampleFigures` (each with its replay command), from the inlined Vega runtime. Returns the paths
 * written.
 */
export function writeReport(
  dir: string,
  input: ReportInput,
  figures: readonly FigureFile[] = [],
  counterexampleFigures: readonly HtmlFigure[] = [],
): { json: string; markdown: string; html: string; figures: string[] } {
  for (const f of figures) {
    if (basename(f.name) !== f.name || !/^[\w.-]+\.svg$/.test(f.name)) {
      throw new InputError(`figure file name must be a plain name ending in .svg, got ${JSON.stringify(f.name)}`);
    }
  }
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'report.json');
  const markdown = join(dir, 'report.md');
  writeFileSync(json, renderJsonReport(input));
  writeFileSync(markdown, renderMarkdownReport(input));
  const html = join(dir, 'index.html');
  const interactive: HtmlFigure[] = figures.flatMap((f) =>
    f.spec && f.claim ? [{ claim: f.claim, name: f.name, spec: f.spec }] : [],
  );
  writeFileSync(html, renderHtmlReport(input, [...interactive, ...counterexampleFigures], vegaRuntime()));
  const written = figures.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.svg);
    return path;
  });
  return { json, markdown, html, figures: written };
}
