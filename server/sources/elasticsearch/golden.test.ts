import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBucketsRequest } from './build_buckets_request';
import { buildConversationsPlanRequest } from './build_conversations_plan_request';
import { buildConversationsRequest, buildConversationsTermsRequest } from './build_conversations_request';
import { buildDistributionStatsRequest } from './build_distribution_stats_request';
import { buildEventsRequest } from './build_events_request';
import { buildFencesRequest } from './build_fences_request';
import { buildOutlierDocumentsRequest } from './build_outlier_documents_request';
import { buildValueCountsRequest } from './build_value_counts_request';
import { parseBucketsResponse } from './parse_buckets_response';
import { parseConversationsPlanResponse } from './parse_conversations_plan_response';
import { parseConversationsResponse } from './parse_conversations_response';
import { parseDistributionStatsResponse } from './parse_distribution_stats_response';
import { parseEventsResponse } from './parse_events_response';
import { parseFencesResponse } from './parse_fences_response';
import { parseFieldCapsResponse } from './parse_field_caps_response';
import { parseOutlierDocumentsResponse } from './parse_outlier_documents_response';
import { parseValueCountsResponse } from './parse_value_counts_response';
import { scanConversationsTermsResponse } from './scan_conversations_terms_response';

/**
 * Golden files pin each pure step of the adapter: an input query → the exact native request, and a
 * native response (shapes as Elasticsearch 8 returns them) → the exact canonical result. The JSON inputs
 * are cast to each function's parameter types: the files are the specification of those shapes.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- golden inputs are untyped JSON by nature
type Json = any;

/** A nested-terms answer read from its bytes, names from the golden's `names`. */
function scanTermsGolden(input: Json): unknown {
  const names = input.names as Record<string, string>;
  return scanConversationsTermsResponse(Buffer.from(JSON.stringify(input.response)), { nameOf: (signatureId) => names[signatureId] });
}

const steps: Record<string, (input: Json) => unknown> = {
  conversations_request: (input) => buildConversationsRequest(input.query, input.options),
  conversations_first_page_request: (input) => buildConversationsRequest(input.query, input.options),
  conversations_count_only_request: (input) => buildConversationsRequest(input.query, input.options),
  conversations_response: (input) => parseConversationsResponse(input.response, input.pageSize),
  conversations_last_response: (input) => parseConversationsResponse(input.response, input.pageSize),
  conversations_partition_request: (input) => buildConversationsRequest(input.query, input.options),
  conversations_direction_request: (input) => buildConversationsRequest(input.query, input.options),
  conversations_direction_response: (input) => parseConversationsResponse(input.response, input.pageSize, input.options),
  conversations_terms_request: (input) => buildConversationsTermsRequest(input.query, input.slices, input.size),
  conversations_terms_response: (input) => scanTermsGolden(input),
  conversations_terms_partial_response: (input) => scanTermsGolden(input),
  conversations_plan_request: (input) => buildConversationsPlanRequest(input.query, input.options),
  conversations_plan_first_request: (input) => buildConversationsPlanRequest(input.query, input.options),
  conversations_plan_response: (input) => parseConversationsPlanResponse(input.response, input.pageSizes),
  conversations_plan_first_response: (input) => parseConversationsPlanResponse(input.response, input.pageSizes),
  conversations_plan_complete_response: (input) => parseConversationsPlanResponse(input.response, input.pageSizes),
  buckets_request: (input) => buildBucketsRequest(input.query),
  buckets_count_request: (input) => buildBucketsRequest(input.query),
  buckets_response: (input) => parseBucketsResponse(input.response),
  buckets_count_response: (input) => parseBucketsResponse(input.response),
  value_counts_request: (input) => buildValueCountsRequest(input.query, input.pageSize, input.after),
  value_counts_response: (input) => parseValueCountsResponse(input.response, input.pageSize),
  distribution_stats_request: (input) => buildDistributionStatsRequest(input.query, input.pageSize),
  distribution_stats_response: (input) => parseDistributionStatsResponse(input.response, input.pageSize),
  fences_request: (input) => buildFencesRequest(input.query, input.fences),
  fences_response: (input) => parseFencesResponse(input.response, input.categories),
  outlier_documents_request: (input) => buildOutlierDocumentsRequest(input.query, input.sides),
  outlier_documents_response: (input) => parseOutlierDocumentsResponse(input.response, input.timestampField),
  field_caps_response: (input) => parseFieldCapsResponse(input.response),
  events_request: (input) => buildEventsRequest(input.query),
  events_fields_request: (input) => buildEventsRequest(input.query),
  events_response: (input) => parseEventsResponse(input.response, input.timestampField, input.fields ?? undefined),
  events_fields_response: (input) => parseEventsResponse(input.response, input.timestampField, input.fields ?? undefined),
};

const directory = join(__dirname, '__golden__');

describe('Elasticsearch adapter golden files', () => {
  const files = readdirSync(directory).filter((file) => file.endsWith('.json'));

  it('has a step for every golden file and a golden file for every step', () => {
    expect(files.map((file) => file.replace(/\.json$/, '')).sort()).toEqual(Object.keys(steps).sort());
  });

  it.each(files)('%s', (file) => {
    const golden = JSON.parse(readFileSync(join(directory, file), 'utf8')) as { input: Json; expected: unknown };
    const step = steps[file.replace(/\.json$/, '')];
    // Compared as sent over the wire: JSON drops undefined properties.
    expect(JSON.parse(JSON.stringify(step(golden.input)))).toEqual(golden.expected);
  });
});
