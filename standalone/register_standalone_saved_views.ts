import type { IRouter, Logger } from '@kbn/core/server';
import { registerSavedViewsRoutes } from '../server/routes/saved_views_route';
import { createFileViewsStore } from '../server/saved_views/file_views_store';

/**
 * The saved-views routes of the standalone server: the same route code and contract as in Kibana, over
 * JSON files in `dir` instead of saved objects. One user, so there is no read-only role here.
 */
export function registerStandaloneSavedViews({ router, logger, dir }: { router: IRouter; logger: Logger; dir: string }): void {
  const store = createFileViewsStore({ dir, onProblem: (message) => logger.warn(`saved views: ${message}`) });
  registerSavedViewsRoutes({ router, logger, getSavedViewsStore: async () => store });
}
