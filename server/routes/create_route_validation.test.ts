import type { RouteValidationError, RouteValidationResultFactory } from '@kbn/core/server';
import { fieldsRequestSchema } from '../../common/api/fields';
import { createRouteValidation } from './create_route_validation';

/** Kibana's result factory is two one-liners (router-server-internal/src/validator.ts); same contract here. */
const factory: RouteValidationResultFactory = {
  ok: (value) => ({ value }),
  badRequest: (error, path = []) => ({
    error: Object.assign(typeof error === 'string' ? new Error(error) : error, { path }) as RouteValidationError,
  }),
};

describe('createRouteValidation', () => {
  const validate = createRouteValidation(fieldsRequestSchema);

  it('returns the parsed value (trimmed as the schema says)', () => {
    expect(validate({ index: ' logs-* ' }, factory)).toEqual({ value: { index: 'logs-*' } });
  });

  it('returns a bad request naming the field and the problem', () => {
    const result = validate({ index: '' }, factory);
    expect(result.error?.message).toBe('body.index: expected a non-empty index pattern');
  });

  it('treats a missing body as a missing object', () => {
    expect(validate(undefined, factory).error?.message).toBe('body: required');
  });
});
