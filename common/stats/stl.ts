import { assertFiniteSeries } from './assert_finite_series';

export interface StlOptions {
  /** Observations per cycle (96 for a daily cycle of 15-minute buckets). Integer >= 2. */
  period: number;
  /** Seasonal LOESS window (cycle-subseries smoother). Odd, >= 3. Default 7. */
  seasonal?: number;
  /** Trend LOESS window. Odd, >= 3, > period. Default: smallest odd >= 1.5·period / (1 − 1.5/seasonal). */
  trend?: number;
  /** Low-pass LOESS window. Odd, >= 3, > period. Default: smallest odd > period. */
  lowPass?: number;
  /** LOESS degrees, 0 (local constant) or 1 (local line). Default 1. */
  seasonalDeg?: 0 | 1;
  trendDeg?: 0 | 1;
  lowPassDeg?: 0 | 1;
  /** Fit LOESS every `jump` points and interpolate linearly in between. Default 1 (statsmodels' default). */
  seasonalJump?: number;
  trendJump?: number;
  lowPassJump?: number;
  /** Robustness iterations that down-weight outliers. Default false. */
  robust?: boolean;
  /** Inner loop passes. Default 2 when robust, 5 otherwise. */
  innerIter?: number;
  /** Robustness (outer) iterations. Default 15 when robust, 0 otherwise. */
  outerIter?: number;
}

export interface StlResult {
  trend: number[];
  seasonal: number[];
  residual: number[];
  /** Final robustness weights in [0, 1]; all 1 unless robust. */
  weights: number[];
}

const FN = 'stl';

/**
 * Season-Trend decomposition by LOESS (Cleveland, Cleveland, McRae & Terpenning, 1990), ported from
 * statsmodels' `STL(...).fit()` (statsmodels/tsa/stl/_stl.pyx, itself from the netlib Fortran) with the same
 * defaults, matching it to ~1e-12 on the reference fixtures.
 *
 * Method: each outer iteration runs `innerIter` inner passes of
 *   1. detrend; 2. cycle-subseries LOESS (one series per phase, extended by one cycle at each end);
 *   3. low-pass filter of that: moving averages of length period, period, 3, then LOESS;
 *   4. seasonal = step 2 − step 3; 5. trend = LOESS of the deseasonalised series.
 * Between outer iterations the robustness weights are recomputed from r = |y − trend − seasonal|:
 * h = 6·median(r); w = 1 if r <= 0.001h, (1 − (r/h)²)² if r <= 0.999h, else 0 (all 1 when h = 0).
 * LOESS uses tricube weights; like the Fortran, a local line falls back to a local mean when the weighted
 * spread of the window is <= 0.001·(n − 1).
 *
 * Edge cases: no NaN edges in the output. Throws on an empty series, non-finite values, fewer than two full
 * periods (statsmodels runs on shorter series, but a seasonal estimate from one value per phase is
 * meaningless), and on invalid windows, degrees, jumps or iteration counts. Inputs are not mutated.
 *
 * Cost: O((innerIter · (outerIter + 1)) · n · (seasonal + lowPass + trend) / jump) time, O(n + period) memory.
 *
 * @example
 * const { seasonal, residual, weights } = stl(counts, { period: 96, robust: true });
 */
export function stl(values: readonly number[], options: StlOptions): StlResult {
  const config = resolveConfig(values, options);
  const n = values.length;
  const np = config.period;
  const y = Float64Array.from(values);

  const trend = new Float64Array(n);
  const season = new Float64Array(n);
  const rw = new Float64Array(n).fill(1);
  const fit = new Float64Array(n);
  const scratch = new StlScratch(n, np);

  let useRw = false;
  for (let outer = 0; ; outer++) {
    innerLoop(y, config, useRw, rw, trend, season, scratch);
    if (outer >= config.outerIter) break;
    for (let i = 0; i < n; i++) fit[i] = trend[i] + season[i];
    robustnessWeights(y, fit, rw);
    useRw = true;
  }

  const residual = new Array<number>(n);
  for (let i = 0; i < n; i++) residual[i] = y[i] - season[i] - trend[i];
  return { trend: Array.from(trend), seasonal: Array.from(season), residual, weights: Array.from(rw) };
}

interface StlConfig {
  period: number;
  seasonal: number;
  trend: number;
  lowPass: number;
  seasonalDeg: number;
  trendDeg: number;
  lowPassDeg: number;
  seasonalJump: number;
  trendJump: number;
  lowPassJump: number;
  innerIter: number;
  outerIter: number;
}

function resolveConfig(values: readonly number[], options: StlOptions): StlConfig {
  assertFiniteSeries(FN, values);
  const { period, seasonal = 7, robust = false } = options;
  if (!Number.isInteger(period) || period < 2) {
    throw new Error(`${FN} requires period to be an integer >= 2, got ${String(period)}`);
  }
  if (values.length < 2 * period) {
    throw new Error(
      `${FN} requires at least two full periods (${2 * period} values for period ${period}), got ${values.length}`,
    );
  }
  if (!isOddWindow(seasonal)) {
    throw new Error(`${FN} requires an odd seasonal >= 3, got ${String(seasonal)}`);
  }
  // Defaults as in statsmodels: the trend window suggested by Cleveland et al., the low-pass just above period.
  let defaultTrend = Math.ceil((1.5 * period) / (1 - 1.5 / seasonal));
  if (defaultTrend % 2 === 0) defaultTrend++;
  const trend = options.trend ?? defaultTrend;
  if (!isOddWindow(trend) || trend <= period) {
    throw new Error(`${FN} requires an odd trend >= 3 and > period (${period}), got ${String(trend)}`);
  }
  const lowPass = options.lowPass ?? (period % 2 === 0 ? period + 1 : period + 2);
  if (!isOddWindow(lowPass) || lowPass <= period) {
    throw new Error(`${FN} requires an odd lowPass >= 3 and > period (${period}), got ${String(lowPass)}`);
  }
  const innerIter = options.innerIter ?? (robust ? 2 : 5);
  const outerIter = options.outerIter ?? (robust ? 15 : 0);
  if (!Number.isInteger(innerIter) || innerIter < 1) {
    throw new Error(`${FN} requires innerIter to be an integer >= 1, got ${String(innerIter)}`);
  }
  if (!Number.isInteger(outerIter) || outerIter < 0) {
    throw new Error(`${FN} requires outerIter to be an integer >= 0, got ${String(outerIter)}`);
  }
  return {
    period,
    seasonal,
    trend,
    lowPass,
    seasonalDeg: degree('seasonalDeg', options.seasonalDeg),
    trendDeg: degree('trendDeg', options.trendDeg),
    lowPassDeg: degree('lowPassDeg', options.lowPassDeg),
    seasonalJump: jump('seasonalJump', options.seasonalJump),
    trendJump: jump('trendJump', options.trendJump),
    lowPassJump: jump('lowPassJump', options.lowPassJump),
    innerIter,
    outerIter,
  };
}

function isOddWindow(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 3 && v % 2 === 1;
}

function degree(name: string, v: number | undefined): number {
  if (v === undefined) return 1;
  if (v !== 0 && v !== 1) {
    throw new Error(`${FN} requires ${name} to be 0 or 1, got ${String(v)}`);
  }
  return v;
}

function jump(name: string, v: number | undefined): number {
  if (v === undefined) return 1;
  if (!Number.isInteger(v) || v < 1) {
    throw new Error(`${FN} requires ${name} to be a positive integer, got ${String(v)}`);
  }
  return v;
}

/** Work buffers reused across passes (the Fortran's `work(n + 2·np, 5)`). */
class StlScratch {
  readonly detrended: Float64Array;
  /** Cycle-subseries smooth, extended by one cycle at each end: length n + 2·np. */
  readonly cycleSmooth: Float64Array;
  readonly ma1: Float64Array;
  readonly ma2: Float64Array;
  readonly lowPassInput: Float64Array;
  readonly lowPass: Float64Array;
  readonly deseasonalised: Float64Array;
  readonly subseries: Float64Array;
  readonly subseriesWeights: Float64Array;
  readonly subseriesSmooth: Float64Array;
  readonly tricube = new TricubeTable();

  constructor(n: number, np: number) {
    const cycles = Math.floor((n - 1) / np) + 1;
    this.detrended = new Float64Array(n);
    this.cycleSmooth = new Float64Array(n + 2 * np);
    this.ma1 = new Float64Array(n + np + 1);
    this.ma2 = new Float64Array(n + 2);
    this.lowPassInput = new Float64Array(n);
    this.lowPass = new Float64Array(n);
    this.deseasonalised = new Float64Array(n);
    this.subseries = new Float64Array(cycles);
    this.subseriesWeights = new Float64Array(cycles);
    this.subseriesSmooth = new Float64Array(cycles + 2);
  }
}

/** The Fortran's `onestp`: `innerIter` passes updating season and trend in place. */
function innerLoop(
  y: Float64Array,
  c: StlConfig,
  useRw: boolean,
  rw: Float64Array,
  trend: Float64Array,
  season: Float64Array,
  s: StlScratch,
): void {
  const n = y.length;
  const np = c.period;
  for (let pass = 0; pass < c.innerIter; pass++) {
    // Step 1: detrend.
    for (let i = 0; i < n; i++) s.detrended[i] = y[i] - trend[i];
    // Step 2: cycle-subseries smoothing.
    cycleSubseriesSmooth(s.detrended, c, useRw, rw, s);
    // Step 3: low-pass filter of the cycle-subseries smooth.
    movingAverage(s.cycleSmooth, n + 2 * np, np, s.ma1);
    movingAverage(s.ma1, n + np + 1, np, s.ma2);
    movingAverage(s.ma2, n + 2, 3, s.lowPassInput);
    loessSmooth(s.lowPassInput, n, c.lowPass, c.lowPassDeg, c.lowPassJump, false, rw, s.lowPass, 0, s.tricube);
    // Step 4: seasonal = cycle-subseries smooth − low-pass; Step 5: deseasonalise.
    for (let i = 0; i < n; i++) {
      season[i] = s.cycleSmooth[np + i] - s.lowPass[i];
      s.deseasonalised[i] = y[i] - season[i];
    }
    // Step 6: trend smoothing.
    loessSmooth(s.deseasonalised, n, c.trend, c.trendDeg, c.trendJump, useRw, rw, trend, 0, s.tricube);
  }
}

/** The Fortran's `ss`: LOESS along each phase's subseries, plus one extrapolated value before and after. */
function cycleSubseriesSmooth(x: Float64Array, c: StlConfig, useRw: boolean, rw: Float64Array, s: StlScratch): void {
  const n = x.length;
  const np = c.period;
  const ns = c.seasonal;
  const sub = s.subseries;
  const subRw = s.subseriesWeights;
  const out = s.subseriesSmooth;
  for (let phase = 0; phase < np; phase++) {
    const k = Math.floor((n - (phase + 1)) / np) + 1;
    for (let i = 0; i < k; i++) sub[i] = x[i * np + phase];
    if (useRw) {
      for (let i = 0; i < k; i++) subRw[i] = rw[i * np + phase];
    }
    // Smoothed values land in out[1..k]; out[0] and out[k + 1] are the extrapolations at positions 0 and k + 1.
    loessSmooth(sub, k, ns, c.seasonalDeg, c.seasonalJump, useRw, subRw, out, 1, s.tricube);
    const before = loessAt(sub, k, ns, c.seasonalDeg, 0, 1, Math.min(ns, k), useRw, subRw, s.tricube);
    out[0] = Number.isNaN(before) ? out[1] : before;
    const after = loessAt(sub, k, ns, c.seasonalDeg, k + 1, Math.max(1, k - ns + 1), k, useRw, subRw, s.tricube);
    out[k + 1] = Number.isNaN(after) ? out[k] : after;
    for (let m = 0; m < k + 2; m++) s.cycleSmooth[m * np + phase] = out[m];
  }
}

/** Running-sum moving average of x[0..n) with window len into ave[0..n − len] (the Fortran's `ma`). */
function movingAverage(x: Float64Array, n: number, len: number, ave: Float64Array): void {
  const newn = n - len + 1;
  let v = 0;
  for (let i = 0; i < len; i++) v += x[i];
  ave[0] = v / len;
  for (let j = 1, k = len, m = 0; j < newn; j++, k++, m++) {
    v += x[k] - x[m];
    ave[j] = v / len;
  }
}

/**
 * The Fortran's `ess`: LOESS of y[0..n) at every `jump`-th point (1-based positions), linear interpolation in
 * between, written to out[offset..offset + n). A fit with no weight falls back to the raw value.
 */
function loessSmooth(
  y: Float64Array,
  n: number,
  len: number,
  deg: number,
  jumpBy: number,
  useRw: boolean,
  rw: Float64Array,
  out: Float64Array,
  offset: number,
  tricube: TricubeTable,
): void {
  if (n < 2) {
    out[offset] = y[0];
    return;
  }
  const step = Math.min(jumpBy, n - 1);
  let nleft = 1;
  let nright = n;
  const fitAt = (i: number): void => {
    const v = loessAt(y, n, len, deg, i + 1, nleft, nright, useRw, rw, tricube);
    out[offset + i] = Number.isNaN(v) ? y[i] : v;
  };
  if (len >= n) {
    // The window covers the whole series.
    for (let i = 0; i < n; i += step) fitAt(i);
  } else if (step === 1) {
    // Slide the window one point at a time, keeping it centred until it hits the end.
    const nsh = Math.floor((len + 2) / 2);
    nright = len;
    for (let i = 0; i < n; i++) {
      if (i + 1 > nsh && nright !== n) {
        nleft++;
        nright++;
      }
      fitAt(i);
    }
    return;
  } else {
    const nsh = Math.floor((len + 1) / 2);
    for (let i = 0; i < n; i += step) {
      if (i + 1 < nsh) {
        nleft = 1;
        nright = len;
      } else if (i + 1 >= n - nsh + 1) {
        nleft = n - len + 1;
        nright = n;
      } else {
        nleft = i + 1 - nsh + 1;
        nright = len + i + 1 - nsh;
      }
      fitAt(i);
    }
  }
  if (step === 1) return;
  // Interpolate between the fitted points, then fit the last point and fill the gap before it.
  for (let i = 0; i < n - step; i += step) {
    const base = out[offset + i];
    const delta = (out[offset + i + step] - base) / step;
    for (let j = i; j < i + step; j++) out[offset + j] = base + delta * (j - i);
  }
  const k = Math.floor((n - 1) / step) * step + 1;
  if (k !== n) {
    fitAt(n - 1);
    if (k !== n - 1) {
      const base = out[offset + k - 1];
      const delta = (out[offset + n - 1] - base) / (n - k);
      for (let j = k; j < n; j++) out[offset + j] = base + delta * (j + 1 - k);
    }
  }
}

/**
 * The Fortran's `est`: the LOESS value at 1-based position xs from y[nleft − 1 .. nright − 1], tricube
 * weights (times robustness weights), degree 0 or 1. Returns NaN when all weights are zero.
 *
 * Computed in one pass over the window from weighted sums centred on xs, instead of the Fortran's three
 * passes over normalised weights; algebraically the same, equal to rounding error.
 */
function loessAt(
  y: Float64Array,
  n: number,
  len: number,
  deg: number,
  xs: number,
  nleft: number,
  nright: number,
  useRw: boolean,
  rw: Float64Array,
  tricube: TricubeTable,
): number {
  let h = Math.max(xs - nleft, nright - xs);
  if (len > n) h += Math.floor((len - n) / 2);
  const w = tricube.forBandwidth(h);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let t0 = 0;
  let t1 = 0;
  for (let j = nleft - 1; j < nright; j++) {
    const d = j + 1 - xs;
    let wj = w[d < 0 ? -d : d];
    if (useRw) wj *= rw[j];
    const wy = wj * y[j];
    s0 += wj;
    s1 += wj * d;
    s2 += wj * d * d;
    t0 += wy;
    t1 += wy * d;
  }
  if (s0 <= 0) return NaN;
  const mean = t0 / s0;
  if (h > 0 && deg > 0) {
    const dBar = s1 / s0; // weighted mean position, relative to xs
    const spread = s2 / s0 - dBar * dBar; // weighted variance of the positions
    if (Math.sqrt(spread) > 0.001 * (n - 1)) {
      // Local line evaluated at xs: mean + slope · (xs − x̄), with slope = cov(x, y) / var(x).
      return mean - (dBar / spread) * (t1 / s0 - dBar * mean);
    }
  }
  return mean;
}

/** Tricube weights (1 − (r/h)³)³ by integer distance r, rebuilt only when the bandwidth h changes. */
class TricubeTable {
  private h = -1;
  private table = new Float64Array(0);

  forBandwidth(h: number): Float64Array {
    if (h !== this.h) {
      // Distances never exceed h plus the widest window, so size the table generously.
      const size = Math.ceil(h) + 1;
      if (this.table.length < size) this.table = new Float64Array(2 * size);
      const h9 = 0.999 * h;
      const h1 = 0.001 * h;
      for (let r = 0; r < this.table.length; r++) {
        if (r > h9) this.table[r] = 0;
        else if (r <= h1) this.table[r] = 1;
        else {
          const q = r / h;
          const u = 1 - q * q * q;
          this.table[r] = u * u * u;
        }
      }
      this.h = h;
    }
    return this.table;
  }
}

/** The Fortran's `rwts` (with statsmodels' corrected median): bisquare weights from 6 · median |residual|. */
function robustnessWeights(y: Float64Array, fit: Float64Array, rw: Float64Array): void {
  const n = y.length;
  for (let i = 0; i < n; i++) rw[i] = Math.abs(y[i] - fit[i]);
  const sorted = Float64Array.from(rw).sort();
  const mid0 = Math.floor(n / 2);
  const mid1 = n - mid0 - 1;
  const cmad = 3 * (sorted[mid0] + sorted[mid1]);
  if (cmad === 0) {
    rw.fill(1);
    return;
  }
  const c9 = 0.999 * cmad;
  const c1 = 0.001 * cmad;
  for (let i = 0; i < n; i++) {
    const r = rw[i];
    if (r <= c1) rw[i] = 1;
    else if (r <= c9) {
      const q = r / cmad;
      const u = 1 - q * q;
      rw[i] = u * u;
    } else rw[i] = 0;
  }
}
