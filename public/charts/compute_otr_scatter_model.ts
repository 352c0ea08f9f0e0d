import type { ConversationColumns } from '../../common/api/conversations';
import type { Direction } from '../../common/model/direction';

/**
 * What to do with OTR = 0 (single-observation conversations) on a log axis, which has no 0:
 * `drop` leaves them out and counts them; `log1p` plots OTR + 1 hour for every conversation, so the axis
 * reads ln(x + 1) and zero lands at 1.
 */
export type ZeroOtrRule = 'drop' | 'log1p';

/** Above this many points the scatter is decimated: 100,000 points took ~6 s to draw in Chromium. */
export const DEFAULT_MAX_SCATTER_POINTS = 20_000;

/** Jitter spread: each axis is multiplied by e^u, u in [−JITTER, JITTER], i.e. at most ±8 % on the axis. */
export const JITTER = 0.08;

export interface OtrScatterDatum {
  readonly kind: 'otr_point';
  /** OTR in hours (plus one under `log1p`), jittered when asked. */
  readonly x: number;
  /** Observations, jittered when asked. */
  readonly y: number;
  readonly signature: string;
  readonly direction: Direction;
  /** Row of the conversation in the response columns. */
  readonly row: number;
}

export interface OtrScatterOptions {
  readonly zeroOtr: ZeroOtrRule;
  readonly jitter: boolean;
  readonly maxPoints?: number;
}

export interface OtrScatterModel {
  readonly points: OtrScatterDatum[];
  /** Conversations with OTR = 0 left out under `drop`. */
  readonly dropped: number;
  /** Conversations that could be plotted, before decimation. */
  readonly plottable: number;
  /** 1 when every plottable point is drawn; k when every k-th is. */
  readonly decimationStep: number;
  readonly directions: Direction[];
}

export function isOtrScatterDatum(value: unknown): value is OtrScatterDatum {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'otr_point';
}

/**
 * A deterministic value in [−1, 1] from a row number (an integer hash, Knuth's multiplicative constant),
 * so jittered points stay put across renders and tests can pin them.
 */
export function jitterOffset(row: number, axis: 0 | 1): number {
  const hashed = Math.imul((row * 2 + axis) ^ 0x5bd1e995, 2654435761) >>> 0;
  return (hashed / 0xffffffff) * 2 - 1;
}

/**
 * The log–log scatter of observations against OTR (hours), one point per conversation, for a chart with
 * natural-log axes faceted by direction. Jitter is multiplicative (uniform on the log axes) to see through
 * the bands that integer observation counts and repeated OTRs make. Above `maxPoints` plottable
 * conversations every k-th (in row order) is kept and k reported. O(n).
 */
export function computeOtrScatterModel(columns: ConversationColumns, options: OtrScatterOptions): OtrScatterModel {
  const maxPoints = options.maxPoints ?? DEFAULT_MAX_SCATTER_POINTS;
  if (!(Number.isInteger(maxPoints) && maxPoints >= 1)) throw new RangeError(`computeOtrScatterModel requires maxPoints ≥ 1, got ${maxPoints}`);
  const rows: number[] = [];
  let dropped = 0;
  for (let row = 0; row < columns.otr_seconds.length; row += 1) {
    if (options.zeroOtr === 'drop' && columns.otr_seconds[row] === 0) dropped += 1;
    else rows.push(row);
  }
  const decimationStep = Math.max(1, Math.ceil(rows.length / maxPoints));
  const points: OtrScatterDatum[] = [];
  const directions = new Set<Direction>();
  for (let k = 0; k < rows.length; k += decimationStep) {
    const row = rows[k];
    const hours = columns.otr_seconds[row] / 3600;
    const x = options.zeroOtr === 'log1p' ? hours + 1 : hours;
    const y = columns.observations[row];
    const jx = options.jitter ? Math.exp(JITTER * jitterOffset(row, 0)) : 1;
    const jy = options.jitter ? Math.exp(JITTER * jitterOffset(row, 1)) : 1;
    const direction = columns.direction[row];
    directions.add(direction);
    points.push({ kind: 'otr_point', x: x * jx, y: y * jy, signature: columns.signature_name[row], direction, row });
  }
  return { points, dropped, plottable: rows.length, decimationStep, directions: [...directions].sort() };
}
