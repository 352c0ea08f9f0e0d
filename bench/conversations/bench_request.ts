/**
 * The one question all three contenders answer: conversations of every alert of an index in its whole time
 * range, on the ECS fields of the sample. The route gets it as a request body; the floor and
 * scroll-and-group get the same scope turned into the adapter's query exactly as the service turns it, so
 * all three read the same documents.
 */
import { conversationsRequestSchema, MAX_CONVERSATIONS_LIMIT } from '../../common/api/conversations';
import type { ConversationsRequestBody } from '../../common/api/conversations';
import { toSourceScope } from '../../server/services/to_source_scope';
import type { ConversationGroupsQuery } from '../../server/sources/analysis_source';

export interface BenchRequest {
  readonly body: ConversationsRequestBody;
  readonly groupsQuery: ConversationGroupsQuery;
}

/** `firstAlert` and `lastAlert` in epoch ms; the range is [firstAlert, lastAlert + 1 ms). */
export function buildBenchRequest(index: string, firstAlert: number, lastAlert: number): BenchRequest {
  const body: ConversationsRequestBody = {
    index,
    time_range: { from: new Date(firstAlert).toISOString(), to: new Date(lastAlert + 1).toISOString() },
    fields: { timestamp: '@timestamp', signature_id: 'rule.id', signature_name: 'rule.name', source: 'source.ip', destination: 'destination.ip' },
    max_conversations: MAX_CONVERSATIONS_LIMIT,
  };
  const request = conversationsRequestSchema.parse(body);
  return {
    body,
    groupsQuery: {
      ...toSourceScope(request, request.fields.timestamp),
      fields: { signatureId: request.fields.signature_id, signature: request.fields.signature_name, sourceIp: request.fields.source, destinationIp: request.fields.destination },
    },
  };
}
