/**
 * Number of fields in one CSV line (RFC 4180 quoting: a field wrapped in double quotes may hold the
 * delimiter, and `""` inside it is a literal quote). Returns null for an unterminated quote, which on
 * a single line means a broken record or a field spanning lines (not supported). Cost: linear.
 */
export function countCsvFields(line: string, delimiter: string): number | null {
  let count = 1;
  let inQuotes = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (inQuotes) {
      if (char === '"') {
        if (line[i + 1] === '"') i += 1;
        else inQuotes = false;
      }
    } else if (char === '"') {
      inQuotes = true;
    } else if (line.startsWith(delimiter, i)) {
      count += 1;
      i += delimiter.length - 1;
    }
  }
  return inQuotes ? null : count;
}
