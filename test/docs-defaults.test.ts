/**
 * The defaults the manual states are the code's: each table or sentence in docs/ that states a budget or a limit is
 * read here and compared with the constant it documents, so a change to one without the other fails the suite.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBudget } from '../src/claims/budget.js';
import { SCALES } from '../src/claims/scale.js';
import { DEFAULT_MAX_BATCH } from '../src/experiments/work-plan.js';

function doc(name: string): string {
  return readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8');
}

/** The rows of the first Markdown table after `heading`, as arrays of trimmed cells (header and rule dropped). */
function tableAfter(text: string, heading: string): string[][] {
  const start = text.indexOf(heading);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const lines = text.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (let i = first; i < lines.length && lines[i].startsWith('|'); i += 1) {
    rows.push(
      lines[i]
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows.slice(2);
}

describe('documented defaults', () => {
  it('docs/claims.md: the search budget of every scale', () => {
    const rows = tableAfter(doc('claims.md'), '## Search budgets');
    expect(rows.map((r) => r[0])).toEqual([...SCALES]);
    for (const [scale, draws, seconds, shrinks] of rows) {
      const b = checkBudget(scale as (typeof SCALES)[number], 'ci');
      expect([Number(draws), Number(seconds), Number(shrinks)], scale).toEqual([
        b.numRuns,
        b.timeLimitMs / 1000,
        b.maxShrinkSteps,
      ]);
    }
  });

  it('docs/engine.md: the largest batch of a task', () => {
    const m = /Batches hold ceil\(pending \/ workers\) runs, at most (\d+)/.exec(doc('engine.md').replace(/\s+/g, ' '));
    expect(Number(m?.[1])).toBe(DEFAULT_MAX_BATCH);
  });

  it('tableAfter reads a table and the check can fail on a changed value', () => {
    const rows = tableAfter('## T\n\n| a | b |\n| --- | --- |\n| ci | 2 |\n', '## T');
    expect(rows).toEqual([['ci', '2']]);
    expect(Number(rows[0][1])).not.toBe(checkBudget('ci', 'ci').numRuns);
  });
});
