import { RARE_VALUES_API_PATH, rareValuesRequestSchema } from '../../common/api/rare_values';
import { getRareValues } from '../services/rare_values_service';
import { createAnalysisHandler } from './create_analysis_handler';
import { createRouteValidation } from './create_route_validation';
import type { RouteDependencies } from './route_dependencies';
import { ROUTE_SECURITY } from './route_security';

export function registerRareValuesRoute(deps: RouteDependencies): void {
  deps.router.post(
    {
      path: RARE_VALUES_API_PATH,
      validate: { body: createRouteValidation(rareValuesRequestSchema) },
      security: ROUTE_SECURITY,
      options: { access: 'internal' },
    },
    createAnalysisHandler(deps, getRareValues),
  );
}
