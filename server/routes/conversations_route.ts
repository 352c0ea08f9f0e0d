import { CONVERSATIONS_API_PATH, conversationsRequestSchema } from '../../common/api/conversations';
import { getConversations } from '../services/conversations_service';
import { createAnalysisHandler } from './create_analysis_handler';
import { createRouteValidation } from './create_route_validation';
import type { RouteDependencies } from './route_dependencies';
import { ROUTE_SECURITY } from './route_security';

export function registerConversationsRoute(deps: RouteDependencies): void {
  deps.router.post(
    {
      path: CONVERSATIONS_API_PATH,
      validate: { body: createRouteValidation(conversationsRequestSchema) },
      security: ROUTE_SECURITY,
      options: { access: 'internal' },
    },
    // A million conversations make a response of 150 MB and more: streamed, never one string.
    createAnalysisHandler(deps, getConversations, { streamJson: true }),
  );
}
