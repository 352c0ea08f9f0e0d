import { TIMELINE_API_PATH, timelineRequestSchema } from '../../common/api/timeline';
import { getTimeline } from '../services/timeline_service';
import { createAnalysisHandler } from './create_analysis_handler';
import { createRouteValidation } from './create_route_validation';
import type { RouteDependencies } from './route_dependencies';
import { ROUTE_SECURITY } from './route_security';

export function registerTimelineRoute(deps: RouteDependencies): void {
  deps.router.post(
    {
      path: TIMELINE_API_PATH,
      validate: { body: createRouteValidation(timelineRequestSchema) },
      security: ROUTE_SECURITY,
      options: { access: 'internal' },
    },
    createAnalysisHandler(deps, getTimeline),
  );
}
