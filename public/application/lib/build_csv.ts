/** One CSV column: its header and how to read the cell from a row. */
export interface CsvColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => string | number | boolean | null | undefined;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/** Cells starting like a formula are neutralised, so a spreadsheet never runs attacker-controlled text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function formatCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  // Numbers are written as numbers above; only text can be a formula (IDS signatures and URLs are attacker-influenced).
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV: CRLF line ends, a header row, fields with commas, quotes, line breaks or edge spaces in
 * double quotes with inner quotes doubled; null, undefined and non-finite numbers as empty cells. Text
 * starting with = + - @ tab or CR gets a leading apostrophe (CSV injection, OWASP). O(rows × columns).
 */
export function buildCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const lines = [columns.map((column) => formatCell(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => formatCell(column.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
