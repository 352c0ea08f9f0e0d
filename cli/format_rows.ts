/** A cell: numbers print as JavaScript prints them (round-trip exact), null as empty. */
export type Cell = string | number | boolean | null;

function cellText(value: Cell): string {
  return value === null ? '' : String(value);
}

/** RFC 4180 CSV: a header line, then one line per row; fields holding a comma, quote or newline are quoted. */
export function formatCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const escape = (value: Cell) => {
    const text = cellText(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns, ...rows].map((row) => row.map(escape).join(',')).join('\n') + '\n';
}

/** A plain text table for terminals: columns padded to their widest cell (capped), numbers right-aligned. */
export function formatTable(columns: readonly string[], rows: readonly (readonly Cell[])[], maxWidth = 48): string {
  const clip = (text: string) => (text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text);
  const texts = rows.map((row) => row.map((value) => clip(cellText(value))));
  const widths = columns.map((column, index) => Math.max(column.length, ...texts.map((row) => (row[index] ?? '').length)));
  const numeric = columns.map((_, index) => rows.length > 0 && rows.every((row) => typeof row[index] === 'number' || row[index] === null));
  const line = (cells: readonly string[]) =>
    cells.map((cell, index) => (numeric[index] ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0))).join('  ').trimEnd();
  return [line(columns), line(widths.map((width) => '-'.repeat(width))), ...texts.map(line)].join('\n') + '\n';
}
