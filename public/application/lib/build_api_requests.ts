import type { ConversationsRequestBody } from '../../../common/api/conversations';
import type { DistributionRequestBody } from '../../../common/api/distribution';
import type { RareValuesRequestBody } from '../../../common/api/rare_values';
import type { TimelineRequestBody } from '../../../common/api/timeline';
import type { HttpControls } from './http_controls';
import { getFieldMapping, type QueryContext } from './query_context';

/*
 * Pure builders from the view's state to the route bodies: the only place that knows how controls map to
 * the contracts in common/api. Optional mapping fields are sent only when the mapping has them.
 */

function scope(context: QueryContext) {
  return {
    index: context.index,
    time_range: { from: context.timeRange.from, to: context.timeRange.to },
    ...(context.query ? { query: context.query } : {}),
  };
}

function requireField(context: QueryContext, key: 'http_method' | 'bytes_out'): string {
  const field = getFieldMapping(context)[key];
  if (field === undefined) throw new Error(`field mapping "${context.fieldMappingPreset}" has no ${key} field; the HTTP view needs it`);
  return field;
}

export function buildConversationsRequest(context: QueryContext): ConversationsRequestBody {
  const mapping = getFieldMapping(context);
  return {
    ...scope(context),
    fields: {
      timestamp: mapping.timestamp,
      signature_id: mapping.signature_id,
      signature_name: mapping.signature_name,
      source: mapping.source,
      destination: mapping.destination,
      // ECS network.direction: the response then says where it disagrees with the home networks.
      ...(mapping.direction ? { direction: mapping.direction } : {}),
    },
    home_networks: [...context.homeNetworks],
  };
}

export function buildTimelineRequest(context: QueryContext, controls: HttpControls): TimelineRequestBody {
  const mapping = getFieldMapping(context);
  return {
    ...scope(context),
    fields: {
      timestamp: mapping.timestamp,
      source: mapping.source,
      destination: mapping.destination,
      ...(mapping.http_method ? { http_method: mapping.http_method } : {}),
      ...(mapping.bytes_out ? { bytes_out: mapping.bytes_out } : {}),
      ...(mapping.domain ? { domain: mapping.domain } : {}),
    },
    metric: controls.metric,
    interval_minutes: controls.intervalMinutes,
    filters: {
      ...(controls.methods.length > 0 ? { methods: [...controls.methods] } : {}),
      bytes_out_positive: false,
      external_destinations_only: controls.externalDestinationsOnly,
    },
    home_networks: [...context.homeNetworks],
    decomposition: { method: controls.decomposition, model: 'additive', period: controls.period },
    outliers: { threshold: controls.threshold, scale: controls.scale, top: 5, max_drilldowns: 25 },
  };
}

/** The least common HTTP methods (rare verbs such as PROPFIND or a misspelt one stand out). */
export function buildRareMethodsRequest(context: QueryContext, size = 10): RareValuesRequestBody {
  return { ...scope(context), field: requireField(context, 'http_method'), timestamp_field: getFieldMapping(context).timestamp, size };
}

/** Bytes out per HTTP method, with the transfers beyond the 1.5×IQR fences as real documents. */
export function buildBytesOutDistributionRequest(context: QueryContext): DistributionRequestBody {
  return {
    ...scope(context),
    value_field: requireField(context, 'bytes_out'),
    category_field: requireField(context, 'http_method'),
    timestamp_field: getFieldMapping(context).timestamp,
    max_outliers_per_category: 200,
    whisker_k: 1.5,
  };
}
