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

// Network: home networks and direction.
export { DEFAULT_HOME_NETWORKS, HomeNetworks, HomeNetworksError, parseHomeNetworks, resolveHomeNetworks } from './network/home_networks';
export type { HomeNetworkProblem } from './network/home_networks';
export { classifyDirection, isInvalidAddressProblem } from './network/classify_direction';
export type { InvalidAddress, InvalidAddressProblem } from './network/classify_direction';

// Conversations: grouping, summary facts, log view, banding.
export { computeConversations } from './conversations/compute_conversations';
export type { ComputeConversationsOptions, ComputeConversationsResult } from './conversations/compute_conversations';
export { toConversation } from './conversations/to_conversation';
export type { ToConversationResult } from './conversations/to_conversation';
export { summarizeConversations } from './conversations/summarize_conversations';
export type { SummarizeConversationsOptions } from './conversations/summarize_conversations';
export { computeLogView } from './conversations/compute_log_view';
export type { ComputeLogViewOptions, LogView, LogViewPoint, OtrUnit, ZeroOtrRule } from './conversations/compute_log_view';
export { detectBanding } from './conversations/detect_banding';
export type { Band, Banding } from './conversations/detect_banding';
export type { ConversationProblem } from './model/conversation_problem';
export type { ConversationSummary, IpConversationCount, OtrQuantiles, SignatureSummary } from './model/conversation_summary';

// Distributions: quantiles, box plots, least common values.
export { quantile, quantileOfSorted, sortForQuantiles } from './stats/quantile';
export { boxPlotStats } from './stats/box_plot_stats';
export type { BoxPlotPoint, BoxPlotStats } from './stats/box_plot_stats';
export { boxPlotStatsByGroup } from './stats/box_plot_stats_by_group';
export type { GroupBoxPlotStats, GroupedBoxPlotPoint } from './stats/box_plot_stats_by_group';
export { leastCommonValues } from './stats/least_common_values';

// Buckets and units.
export { alignBucketStart } from './timeseries/align_bucket_start';
export { fillBucketGaps } from './timeseries/fill_bucket_gaps';
export type { BucketGaps, FillBucketGapsOptions, FilledTimeBucket } from './timeseries/fill_bucket_gaps';
export { parseInterval } from './timeseries/parse_interval';
export { bytesToMegabytes } from './timeseries/bytes_to_megabytes';
