import type { BadLine } from '../source_errors';
import { BadFileError, messageOf } from '../source_errors';
import { countCsvFields } from './count_csv_fields';
import type { ZeekHeader } from './parse_zeek_header';
import { readLines } from './read_lines';

/** How to check a line-oriented file, one layout each. */
export type LineCheck =
  | { readonly layout: 'ndjson' }
  | { readonly layout: 'zeek_tsv'; readonly header: ZeekHeader }
  | { readonly layout: 'csv'; readonly delimiter: string };

export interface ScanResult {
  readonly goodLines: number;
  readonly badLineCount: number;
  /** The first `maxReported` bad lines, in file order. */
  readonly badLines: readonly BadLine[];
}

export interface ScanOptions {
  readonly maxReported?: number;
  /** Receives every line worth keeping (headers included), newline-terminated. */
  readonly keep?: (text: string) => void | Promise<void>;
  readonly signal?: AbortSignal;
}

/**
 * Reads a file line by line (bounded memory), checks every line against its layout and reports the bad
 * ones with file, line and reason; good lines go to `keep`. A truncated gzip stream counts as one bad
 * line where the data stops, and the lines before it are kept. Checks: NDJSON — each non-blank line is
 * one JSON object; Zeek TSV — as many fields as `#fields`, repeated headers equal to the first;
 * CSV — as many fields as the header line. Cost: one pass, one JSON.parse per NDJSON line.
 */
export async function scanFile(path: string, check: LineCheck, options: ScanOptions = {}): Promise<ScanResult> {
  const maxReported = options.maxReported ?? 10;
  const badLines: BadLine[] = [];
  let badLineCount = 0;
  let goodLines = 0;
  let expectedCsvFields: number | null = null;
  const reject = (line: number, reason: string) => {
    badLineCount += 1;
    if (badLines.length < maxReported) badLines.push({ file: path, line, reason });
  };
  try {
    for await (const { text, line } of readLines(path, options.signal)) {
      let reason: string | null;
      if (check.layout === 'ndjson') {
        reason = checkJsonLine(text);
      } else if (check.layout === 'zeek_tsv') {
        reason = checkZeekLine(text, check.header);
      } else {
        const fields = countCsvFields(text, check.delimiter);
        if (expectedCsvFields === null && text.trim() !== '') {
          expectedCsvFields = fields;
          reason = fields === null ? 'CSV header line has an unterminated quote' : null;
        } else {
          reason = checkCsvLine(text, fields, expectedCsvFields);
        }
      }
      if (reason === null) {
        goodLines += 1;
        await options.keep?.(`${text}\n`);
      } else {
        reject(line, reason);
      }
    }
  } catch (error) {
    if (!(error instanceof BadFileError)) throw error;
    for (const bad of error.badLines) reject(bad.line, bad.reason);
  }
  return { goodLines, badLineCount, badLines };
}

function checkJsonLine(text: string): string | null {
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `not JSON (${messageOf(error)})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'a JSON value that is not an object';
  return null;
}

function checkZeekLine(text: string, header: ZeekHeader): string | null {
  if (text.startsWith('#')) {
    if (text.startsWith('#fields') && text.slice('#fields'.length + header.separator.length) !== header.fields.join(header.separator)) {
      return 'Zeek "#fields" line differs from the header at the top of the file';
    }
    return null;
  }
  if (text === '') return null;
  const fields = text.split(header.separator).length;
  if (fields !== header.fields.length) return `Zeek record has ${fields} fields but "#fields" names ${header.fields.length}`;
  return null;
}

function checkCsvLine(text: string, fields: number | null, expected: number | null): string | null {
  if (text.trim() === '') return null;
  if (fields === null) return 'CSV record has an unterminated quote';
  if (expected !== null && fields !== expected) return `CSV record has ${fields} fields but the header has ${expected}`;
  return null;
}
