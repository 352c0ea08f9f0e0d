import type { ConversationColumns } from '../../common/api/conversations';
import type { Direction } from '../../common/model/direction';
import { decimateOnLogGrid } from './decimate_on_log_grid';
import { formatSignatureLegendLabel } from './format_signature_legend_label';
import { snapToLogColumns } from './snap_to_log_columns';

/**
 * What to do with OTR = 0 (single-observation conversations) on a log axis, which has no 0:
 * `drop` leaves them out and counts them; `log1p` plots OTR + 1 hour for every conversation, so the axis
 * reads ln(x + 1) and zero lands at 1.
 */
export type ZeroOtrRule = 'drop' | 'log1p';

/**
 * Above this many plottable conversations the scatter is decimated on a log grid. Measured by
 * `npm run bench:ui` (bench/ui/README.md): 100,000 points took ~6 s to draw in Chromium and block the page
 * as long; 10,000 marks keep a render well under a second.
 */
export const DEFAULT_MAX_SCATTER_POINTS = 10_000;

/** Jitter spread: each axis is multiplied by e^u, u in [−JITTER, JITTER], i.e. at most ±8 % on the axis. */
export const JITTER = 0.08;

/** Mark radius in px: 2.5 for one conversation, growing with ln(count) for merged marks, at most 10. */
export const POINT_RADIUS = 2.5;
export const MAX_MARK_RADIUS = 10;

export interface OtrScatterDatum {
  readonly kind: 'otr_point';
  /** OTR in hours (plus one under `log1p`), jittered when asked, on its hit-test column (snapToLogColumns). */
  readonly x: number;
  /** Observations, jittered when asked. */
  readonly y: number;
  /** The legend's split: signature id and shortened name, so siblings with one long prefix stay apart. */
  readonly signature: string;
  readonly direction: Direction;
  /** Row of the conversation drawn (the representative of a merged mark) in the response columns. */
  readonly row: number;
  /** Conversations this mark stands for: 1, or the members of its log-grid cell. */
  readonly count: number;
  /** Ranges over the members (the conversation's own values when count is 1). */
  readonly otrSecondsRange: readonly [number, number];
  readonly observationsRange: readonly [number, number];
}

export interface OtrScatterOptions {
  readonly zeroOtr: ZeroOtrRule;
  readonly jitter: boolean;
  /** Decimate above this many plottable conversations, to at most about this many marks. */
  readonly maxPoints?: number;
}

/** How the chart draws: every conversation as a point, or decimated on a log grid. */
export type OtrScatterMode =
  | { readonly kind: 'all' }
  | {
      readonly kind: 'decimated';
      /** Cells across each natural-log axis. */
      readonly cellsPerAxis: number;
      /** Conversations folded into another conversation's mark (plottable − marks). */
      readonly merged: number;
    };

export interface OtrScatterModel {
  readonly points: OtrScatterDatum[];
  /** Conversations with OTR = 0 left out under `drop`. */
  readonly dropped: number;
  /** Conversations that could be plotted, before decimation. */
  readonly plottable: number;
  readonly mode: OtrScatterMode;
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

/** Radius of a mark standing for `count` conversations: area grows with ln(count), so one huge cell cannot hide the rest. */
export function getMarkRadius(count: number): number {
  return count <= 1 ? POINT_RADIUS : Math.min(MAX_MARK_RADIUS, POINT_RADIUS + 1.2 * Math.log(count));
}

/** The marks with x on the hit-test columns, so the chart can find every one under the pointer. */
function onHitColumns(points: readonly OtrScatterDatum[]): OtrScatterDatum[] {
  const xs = snapToLogColumns(points.map((point) => point.x));
  return points.map((point, i) => (xs[i] === point.x ? point : { ...point, x: xs[i] }));
}

/**
 * The log–log scatter of observations against OTR (hours), one point per conversation, for a chart with
 * natural-log axes faceted by direction. Jitter is multiplicative (uniform on the log axes) to see through
 * the bands that integer observation counts and repeated OTRs make; it moves the drawn point only, never the
 * binning. Above `maxPoints` plottable conversations, decimateOnLogGrid merges conversations of one
 * signature and direction that share a log-grid cell into one mark (a real conversation of the cell, with the
 * count and ranges), keeping each series' extremes and every lone point as they are. Drawn x values sit on
 * snapToLogColumns' columns (under a pixel away) so that hovering and clicking reach every mark. O(n).
 */
export function computeOtrScatterModel(columns: ConversationColumns, options: OtrScatterOptions): OtrScatterModel {
  const maxPoints = options.maxPoints ?? DEFAULT_MAX_SCATTER_POINTS;
  if (!(Number.isInteger(maxPoints) && maxPoints >= 1)) throw new RangeError(`computeOtrScatterModel requires maxPoints ≥ 1, got ${maxPoints}`);
  const rows: number[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  let dropped = 0;
  for (let row = 0; row < columns.otr_seconds.length; row += 1) {
    if (options.zeroOtr === 'drop' && columns.otr_seconds[row] === 0) {
      dropped += 1;
      continue;
    }
    const hours = columns.otr_seconds[row] / 3600;
    rows.push(row);
    xs.push(options.zeroOtr === 'log1p' ? hours + 1 : hours);
    ys.push(columns.observations[row]);
  }

  const directions = [...new Set(rows.map((row) => columns.direction[row]))].sort();
  // Back from the axis (hours, + 1 under log1p) to seconds, to the millisecond.
  const hoursOffset = options.zeroOtr === 'log1p' ? 1 : 0;
  const toSeconds = (x: number): number => Math.round((x - hoursOffset) * 3_600_000) / 1000;
  const toDatum = (k: number, count: number, xRange: readonly [number, number], yRange: readonly [number, number]): OtrScatterDatum => {
    const row = rows[k];
    const jx = options.jitter ? Math.exp(JITTER * jitterOffset(row, 0)) : 1;
    const jy = options.jitter ? Math.exp(JITTER * jitterOffset(row, 1)) : 1;
    return {
      kind: 'otr_point',
      x: xs[k] * jx,
      y: ys[k] * jy,
      signature: formatSignatureLegendLabel(columns.signature_id[row], columns.signature_name[row]),
      direction: columns.direction[row],
      row,
      count,
      otrSecondsRange: count === 1 ? [columns.otr_seconds[row], columns.otr_seconds[row]] : [toSeconds(xRange[0]), toSeconds(xRange[1])],
      observationsRange: yRange,
    };
  };

  if (rows.length <= maxPoints) {
    const points = onHitColumns(rows.map((_, k) => toDatum(k, 1, [xs[k], xs[k]], [ys[k], ys[k]])));
    return { points, dropped, plottable: rows.length, mode: { kind: 'all' }, directions };
  }

  // One series per drawn colour and facet: signature name (the legend's split) × direction.
  const seriesIds = new Map<string, number>();
  const series = rows.map((row) => {
    const key = `${columns.direction[row]}\u0000${columns.signature_name[row]}`;
    let id = seriesIds.get(key);
    if (id === undefined) {
      id = seriesIds.size;
      seriesIds.set(key, id);
    }
    return id;
  });
  const grid = decimateOnLogGrid({ x: xs, y: ys, series }, { maxMarks: maxPoints });
  const points = onHitColumns(grid.marks.map((mark) => toDatum(mark.representative, mark.members, [mark.xMin, mark.xMax], [mark.yMin, mark.yMax])));
  return {
    points,
    dropped,
    plottable: rows.length,
    mode: { kind: 'decimated', cellsPerAxis: grid.cellsPerAxis, merged: rows.length - points.length },
    directions,
  };
}
