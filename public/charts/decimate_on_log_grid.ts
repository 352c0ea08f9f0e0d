/**
 * Points to decimate: item i lies at (x[i], y[i]), both > 0, in series series[i] (a small integer: one per
 * drawn series × facet, so marks never merge across colours or panels).
 */
export interface LogGridInput {
  readonly x: readonly number[];
  readonly y: readonly number[];
  readonly series: readonly number[];
}

export interface LogGridOptions {
  /** Stop coarsening once the marks fit (marks = occupied cells + pinned extremes). */
  readonly maxMarks: number;
  /** Cells across each axis to start from; a power of two. Default 256 (about 2 px a cell on a facet). */
  readonly finestCellsPerAxis?: number;
  /** Never coarser than this; a power of two. Default 8. */
  readonly coarsestCellsPerAxis?: number;
}

/** One drawn mark: a real item that stands for `members` items of its cell (itself included). */
export interface LogGridMark {
  /** Index of the item drawn: the member nearest the mean of its cell in log space. */
  readonly representative: number;
  readonly members: number;
  /** Ranges of the members' own (untransformed) values. */
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

export interface LogGridDecimation {
  /** In order of each mark's lowest member index. */
  readonly marks: LogGridMark[];
  /** The grid used: this many cells across ln x and across ln y (shared by all series). */
  readonly cellsPerAxis: number;
  /** Items drawn as themselves because they hold a series' minimum or maximum x or y. */
  readonly pinned: number;
}

function isPowerOfTwo(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && (value & (value - 1)) === 0;
}

/**
 * Decimates a scatter drawn on log–log axes: bins the items on a grid of equal steps in ln x and ln y
 * (one grid for all series, as the facets share axes) and draws one representative per occupied cell and
 * series, carrying its member count and ranges. Starts at `finestCellsPerAxis` and halves the grid until the
 * marks fit in `maxMarks` or the grid reaches `coarsestCellsPerAxis` (then the marks may exceed `maxMarks`:
 * at most series × coarsest² + 4 × series).
 *
 * What is never lost: each series' items at its minimum and maximum x and y (ties: the lowest index) are
 * pinned and drawn as themselves; and an item alone in its cell (the sparse outskirts where outliers live)
 * is its own mark, exactly where it was. Only items sharing a cell with others of their series merge.
 *
 * Deterministic, inputs never mutated. Cost: O(n) per grid level tried (at most log2(finest/coarsest) + 1).
 */
export function decimateOnLogGrid(input: LogGridInput, options: LogGridOptions): LogGridDecimation {
  const { x, y, series } = input;
  const n = x.length;
  if (y.length !== n || series.length !== n) {
    throw new RangeError(`decimateOnLogGrid requires x, y and series of one length, got ${n}, ${y.length} and ${series.length}`);
  }
  const finest = options.finestCellsPerAxis ?? 256;
  const coarsest = options.coarsestCellsPerAxis ?? 8;
  if (!isPowerOfTwo(finest) || !isPowerOfTwo(coarsest) || coarsest > finest) {
    throw new RangeError(`decimateOnLogGrid requires cell counts that are powers of two with coarsest ≤ finest, got ${coarsest} and ${finest}`);
  }
  if (!(Number.isInteger(options.maxMarks) && options.maxMarks >= 1)) {
    throw new RangeError(`decimateOnLogGrid requires maxMarks ≥ 1, got ${options.maxMarks}`);
  }

  const lx = new Float64Array(n);
  const ly = new Float64Array(n);
  let minLx = Infinity;
  let maxLx = -Infinity;
  let minLy = Infinity;
  let maxLy = -Infinity;
  let seriesCount = 0;
  for (let i = 0; i < n; i += 1) {
    if (!(x[i] > 0 && y[i] > 0 && Number.isFinite(x[i]) && Number.isFinite(y[i]))) {
      throw new RangeError(`decimateOnLogGrid requires finite x > 0 and y > 0, got (${x[i]}, ${y[i]}) at item ${i}`);
    }
    const s = series[i];
    if (!(Number.isInteger(s) && s >= 0)) throw new RangeError(`decimateOnLogGrid requires series indices that are integers ≥ 0, got ${s} at item ${i}`);
    seriesCount = Math.max(seriesCount, s + 1);
    lx[i] = Math.log(x[i]);
    ly[i] = Math.log(y[i]);
    minLx = Math.min(minLx, lx[i]);
    maxLx = Math.max(maxLx, lx[i]);
    minLy = Math.min(minLy, ly[i]);
    maxLy = Math.max(maxLy, ly[i]);
  }

  const pinned = pinSeriesExtremes(lx, ly, series, seriesCount);

  // Cell indices on the finest grid; a coarser grid of finest >> shift cells is ix >> shift.
  const ix = new Int32Array(n);
  const iy = new Int32Array(n);
  const toCell = (value: number, min: number, max: number): number => (max > min ? Math.min(finest - 1, Math.floor(((value - min) / (max - min)) * finest)) : 0);
  for (let i = 0; i < n; i += 1) {
    ix[i] = toCell(lx[i], minLx, maxLx);
    iy[i] = toCell(ly[i], minLy, maxLy);
  }
  const cellKey = (i: number, shift: number): number => {
    const cells = finest >> shift;
    return (series[i] * cells + (ix[i] >> shift)) * cells + (iy[i] >> shift);
  };

  let shift = 0;
  for (; (finest >> shift) > coarsest; shift += 1) {
    const occupied = new Set<number>();
    for (let i = 0; i < n; i += 1) if (!pinned[i]) occupied.add(cellKey(i, shift));
    if (occupied.size + countPinned(pinned) <= options.maxMarks) break;
  }

  return { marks: buildMarks(input, lx, ly, pinned, (i) => cellKey(i, shift)), cellsPerAxis: finest >> shift, pinned: countPinned(pinned) };
}

/** Marks items holding their series' minimum or maximum ln x or ln y (the lowest index on ties). */
function pinSeriesExtremes(lx: Float64Array, ly: Float64Array, series: readonly number[], seriesCount: number): Uint8Array {
  const extremes = [new Int32Array(seriesCount).fill(-1), new Int32Array(seriesCount).fill(-1), new Int32Array(seriesCount).fill(-1), new Int32Array(seriesCount).fill(-1)];
  const [minX, maxX, minY, maxY] = extremes;
  for (let i = 0; i < lx.length; i += 1) {
    const s = series[i];
    if (minX[s] < 0 || lx[i] < lx[minX[s]]) minX[s] = i;
    if (maxX[s] < 0 || lx[i] > lx[maxX[s]]) maxX[s] = i;
    if (minY[s] < 0 || ly[i] < ly[minY[s]]) minY[s] = i;
    if (maxY[s] < 0 || ly[i] > ly[maxY[s]]) maxY[s] = i;
  }
  const pinned = new Uint8Array(lx.length);
  for (const indices of extremes) for (const i of indices) if (i >= 0) pinned[i] = 1;
  return pinned;
}

function countPinned(pinned: Uint8Array): number {
  let count = 0;
  for (const flag of pinned) count += flag;
  return count;
}

interface Cell {
  first: number;
  members: number;
  sumLx: number;
  sumLy: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  representative: number;
  bestDistance: number;
}

function buildMarks(input: LogGridInput, lx: Float64Array, ly: Float64Array, pinned: Uint8Array, keyOf: (i: number) => number): LogGridMark[] {
  const { x, y } = input;
  const cells = new Map<number, Cell>();
  const marks: { first: number; mark: LogGridMark }[] = [];
  for (let i = 0; i < x.length; i += 1) {
    if (pinned[i]) {
      marks.push({ first: i, mark: { representative: i, members: 1, xMin: x[i], xMax: x[i], yMin: y[i], yMax: y[i] } });
      continue;
    }
    const key = keyOf(i);
    const cell = cells.get(key);
    if (cell === undefined) {
      cells.set(key, { first: i, members: 1, sumLx: lx[i], sumLy: ly[i], xMin: x[i], xMax: x[i], yMin: y[i], yMax: y[i], representative: i, bestDistance: Infinity });
      continue;
    }
    cell.members += 1;
    cell.sumLx += lx[i];
    cell.sumLy += ly[i];
    cell.xMin = Math.min(cell.xMin, x[i]);
    cell.xMax = Math.max(cell.xMax, x[i]);
    cell.yMin = Math.min(cell.yMin, y[i]);
    cell.yMax = Math.max(cell.yMax, y[i]);
  }
  // Second pass: the member nearest its cell's mean (strictly nearer wins, so the lowest index on ties).
  for (let i = 0; i < x.length; i += 1) {
    if (pinned[i]) continue;
    const cell = cells.get(keyOf(i));
    if (cell === undefined || cell.members === 1) continue;
    const dx = lx[i] - cell.sumLx / cell.members;
    const dy = ly[i] - cell.sumLy / cell.members;
    const distance = dx * dx + dy * dy;
    if (distance < cell.bestDistance) {
      cell.bestDistance = distance;
      cell.representative = i;
    }
  }
  for (const cell of cells.values()) {
    const { representative, members, xMin, xMax, yMin, yMax } = cell;
    marks.push({ first: cell.first, mark: { representative, members, xMin, xMax, yMin, yMax } });
  }
  return marks.sort((a, b) => a.first - b.first).map(({ mark }) => mark);
}
