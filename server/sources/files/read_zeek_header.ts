import type { NumberedLine } from './read_lines';
import { readLines } from './read_lines';
import type { ZeekHeader } from './parse_zeek_header';
import { parseZeekHeader } from './parse_zeek_header';

/** Reads only the leading `#` lines of a Zeek TSV log (gzip or not) and parses them. */
export async function readZeekHeader(path: string, signal?: AbortSignal): Promise<ZeekHeader> {
  const headerLines: NumberedLine[] = [];
  const lines = readLines(path, signal);
  try {
    for await (const entry of lines) {
      headerLines.push(entry);
      if (!entry.text.startsWith('#') || headerLines.length > 64) break;
    }
  } finally {
    await lines.return(undefined);
  }
  return parseZeekHeader(headerLines, path);
}
