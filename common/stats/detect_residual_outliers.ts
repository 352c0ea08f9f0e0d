import { mean, median, medianAbsoluteDeviation, sumNthPowerDeviations } from 'simple-statistics';

export type ResidualOutlierMethod = 'zscore' | 'mad';

export interface DetectResidualOutliersOptions {
  /** Flag a bucket when |score| > sigma. Default 3. */
  sigma?: number;
  /** Delta degrees of freedom of σ for `'zscore'`: 0 (default) = population σ as scipy.stats.zscore; 1 = pandas `.std()`. */
  ddof?: number;
  /** `'zscore'` (default): (r − mean) / σ. `'mad'`: (r − median) / (1.4826 · MAD), robust to the outliers themselves. */
  method?: ResidualOutlierMethod;
  /** Also require |residual| >= this many units, so tiny residuals of a very quiet series are not flagged. */
  absoluteThreshold?: number;
}

export type ResidualBucket =
  /** The residual is NaN (e.g. the classical decomposition's edges): no score, never silently dropped. */
  | { index: number; status: 'not_scorable'; residual: number }
  | {
      index: number;
      status: 'scored';
      residual: number;
      /** Signed distance from the centre in units of the scale (see {@link DetectResidualOutliersOptions.method}). */
      score: number;
      /** Math.sign(residual): +1 above the fit (spike), −1 below it (dip), 0 exactly on it. */
      sign: -1 | 0 | 1;
      isOutlier: boolean;
    };

export interface ResidualOutliers {
  /** One entry per input bucket, in input order. */
  buckets: ResidualBucket[];
  method: ResidualOutlierMethod;
  /** Mean (zscore) or median (mad) of the non-NaN residuals. */
  center: number;
  /** σ with the given ddof (zscore) or 1.4826 · MAD (mad), over the non-NaN residuals. */
  scale: number;
  scoredCount: number;
  notScorableCount: number;
  outlierCount: number;
}

const FN = 'detectResidualOutliers';
/** Normal-consistency constant for the MAD, rounded as R's mad() (scipy's exact value is 1.482602218505602). */
const MAD_SCALE = 1.4826;

/**
 * Scores every bucket of a decomposition residual and flags outliers in both directions.
 *
 * Method: centre and scale come from the non-NaN residuals only. `'zscore'`: score = (r − mean) / σ with
 * σ = sqrt(Σ(r − mean)² / (m − ddof)), m the number of non-NaN residuals; ddof 0 by default, which is
 * `scipy.stats.zscore` (and msticpy); pass ddof 1 for the sample σ of pandas. `'mad'`: score =
 * (r − median) / (1.4826 · median|r − median|). A bucket is an outlier when |score| > sigma and, if given,
 * |r| >= absoluteThreshold. The sign reported is the residual's own sign, so dips are flagged like spikes
 * (unlike msticpy, which takes it from the seasonal component).
 *
 * Edge cases: NaN residuals are reported as `not_scorable`. When the scale is 0 (a constant residual, or
 * more than half equal for MAD), a residual equal to the centre scores 0 and any other scores ±Infinity.
 * Throws on an empty input, ±Infinity, fewer non-NaN residuals than the statistic needs (more than ddof for
 * zscore, at least one for mad), and bad options. The input is not mutated.
 *
 * Cost: O(n) for zscore, O(n log n) for mad (medians by sorting).
 *
 * @example
 * const { buckets } = detectResidualOutliers(seasonalDecompose(x, { period: 96 }).residual, { sigma: 3 });
 * // buckets[0] -> { index: 0, status: 'not_scorable', residual: NaN }
 */
export function detectResidualOutliers(
  residual: readonly number[],
  options: DetectResidualOutliersOptions = {},
): ResidualOutliers {
  const { sigma = 3, ddof = 0, method = 'zscore', absoluteThreshold } = options;
  validate(residual, sigma, ddof, method, absoluteThreshold);

  const finite = residual.filter((r) => !Number.isNaN(r));
  const minimum = method === 'zscore' ? ddof + 1 : 1;
  if (finite.length < minimum) {
    throw new Error(
      `${FN} requires at least ${minimum} residual(s) that are not NaN for method '${method}'` +
        (method === 'zscore' ? ` with ddof ${ddof}` : '') +
        `, got ${finite.length}`,
    );
  }
  const center = method === 'zscore' ? mean(finite) : median(finite);
  const scale =
    method === 'zscore'
      ? Math.sqrt(sumNthPowerDeviations(finite, 2) / (finite.length - ddof))
      : MAD_SCALE * medianAbsoluteDeviation(finite);

  let outlierCount = 0;
  const buckets = residual.map((r, index): ResidualBucket => {
    if (Number.isNaN(r)) {
      return { index, status: 'not_scorable', residual: r };
    }
    const deviation = r - center;
    const score = deviation === 0 ? 0 : deviation / scale;
    const isOutlier =
      Math.abs(score) > sigma && (absoluteThreshold === undefined || Math.abs(r) >= absoluteThreshold);
    if (isOutlier) outlierCount++;
    const sign = r > 0 ? 1 : r < 0 ? -1 : 0;
    return { index, status: 'scored', residual: r, score, sign, isOutlier };
  });

  return {
    buckets,
    method,
    center,
    scale,
    scoredCount: finite.length,
    notScorableCount: residual.length - finite.length,
    outlierCount,
  };
}

function validate(
  residual: readonly number[],
  sigma: number,
  ddof: number,
  method: ResidualOutlierMethod,
  absoluteThreshold: number | undefined,
): void {
  if (residual.length === 0) {
    throw new Error(`${FN} requires a non-empty residual`);
  }
  const bad = residual.findIndex((r) => typeof r !== 'number' || r === Infinity || r === -Infinity);
  if (bad >= 0) {
    throw new Error(`${FN} requires residual values to be finite numbers or NaN: residual[${bad}] is ${String(residual[bad])}`);
  }
  if (method !== 'zscore' && method !== 'mad') {
    throw new Error(`${FN} requires method to be 'zscore' or 'mad', got ${String(method)}`);
  }
  if (!Number.isFinite(sigma) || sigma <= 0) {
    throw new Error(`${FN} requires sigma to be a positive number, got ${String(sigma)}`);
  }
  if (!Number.isInteger(ddof) || ddof < 0) {
    throw new Error(`${FN} requires ddof to be an integer >= 0, got ${String(ddof)}`);
  }
  if (absoluteThreshold !== undefined && (!Number.isFinite(absoluteThreshold) || absoluteThreshold < 0)) {
    throw new Error(`${FN} requires absoluteThreshold to be a number >= 0, got ${String(absoluteThreshold)}`);
  }
}
