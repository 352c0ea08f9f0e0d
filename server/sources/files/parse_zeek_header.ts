import { BadFileError } from '../source_errors';
import type { NumberedLine } from './read_lines';

/** The metadata block Zeek's ASCII writer puts at the top of every TSV log. */
export interface ZeekHeader {
  readonly separator: string;
  readonly setSeparator: string;
  readonly emptyField: string;
  readonly unsetField: string;
  readonly path?: string;
  readonly fields: readonly string[];
  readonly types: readonly string[];
}

/**
 * Parses the `#`-lines at the top of a Zeek TSV log (`#separator`, `#set_separator`, `#empty_field`,
 * `#unset_field`, `#path`, `#open`, `#fields`, `#types`). The first line must be `#separator` (its value
 * escaped as `\xHH`); `#fields` and `#types` must both be present with as many entries each. Errors name
 * the file and the offending line. Cost: linear in the header's length.
 */
export function parseZeekHeader(lines: readonly NumberedLine[], file: string): ZeekHeader {
  const fail = (line: number, reason: string): never => {
    throw new BadFileError([{ file, line, reason }]);
  };
  const first = lines[0];
  if (first === undefined) fail(1, 'Zeek log is empty: expected a "#separator" header line');
  const separatorMatch = /^#separator[ \t]+(\S+)$/.exec(first?.text ?? '');
  if (!separatorMatch) fail(first?.line ?? 1, 'not a Zeek log header: the first line must be "#separator <sep>"');
  const separator = unescapeZeek(separatorMatch?.[1] ?? '');
  const values = new Map<string, { text: string; line: number }>();
  for (const entry of lines.slice(1)) {
    if (!entry.text.startsWith('#')) break;
    const cut = entry.text.indexOf(separator);
    if (cut === -1) fail(entry.line, `Zeek header line "${entry.text.slice(0, 40)}" has no separator`);
    values.set(entry.text.slice(1, cut), { text: entry.text.slice(cut + separator.length), line: entry.line });
  }
  const lastLine = lines[lines.length - 1]?.line ?? 1;
  const fieldsEntry = values.get('fields');
  const typesEntry = values.get('types');
  if (!fieldsEntry) return fail(lastLine, 'Zeek log header has no "#fields" line');
  if (!typesEntry) return fail(lastLine, 'Zeek log header has no "#types" line');
  const fields = fieldsEntry.text.split(separator);
  const types = typesEntry.text.split(separator);
  if (fields.length !== types.length) {
    fail(typesEntry.line, `Zeek "#types" has ${types.length} entries but "#fields" has ${fields.length}`);
  }
  const duplicate = fields.find((field, index) => fields.indexOf(field) !== index);
  if (duplicate !== undefined) fail(fieldsEntry.line, `Zeek "#fields" names "${duplicate}" twice`);
  const path = values.get('path')?.text;
  return {
    separator,
    setSeparator: unescapeZeek(values.get('set_separator')?.text ?? ','),
    emptyField: values.get('empty_field')?.text ?? '(empty)',
    unsetField: values.get('unset_field')?.text ?? '-',
    ...(path !== undefined ? { path } : {}),
    fields,
    types,
  };
}

/** Zeek escapes non-printable separator bytes as `\xHH`. */
function unescapeZeek(text: string): string {
  return text.replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
