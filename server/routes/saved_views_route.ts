import type { IKibanaResponse, IRouter, KibanaResponseFactory, Logger, RouteSecurity, SavedObjectsClientContract } from '@kbn/core/server';
import {
  createSavedViewRequestSchema,
  findSavedViewsQuerySchema,
  SAVED_VIEW_API_PATH,
  SAVED_VIEWS_API_PATH,
  savedViewIdSchema,
  updateSavedViewRequestSchema,
} from '../../common/api/saved_views';
import { API_PRIVILEGE } from '../../common/constants';
import { fromHuntEdaViewSavedObject, HUNT_EDA_VIEW_TYPE, toHuntEdaViewSavedObject, type HuntEdaViewAttributes } from '../../common/saved_views/hunt_eda_view';
import { WRITE_API_PRIVILEGE } from '../features/hunt_eda_feature';
import { createRouteValidation } from './create_route_validation';

const READ_SECURITY: RouteSecurity = { authz: { requiredPrivileges: [API_PRIVILEGE] } };
/** Writes need the `all` privilege's API privilege; the saved-objects client checks the type privilege too. */
const WRITE_SECURITY: RouteSecurity = { authz: { requiredPrivileges: [API_PRIVILEGE, WRITE_API_PRIVILEGE] } };

/** Saved-objects client errors are Boom errors: the status sits at `output.statusCode`. */
function savedObjectsStatusOf(error: unknown): number | undefined {
  const status = (error as { output?: { statusCode?: unknown } } | null)?.output?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function toSavedObjectsErrorResponse(error: unknown, response: KibanaResponseFactory, logger: Logger, id?: string): IKibanaResponse {
  const status = savedObjectsStatusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (status === 409) {
    return response.conflict({
      body: { message: `saved view ${id ?? ''} was changed by someone else since you opened it; reload it, or save yours as a new view`, attributes: { code: 'conflict' } },
    });
  }
  if (status === 404) return response.notFound({ body: { message: `saved view ${id ?? ''} not found`, attributes: { code: 'not_found' } } });
  if (status === 403 || status === 401) return response.customError({ statusCode: status, body: { message, attributes: { code: 'forbidden' } } });
  if (status === 400) return response.badRequest({ body: { message, attributes: { code: 'bad_request' } } });
  logger.error(error instanceof Error ? error : message);
  return response.customError({ statusCode: 500, body: { message: 'internal error while reading or writing saved views; see the Kibana server log' } });
}

async function savedObjectsClientOf(context: { core: Promise<{ savedObjects: { client: SavedObjectsClientContract } }> }): Promise<SavedObjectsClientContract> {
  return (await context.core).savedObjects.client;
}

/**
 * CRUD for saved views over the request's saved-objects client (the user's own privileges and space).
 * Updates pass the version the user edited, so a concurrent edit answers 409 and is never overwritten.
 */
export function registerSavedViewsRoutes({ router, logger }: { router: IRouter; logger: Logger }): void {
  router.get(
    { path: SAVED_VIEWS_API_PATH, security: READ_SECURITY, validate: { query: createRouteValidation(findSavedViewsQuerySchema, 'query') } },
    async (context, request, response) => {
      try {
        const client = await savedObjectsClientOf(context);
        const { search, per_page: perPage } = request.query;
        const found = await client.find<HuntEdaViewAttributes>({
          type: HUNT_EDA_VIEW_TYPE,
          perPage,
          sortField: 'updated_at',
          sortOrder: 'desc',
          ...(search ? { search: `${search}*`, searchFields: ['title', 'description'] } : {}),
        });
        return response.ok({ body: { total: found.total, views: found.saved_objects.map(fromHuntEdaViewSavedObject) } });
      } catch (error) {
        return toSavedObjectsErrorResponse(error, response, logger);
      }
    },
  );

  router.get({ path: SAVED_VIEW_API_PATH, security: READ_SECURITY, validate: { params: createRouteValidation(savedViewIdSchema, 'params') } }, async (context, request, response) => {
    try {
      const client = await savedObjectsClientOf(context);
      return response.ok({ body: fromHuntEdaViewSavedObject(await client.get<HuntEdaViewAttributes>(HUNT_EDA_VIEW_TYPE, request.params.id)) });
    } catch (error) {
      return toSavedObjectsErrorResponse(error, response, logger, request.params.id);
    }
  });

  router.post({ path: SAVED_VIEWS_API_PATH, security: WRITE_SECURITY, validate: { body: createRouteValidation(createSavedViewRequestSchema) } }, async (context, request, response) => {
    try {
      const client = await savedObjectsClientOf(context);
      const { attributes, references } = toHuntEdaViewSavedObject(request.body);
      const created = await client.create<HuntEdaViewAttributes>(HUNT_EDA_VIEW_TYPE, attributes, { references });
      return response.ok({ body: fromHuntEdaViewSavedObject(created) });
    } catch (error) {
      return toSavedObjectsErrorResponse(error, response, logger);
    }
  });

  router.put(
    {
      path: SAVED_VIEW_API_PATH,
      security: WRITE_SECURITY,
      validate: { params: createRouteValidation(savedViewIdSchema, 'params'), body: createRouteValidation(updateSavedViewRequestSchema) },
    },
    async (context, request, response) => {
      const { id } = request.params;
      try {
        const client = await savedObjectsClientOf(context);
        const { version, ...state } = request.body;
        const { attributes, references } = toHuntEdaViewSavedObject(state);
        // A full replacement (`create` with `overwrite`), not `update`, which would merge dropped optional
        // attributes back in; `version` makes Elasticsearch refuse it with a 409 if someone saved in between.
        const saved = await client.create<HuntEdaViewAttributes>(HUNT_EDA_VIEW_TYPE, attributes, { id, overwrite: true, version, references });
        return response.ok({ body: fromHuntEdaViewSavedObject(saved) });
      } catch (error) {
        return toSavedObjectsErrorResponse(error, response, logger, id);
      }
    },
  );

  router.delete({ path: SAVED_VIEW_API_PATH, security: WRITE_SECURITY, validate: { params: createRouteValidation(savedViewIdSchema, 'params') } }, async (context, request, response) => {
    try {
      const client = await savedObjectsClientOf(context);
      await client.delete(HUNT_EDA_VIEW_TYPE, request.params.id);
      return response.noContent();
    } catch (error) {
      return toSavedObjectsErrorResponse(error, response, logger, request.params.id);
    }
  });
}
