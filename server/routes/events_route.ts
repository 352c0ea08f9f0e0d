import { EVENTS_API_PATH, eventsRequestSchema } from '../../common/api/events';
import { getEvents } from '../services/events_service';
import { createAnalysisHandler } from './create_analysis_handler';
import { createRouteValidation } from './create_route_validation';
import type { RouteDependencies } from './route_dependencies';
import { ROUTE_SECURITY } from './route_security';

export function registerEventsRoute(deps: RouteDependencies): void {
  deps.router.post(
    {
      path: EVENTS_API_PATH,
      validate: { body: createRouteValidation(eventsRequestSchema) },
      security: ROUTE_SECURITY,
      options: { access: 'internal' },
    },
    createAnalysisHandler(deps, getEvents),
  );
}
