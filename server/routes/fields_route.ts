import { FIELDS_API_PATH, fieldsRequestSchema } from '../../common/api/fields';
import { getFields } from '../services/fields_service';
import { createAnalysisHandler } from './create_analysis_handler';
import { createRouteValidation } from './create_route_validation';
import type { RouteDependencies } from './route_dependencies';
import { ROUTE_SECURITY } from './route_security';

export function registerFieldsRoute(deps: RouteDependencies): void {
  deps.router.post(
    {
      path: FIELDS_API_PATH,
      validate: { body: createRouteValidation(fieldsRequestSchema) },
      security: ROUTE_SECURITY,
      options: { access: 'internal' },
    },
    createAnalysisHandler(deps, getFields),
  );
}
