const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Milliseconds in a fixed interval written as Elasticsearch's `fixed_interval` accepts it: a positive
 * integer followed by ms, s, m, h or d (`15m` → 900000). Calendar units (w, M, q, y) are rejected, as
 * Elasticsearch rejects them for fixed intervals: their length varies. Fractions are rejected too (write
 * `90m`, not `1.5h`). Surrounding whitespace is not allowed. O(1).
 *
 * @throws RangeError naming the text and what was expected.
 * @example parseInterval('15m') // 900000
 */
export function parseInterval(text: string): number {
  if (typeof text !== 'string') throw new RangeError(`parseInterval requires a string like "15m", got ${typeof text}`);
  const match = /^([1-9]\d*)(ms|s|m|h|d)$/.exec(text);
  if (match === null) {
    const calendar = /^\d+(w|M|q|y)$/.test(text);
    throw new RangeError(
      `parseInterval: ${JSON.stringify(text)} is not a fixed interval; ` +
        (calendar ? 'calendar units (w, M, q, y) have no fixed length; use days, e.g. "7d"' : 'expected a positive integer followed by ms, s, m, h or d, e.g. "15m"'),
    );
  }
  const ms = Number(match[1]) * UNIT_MS[match[2]];
  if (!Number.isSafeInteger(ms)) throw new RangeError(`parseInterval: ${JSON.stringify(text)} is too long to count in milliseconds`);
  return ms;
}
