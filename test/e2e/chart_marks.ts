/**
 * Where Elastic Charts drew a mark, from its debug state: the axes' ticks (value and gridline position, in
 * the panel's own pixels) fix each axis's scale, so a datum's value maps to its position in the panel.
 * The debug state lists ticks and gridlines in different orders, so they are paired by rank: on an unrotated
 * chart, x grows rightwards and y upwards.
 */
import type { DebugStateAxis } from '@elastic/charts';

export type AxisKind = 'linear' | 'log';

/** Value → pixel along the axis inside one panel; throws when the ticks do not lie on one such scale. */
export function getAxisScale(axis: DebugStateAxis, direction: 'x' | 'y', kind: AxisKind): (value: number) => number {
  const transform = kind === 'log' ? Math.log : (value: number) => value;
  const values = [...axis.values].map(Number).sort((a, b) => a - b);
  // Small multiples repeat every gridline once per panel; the first `values.length` belong to one panel.
  const positions = axis.gridlines
    .slice(0, values.length)
    .map((line) => (direction === 'x' ? line.x : line.y))
    .sort((a, b) => (direction === 'x' ? a - b : b - a));
  if (values.length < 2 || positions.length !== values.length) throw new Error(`axis ${axis.id} has ${values.length} ticks and ${positions.length} gridlines`);
  const [v0, v1] = [transform(values[0]), transform(values[values.length - 1])];
  const [p0, p1] = [positions[0], positions[positions.length - 1]];
  const scale = (value: number): number => p0 + ((transform(value) - v0) / (v1 - v0)) * (p1 - p0);
  values.forEach((value, i) => {
    if (Math.abs(scale(value) - positions[i]) > 0.5) throw new Error(`axis ${axis.id}: tick ${value} at ${positions[i]} is off a ${kind} scale`);
  });
  return scale;
}

export interface Mark<T> {
  readonly x: number;
  readonly y: number;
  readonly item: T;
}

/** The candidate farthest from every other mark (pixels), with that distance. O(candidates × marks). */
export function findMostIsolatedMark<T>(candidates: readonly Mark<T>[], marks: readonly Mark<unknown>[]): { mark: Mark<T>; distance: number } {
  let best: { mark: Mark<T>; distance: number } | undefined;
  for (const candidate of candidates) {
    let nearest = Infinity;
    for (const other of marks) {
      if (other.item === candidate.item) continue;
      nearest = Math.min(nearest, Math.hypot(other.x - candidate.x, other.y - candidate.y));
    }
    if (!best || nearest > best.distance) best = { mark: candidate, distance: nearest };
  }
  if (!best) throw new Error('no candidate mark');
  return best;
}
