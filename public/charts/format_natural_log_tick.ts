const COMPACT = [
  { limit: 1e9, suffix: 'G' },
  { limit: 1e6, suffix: 'M' },
  { limit: 1e3, suffix: 'k' },
];

/**
 * Tick labels for a natural-log axis (`ScaleType.Log`, `logBase: Math.E`), whose ticks land on powers of e
 * (0.135, 0.368, 1, 2.72, 7.39, 20.1, 54.6 …): two significant digits, thousands as k/M/G, so a reader sees
 * "7.4 h" rather than "7.38905609893065". Non-finite values give an empty label. O(1).
 */
export function formatNaturalLogTick(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  for (const { limit, suffix } of COMPACT) {
    if (magnitude >= limit) return `${Number((value / limit).toPrecision(2))}${suffix}`;
  }
  return String(Number(value.toPrecision(2)));
}
