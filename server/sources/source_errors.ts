/**
 * The few failures a caller of an analysis source must tell apart. Each engine's errors.ts maps its
 * native failures onto these, so routes and the CLI map them to a status code or an exit code once.
 */
export type SourceErrorCode = 'timeout' | 'unavailable' | 'bad_query' | 'not_aggregatable' | 'not_found' | 'bad_file' | 'aborted';

export class SourceError extends Error {
  /** The request field the failure is about (`fields.direction`), when the caller knows it. */
  readonly field: string | undefined;

  constructor(
    readonly code: SourceErrorCode,
    message: string,
    options?: { cause?: unknown; field?: string },
  ) {
    super(message, options);
    this.name = 'SourceError';
    this.field = options?.field;
  }
}

export function isSourceError(value: unknown): value is SourceError {
  return value instanceof SourceError;
}

/** One line of an input file that could not be read, and why. `line` is 1-based. */
export interface BadLine {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}

/** A local file the embedded engine cannot read: names the file and, where it applies, the line. */
export class BadFileError extends SourceError {
  constructor(readonly badLines: readonly BadLine[]) {
    super('bad_file', formatBadLines(badLines));
    this.name = 'BadFileError';
  }
}

function formatBadLines(badLines: readonly BadLine[]): string {
  const shown = badLines.slice(0, 5).map((bad) => `${bad.file}:${bad.line}: ${bad.reason}`);
  const more = badLines.length > shown.length ? ` (and ${badLines.length - shown.length} more)` : '';
  return `${shown.join('; ')}${more}`;
}

/**
 * The message of anything thrown. Not `instanceof Error`: errors from native modules and from Node's
 * core can come from another realm (as under Jest), where that test is false.
 */
export function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}
