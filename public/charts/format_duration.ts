const UNITS = [
  { seconds: 86_400, suffix: 'd' },
  { seconds: 3600, suffix: 'h' },
  { seconds: 60, suffix: 'min' },
  { seconds: 1, suffix: 's' },
];

/** A duration in seconds as the largest unit that keeps it ≥ 1, with up to three significant digits ("2.5 h"). */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '';
  if (seconds === 0) return '0 s';
  const magnitude = Math.abs(seconds);
  const unit = UNITS.find((candidate) => magnitude >= candidate.seconds) ?? { seconds: 0.001, suffix: 'ms' };
  return `${Number((seconds / unit.seconds).toPrecision(3))} ${unit.suffix}`;
}
