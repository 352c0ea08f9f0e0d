import type { RouteValidationFunction } from '@kbn/core/server';
import type { z } from 'zod';
import { formatValidationIssues } from '../../common/api/format_validation_issues';

/**
 * Adapts a contract's zod schema to Kibana's plain validation function (`validate.body` etc.), so routes
 * validate the same way on every Kibana version from 8.x on (zod schemas are accepted natively only on
 * newer main). The 400's message names the field path and the problem.
 */
export function createRouteValidation<Schema extends z.ZodType>(
  schema: Schema,
  root: 'body' | 'query' | 'params' = 'body',
): RouteValidationFunction<z.output<Schema>> {
  return (data, { ok, badRequest }) => {
    const result = schema.safeParse(data);
    return result.success ? ok(result.data) : badRequest(formatValidationIssues(result.error.issues, data, root));
  };
}
