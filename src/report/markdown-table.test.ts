import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownCell, markdownTable } from './markdown-table.js';

/** Splits a table row on the unescaped pipes (a pipe preceded by an odd number of backslashes is literal). */
function splitRow(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === '\\') {
      cell += c + (row[i + 1] ?? '');
      i++;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells.slice(1, -1).map((s) => s.trim());
}

describe('markdownTable', () => {
  it('escapes pipes and line breaks in cells', () => {
    expect(escapeMarkdownCell('a|b')).toBe('a\\|b');
    expect(escapeMarkdownCell('line1\nline2')).toBe('line1<br>line2');
    expect(markdownTable(['x', 'y'], [['1', 'p|q']])).toBe('| x | y |\n| --- | --- |\n| 1 | p\\|q |');
  });

  it('keeps the column count of every row whatever the cell text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 3, maxLength: 3 }), { maxLength: 4 }), (rows) => {
        const lines = markdownTable(['a', 'b', 'c'], rows).split('\n');
        expect(lines).toHaveLength(rows.length + 2);
        for (const line of lines) expect(splitRow(line)).toHaveLength(3);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
