import type { ConversationsResponse } from '../../../common/api/conversations';
import type { HuntEdaApiClient } from '../../services/api_client';
import { buildConversationsRequest } from '../lib/build_api_requests';
import { fetchConversations } from '../lib/fetch_conversations';
import type { QueryContext } from '../lib/query_context';
import { useApiRequest, type RequestState } from './use_api_request';

/** The conversations of a query context, asked again whenever the context changes (the app and both panels). */
export function useConversations(client: Pick<HuntEdaApiClient, 'conversations'>, context: QueryContext): RequestState<ConversationsResponse> {
  return useApiRequest(async (signal) => fetchConversations(client, buildConversationsRequest(context), signal), JSON.stringify(context));
}
