import type { IRouter, Logger, RequestHandlerContext } from '@kbn/core/server';
import type { AnalysisSource } from '../sources/analysis_source';
import type { FieldsSource } from '../services/fields_service';

/** A source able to serve every route. */
export type RouteSource = AnalysisSource & FieldsSource;

export interface RouteDependencies {
  readonly router: IRouter;
  readonly logger: Logger;
  /** The source for one request, built from its context (in Kibana: Elasticsearch as the current user). */
  readonly getSource: (context: RequestHandlerContext) => Promise<RouteSource>;
}
