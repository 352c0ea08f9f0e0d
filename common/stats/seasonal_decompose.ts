import { assertFiniteSeries } from './assert_finite_series';

export type DecompositionModel = 'additive' | 'multiplicative';

/**
 * `0`: leave the NaN ends of the trend. `k > 0`: fill them by a least-squares line through the k + 1 nearest
 * defined trend points at each end. `'freq'` / `'period'`: k = period − 1 (statsmodels 0.15 spells it
 * `'period'`, and still accepts the deprecated `'freq'`).
 */
export type ExtrapolateTrend = number | 'freq' | 'period';

export interface SeasonalDecomposeOptions {
  /** Observations per cycle, e.g. 96 for a daily cycle of 15-minute buckets. Integer >= 1. */
  period: number;
  /** Default `'additive'`. */
  model?: DecompositionModel;
  /** Centred moving average (default `true`) or past values only (`false`, NaN at the head only). */
  twoSided?: boolean;
  /** Default `0`. */
  extrapolateTrend?: ExtrapolateTrend;
  /** Trend filter coefficients; default: the 2×period moving average (even) or the period average (odd). */
  filt?: readonly number[];
}

export interface SeasonalDecomposition {
  observed: number[];
  trend: number[];
  seasonal: number[];
  residual: number[];
}

const FN = 'seasonalDecompose';

/**
 * Classical seasonal decomposition by moving averages, a port of statsmodels' `seasonal_decompose`
 * (statsmodels/tsa/seasonal/_seasonal.py, 0.15), matching it to rounding error.
 *
 * Method:
 * 1. trend = `convolution_filter(values, filt, nsides)`. The default filter for an even period is
 *    `[0.5, 1 × (period − 1), 0.5] / period` (period + 1 taps), for an odd period `1/period` repeated.
 *    Two-sided: the first `ceil(L/2) − 1` and last `ceil(L/2) − L % 2` trend values are NaN (48 and 48 for
 *    period 96). One-sided (`twoSided: false`): trend[t] = Σ filt[j]·x[t − j], the first L − 1 are NaN.
 * 2. Optional linear extrapolation of the NaN ends (see {@link ExtrapolateTrend}). As in statsmodels, the
 *    tail fit uses the k + 1 defined points *before* the last defined one (the last is left out), and a
 *    single-point fit takes numpy lstsq's minimum-norm line.
 * 3. detrended = x − trend (or x / trend); per phase i (by array index, starting at the first value), the
 *    mean of detrended[i::period] ignoring NaN; the averages are centred by subtracting (dividing by) their
 *    mean and tiled to the series length.
 * 4. residual = detrended − seasonal (or x / seasonal / trend), so NaN wherever the trend is NaN.
 *
 * Edge cases: throws on an empty series, non-finite values (statsmodels does not handle missing values),
 * fewer than two full periods, values <= 0 for the multiplicative model, and bad options. Inputs are not
 * mutated.
 *
 * Cost: O(n · L) time for the filter (L = filter length), O(n) memory.
 *
 * @example
 * const { trend, residual } = seasonalDecompose(counts, { period: 96 });
 * // trend[0..47] and trend[n-48..n-1] are NaN, so are the residuals there.
 */
export function seasonalDecompose(
  values: readonly number[],
  options: SeasonalDecomposeOptions,
): SeasonalDecomposition {
  const { period, model = 'additive', twoSided = true, extrapolateTrend = 0, filt } = options;
  assertFiniteSeries(FN, values);
  if (model !== 'additive' && model !== 'multiplicative') {
    throw new Error(`${FN} requires model to be 'additive' or 'multiplicative', got ${String(model)}`);
  }
  const n = values.length;
  if (model === 'multiplicative') {
    const bad = values.findIndex((v) => v <= 0);
    if (bad >= 0) {
      throw new Error(`${FN} requires positive values for the multiplicative model: values[${bad}] is ${values[bad]}`);
    }
  }
  if (!Number.isInteger(period) || period < 1) {
    throw new Error(`${FN} requires period to be an integer >= 1, got ${String(period)}`);
  }
  if (n < 2 * period) {
    throw new Error(
      `${FN} requires at least two full periods (${2 * period} values for period ${period}), got ${n}`,
    );
  }
  const filter = filt === undefined ? defaultFilter(period) : validateFilter(filt, n);
  const k = extrapolationPoints(extrapolateTrend, period);

  const trend = convolutionFilter(values, filter, twoSided);
  if (k > 0) {
    extrapolateTrendEnds(trend, k + 1);
  }

  const multiplicative = model === 'multiplicative';
  const detrended = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    detrended[i] = multiplicative ? values[i] / trend[i] : values[i] - trend[i];
  }

  const averages = new Float64Array(period);
  for (let p = 0; p < period; p++) {
    let sum = 0;
    let count = 0;
    for (let i = p; i < n; i += period) {
      const d = detrended[i];
      if (!Number.isNaN(d)) {
        sum += d;
        count++;
      }
    }
    averages[p] = count === 0 ? NaN : sum / count;
  }
  let averagesSum = 0;
  for (let p = 0; p < period; p++) {
    averagesSum += averages[p];
  }
  const averagesMean = averagesSum / period;
  for (let p = 0; p < period; p++) {
    averages[p] = multiplicative ? averages[p] / averagesMean : averages[p] - averagesMean;
  }

  const observed = Array.from(values);
  const seasonal = new Array<number>(n);
  const residual = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const s = averages[i % period];
    seasonal[i] = s;
    residual[i] = multiplicative ? values[i] / s / trend[i] : detrended[i] - s;
  }
  return { observed, trend: Array.from(trend), seasonal, residual };
}

function defaultFilter(period: number): Float64Array {
  if (period % 2 === 0) {
    // Even period: a 2×period moving average, half weight on the two ends, so the window stays centred.
    const f = new Float64Array(period + 1).fill(1 / period);
    f[0] = 0.5 / period;
    f[period] = 0.5 / period;
    return f;
  }
  return new Float64Array(period).fill(1 / period);
}

function validateFilter(filt: readonly number[], n: number): Float64Array {
  if (filt.length === 0 || filt.length > n || !filt.every((v) => Number.isFinite(v))) {
    throw new Error(`${FN} requires filt to be 1 to ${n} finite coefficients, got ${filt.length}`);
  }
  return Float64Array.from(filt);
}

function extrapolationPoints(extrapolateTrend: ExtrapolateTrend, period: number): number {
  if (extrapolateTrend === 'freq' || extrapolateTrend === 'period') {
    return period - 1;
  }
  if (typeof extrapolateTrend !== 'number' || !Number.isInteger(extrapolateTrend) || extrapolateTrend < 0) {
    throw new Error(
      `${FN} requires extrapolateTrend to be 'freq', 'period' or an integer >= 0, got ${String(extrapolateTrend)}`,
    );
  }
  return extrapolateTrend;
}

/**
 * statsmodels' `convolution_filter` for 1-d input: `scipy.signal.convolve(x, filt, 'valid')` padded with NaN,
 * i.e. y[t] = Σ_j filt[j] · x[t + head − j] with head = ceil(L/2) − 1 (two-sided) or 0 (one-sided, shifted so
 * the first L − 1 values are NaN).
 */
function convolutionFilter(x: readonly number[], filt: Float64Array, twoSided: boolean): Float64Array {
  const n = x.length;
  const len = filt.length;
  const head = twoSided ? Math.ceil(len / 2) - 1 : len - 1;
  const out = new Float64Array(n).fill(NaN);
  for (let m = 0; m + len <= n; m++) {
    let acc = 0;
    const last = m + len - 1;
    for (let j = 0; j < len; j++) {
      acc += filt[j] * x[last - j];
    }
    out[m + head] = acc;
  }
  return out;
}

/** statsmodels' `_extrapolate_trend(trend, npoints)`, in place. */
function extrapolateTrendEnds(trend: Float64Array, npoints: number): void {
  const n = trend.length;
  let front = 0;
  while (front < n && Number.isNaN(trend[front])) front++;
  let back = n - 1;
  while (back >= 0 && Number.isNaN(trend[back])) back--;
  if (front >= n) {
    throw new Error(`${FN} requires a filter that leaves at least one defined trend value to extrapolate from`);
  }
  const frontLast = Math.min(front + npoints, back);
  const backFirst = Math.max(front, back - npoints);

  const head = fitLine(trend, front, frontLast);
  for (let i = 0; i < front; i++) {
    trend[i] = i * head.slope + head.intercept;
  }
  // The tail fit covers [backFirst, back): the last defined value itself is left out, as in statsmodels.
  const tail = fitLine(trend, backFirst, back);
  for (let i = back + 1; i < n; i++) {
    trend[i] = i * tail.slope + tail.intercept;
  }
}

/** Least-squares line y = slope·x + intercept through (i, y[i]) for i in [from, to), like numpy's lstsq. */
function fitLine(y: Float64Array, from: number, to: number): { slope: number; intercept: number } {
  const count = to - from;
  if (count <= 0) {
    return { slope: 0, intercept: 0 };
  }
  if (count === 1) {
    // One equation, two unknowns: lstsq returns the minimum-norm solution of x0·slope + intercept = y0.
    const x0 = from;
    const denom = x0 * x0 + 1;
    return { slope: (x0 * y[from]) / denom, intercept: y[from] / denom };
  }
  let sx = 0;
  let sy = 0;
  for (let i = from; i < to; i++) {
    sx += i;
    sy += y[i];
  }
  const mx = sx / count;
  const my = sy / count;
  let sxy = 0;
  let sxx = 0;
  for (let i = from; i < to; i++) {
    const dx = i - mx;
    sxy += dx * (y[i] - my);
    sxx += dx * dx;
  }
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}
