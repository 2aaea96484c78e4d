import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from '../cli/input-error.js';
import { renderJsonReport } from './json-report.js';
import { renderMarkdownReport } from './markdown-report.js';
import type { ReportInput } from './report-input.js';

/** A rendered figure to write beside the report: `name` is a plain file name ending in .svg. */
export interface FigureFile {
  name: string;
  svg: string;
}

/**
 * Writes DIR/report.json and DIR/report.md (creating DIR), and any figures beside them so that the markdown's
 * `![](name.svg)` links resolve. Returns the paths written.
 */
export function writeReport(
  dir: string,
  input: ReportInput,
  figures: readonly FigureFile[] = [],
): { json: string; markdown: string; figures: string[] } {
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
  const written = figures.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.svg);
    return path;
  });
  return { json, markdown, figures: written };
}
