/* Public API of common/: pure analytics usable by the server, the browser and the CLI. Curated named
 * exports only (no `export *`). */

// Time series: decomposition, seasonal profile, residual outliers.
export { seasonalDecompose } from './stats/seasonal_decompose';
export type {
  DecompositionModel,
  ExtrapolateTrend,
  SeasonalDecomposeOptions,
  SeasonalDecomposition,
} from './stats/seasonal_decompose';
export { stl } from './stats/stl';
export type { StlOptions, StlResult } from './stats/stl';
export { seasonalProfile } from './stats/seasonal_profile';
export type { SeasonalProfile, SeasonalProfileAggregate, SeasonalProfileOptions } from './stats/seasonal_profile';
export { detectResidualOutliers } from './stats/detect_residual_outliers';
export type {
  DetectResidualOutliersOptions,
  ResidualBucket,
  ResidualOutlierMethod,
  ResidualOutliers,
} from './stats/detect_residual_outliers';
