import { registerConversationsRoute } from './conversations_route';
import { registerDistributionRoute } from './distribution_route';
import { registerEventsRoute } from './events_route';
import { registerFieldsRoute } from './fields_route';
import { getElasticsearchSource } from './get_elasticsearch_source';
import { registerRareValuesRoute } from './rare_values_route';
import type { RouteDependencies } from './route_dependencies';
import { registerTimelineRoute } from './timeline_route';

/**
 * Registers every analysis route. In Kibana the source is Elasticsearch as the current user; the
 * standalone server may pass another source (e.g. the embedded engine) through `getSource`.
 */
export function registerRoutes({ router, logger, getSource = getElasticsearchSource }: Omit<RouteDependencies, 'getSource'> & Partial<Pick<RouteDependencies, 'getSource'>>): void {
  const deps: RouteDependencies = { router, logger, getSource };
  registerConversationsRoute(deps);
  registerTimelineRoute(deps);
  registerRareValuesRoute(deps);
  registerDistributionRoute(deps);
  registerFieldsRoute(deps);
  registerEventsRoute(deps);
}
