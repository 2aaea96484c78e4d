/**
 * Escapes text for one cell of a GitHub-flavoured markdown table: `|` would end the cell and a line break would
 * end the row, so `|` becomes `\|`, backslashes are doubled first so an existing `\|` stays literal, and line
 * breaks become `<br>`.
 */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** A markdown table from a header row and body rows of raw text; every cell is escaped. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const escapeRow = (cells: readonly string[]) => cells.map(escapeMarkdownCell);
  return markdownTableOfEscapedCells(escapeRow(headers), rows.map(escapeRow));
}

/** A markdown table from cells that are already markdown (escaped by the caller, e.g. holding links). */
export function markdownTableOfEscapedCells(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
