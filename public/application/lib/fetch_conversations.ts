import type { ConversationsRequestBody, ConversationsResponse } from '../../../common/api/conversations';
import { ApiError } from '../../services/api_client';
import type { HuntEdaApiClient } from '../../services/api_client';

/**
 * The conversations of a request, through the route. A field-mapping preset adds the recorded direction
 * field (ECS `network.direction`) on its own; on an index where that field cannot be aggregated (mapped as
 * `text` by a dynamic mapping) the route answers 400 naming `fields.direction`. The conversations do not
 * need it (the home networks give the direction), so they are asked again without it, and the answer says
 * so in a warning instead of the panel failing. Any other failure is the caller's.
 */
export async function fetchConversations(client: Pick<HuntEdaApiClient, 'conversations'>, body: ConversationsRequestBody, signal?: AbortSignal): Promise<ConversationsResponse> {
  try {
    return await client.conversations(body, signal);
  } catch (error) {
    const { direction, ...fields } = body.fields;
    if (direction === undefined || !(error instanceof ApiError) || error.code !== 'not_aggregatable' || error.field !== 'fields.direction') throw error;
    const response = await client.conversations({ ...body, fields }, signal);
    return {
      ...response,
      warnings: [{ code: 'direction_field_skipped', message: `${error.message}. Left out: directions come from the home networks alone, with no check against the recorded ones.` }, ...response.warnings],
    };
  }
}
