import { DISTRIBUTION_API_PATH, distributionRequestSchema } from '../../common/api/distribution';
import { getDistribution } from '../services/distribution_service';
import { createAnalysisHandler } from './create_analysis_handler';
import { createRouteValidation } from './create_route_validation';
import type { RouteDependencies } from './route_dependencies';
import { ROUTE_SECURITY } from './route_security';

export function registerDistributionRoute(deps: RouteDependencies): void {
  deps.router.post(
    {
      path: DISTRIBUTION_API_PATH,
      validate: { body: createRouteValidation(distributionRequestSchema) },
      security: ROUTE_SECURITY,
      options: { access: 'internal' },
    },
    createAnalysisHandler(deps, getDistribution),
  );
}
