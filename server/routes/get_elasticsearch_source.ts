import type { RequestHandlerContext } from '@kbn/core/server';
import { ElasticsearchSource } from '../sources/elasticsearch/elasticsearch_source';
import type { RouteSource } from './route_dependencies';

/**
 * Elasticsearch as the user making the request (`asCurrentUser`), so Elasticsearch enforces that user's
 * own index privileges and document-level security on every query.
 */
export async function getElasticsearchSource(context: RequestHandlerContext): Promise<RouteSource> {
  const core = await context.core;
  return new ElasticsearchSource(core.elasticsearch.client.asCurrentUser);
}
