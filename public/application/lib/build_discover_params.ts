import type { Conversation } from '../../../common/model/conversation';
import type { FieldFilter } from '../../../common/model/field_filter';
import type { HttpControls } from './http_controls';
import { getFieldMapping, type DiscoverLinkParams, type QueryContext } from './query_context';

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * The events of one conversation: its signature, source and destination, from its first to its last
 * observation. The end is lastSeen + 1 ms because ranges are half-open and lastSeen is an event's own time.
 */
export function buildConversationDiscoverParams(context: QueryContext, conversation: Conversation): DiscoverLinkParams {
  const mapping = getFieldMapping(context);
  return {
    index: context.index,
    timeRange: { from: iso(conversation.firstSeen), to: iso(conversation.lastSeen + 1) },
    ...(context.query ? { query: context.query } : {}),
    filters: [
      { kind: 'terms', field: mapping.signature_id, values: [conversation.signatureId] },
      { kind: 'terms', field: mapping.source, values: [conversation.sourceIp] },
      { kind: 'terms', field: mapping.destination, values: [conversation.destinationIp] },
    ],
  };
}

/** All events of one signature in the panel's time range (a click on its bar). */
export function buildSignatureDiscoverParams(context: QueryContext, signatureId: string): DiscoverLinkParams {
  return {
    index: context.index,
    timeRange: context.timeRange,
    ...(context.query ? { query: context.query } : {}),
    filters: [{ kind: 'terms', field: getFieldMapping(context).signature_id, values: [signatureId] }],
  };
}

/** The events behind one timeline bucket, with the same method and destination filters the series had. */
export function buildBucketDiscoverParams(context: QueryContext, controls: HttpControls, bucketStart: number): DiscoverLinkParams {
  const mapping = getFieldMapping(context);
  const filters: FieldFilter[] = [];
  if (controls.methods.length > 0 && mapping.http_method) filters.push({ kind: 'terms', field: mapping.http_method, values: [...controls.methods] });
  if (controls.externalDestinationsOnly) filters.push({ kind: 'networks', field: mapping.destination, cidrs: [...context.homeNetworks], negate: true });
  return {
    index: context.index,
    timeRange: { from: iso(bucketStart), to: iso(bucketStart + controls.intervalMinutes * 60_000) },
    ...(context.query ? { query: context.query } : {}),
    filters,
  };
}
