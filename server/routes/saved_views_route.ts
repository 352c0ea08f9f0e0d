import type { IKibanaResponse, IRouter, KibanaResponseFactory, Logger, RequestHandlerContext, RouteSecurity } from '@kbn/core/server';
import {
  createSavedViewRequestSchema,
  findSavedViewsQuerySchema,
  SAVED_VIEW_API_PATH,
  SAVED_VIEWS_API_PATH,
  savedViewIdSchema,
  updateSavedViewRequestSchema,
} from '../../common/api/saved_views';
import { API_PRIVILEGE } from '../../common/constants';
import { WRITE_API_PRIVILEGE } from '../features/hunt_eda_feature';
import { createSavedObjectsViewsStore, savedObjectsStatusOf } from '../saved_views/saved_objects_views_store';
import { SavedViewNotFoundError, SavedViewVersionConflictError, type SavedViewsStore } from '../saved_views/saved_views_store';
import { createRouteValidation } from './create_route_validation';

const READ_SECURITY: RouteSecurity = { authz: { requiredPrivileges: [API_PRIVILEGE] } };
/** Writes need the `all` privilege's API privilege; the saved-objects client checks the type privilege too. */
const WRITE_SECURITY: RouteSecurity = { authz: { requiredPrivileges: [API_PRIVILEGE, WRITE_API_PRIVILEGE] } };

function toSavedViewsErrorResponse(error: unknown, response: KibanaResponseFactory, logger: Logger): IKibanaResponse {
  if (error instanceof SavedViewVersionConflictError) return response.conflict({ body: { message: error.message, attributes: { code: 'conflict' } } });
  if (error instanceof SavedViewNotFoundError) return response.notFound({ body: { message: error.message, attributes: { code: 'not_found' } } });
  const status = savedObjectsStatusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (status === 403 || status === 401) return response.customError({ statusCode: status, body: { message, attributes: { code: 'forbidden' } } });
  if (status === 400) return response.badRequest({ body: { message, attributes: { code: 'bad_request' } } });
  logger.error(error instanceof Error ? error : message);
  return response.customError({ statusCode: 500, body: { message: 'internal error while reading or writing saved views; see the server log' } });
}

/** In Kibana: the request's saved-objects client (the user's own privileges and space). */
async function getSavedObjectsStore(context: RequestHandlerContext): Promise<SavedViewsStore> {
  return createSavedObjectsViewsStore((await context.core).savedObjects.client);
}

export interface SavedViewsRouteDependencies {
  readonly router: IRouter;
  readonly logger: Logger;
  /** Where views live for one request; Kibana's saved objects by default, files in the standalone server. */
  readonly getSavedViewsStore?: (context: RequestHandlerContext) => Promise<SavedViewsStore>;
}

/**
 * CRUD for saved views over a store. Updates pass the version the user edited, so a concurrent edit
 * answers 409 and is never overwritten.
 */
export function registerSavedViewsRoutes({ router, logger, getSavedViewsStore = getSavedObjectsStore }: SavedViewsRouteDependencies): void {
  const handle = async (context: RequestHandlerContext, response: KibanaResponseFactory, use: (store: SavedViewsStore) => Promise<IKibanaResponse>) => {
    try {
      return await use(await getSavedViewsStore(context));
    } catch (error) {
      return toSavedViewsErrorResponse(error, response, logger);
    }
  };

  router.get({ path: SAVED_VIEWS_API_PATH, security: READ_SECURITY, validate: { query: createRouteValidation(findSavedViewsQuerySchema, 'query') } }, async (context, request, response) =>
    handle(context, response, async (store) => {
      const { search, per_page: perPage } = request.query;
      return response.ok({ body: await store.find({ ...(search ? { search } : {}), perPage }) });
    }),
  );

  router.get({ path: SAVED_VIEW_API_PATH, security: READ_SECURITY, validate: { params: createRouteValidation(savedViewIdSchema, 'params') } }, async (context, request, response) =>
    handle(context, response, async (store) => response.ok({ body: await store.get(request.params.id) })),
  );

  router.post({ path: SAVED_VIEWS_API_PATH, security: WRITE_SECURITY, validate: { body: createRouteValidation(createSavedViewRequestSchema) } }, async (context, request, response) =>
    handle(context, response, async (store) => response.ok({ body: await store.create(request.body) })),
  );

  router.put(
    {
      path: SAVED_VIEW_API_PATH,
      security: WRITE_SECURITY,
      validate: { params: createRouteValidation(savedViewIdSchema, 'params'), body: createRouteValidation(updateSavedViewRequestSchema) },
    },
    async (context, request, response) =>
      handle(context, response, async (store) => {
        const { version, ...state } = request.body;
        return response.ok({ body: await store.update(request.params.id, state, version) });
      }),
  );

  router.delete({ path: SAVED_VIEW_API_PATH, security: WRITE_SECURITY, validate: { params: createRouteValidation(savedViewIdSchema, 'params') } }, async (context, request, response) =>
    handle(context, response, async (store) => {
      await store.delete(request.params.id);
      return response.noContent();
    }),
  );
}
