import type { IRouter, Logger, RouteSecurity } from '@kbn/core/server';
import { installSampleDataRequestSchema, SAMPLE_DATA_API_PATH } from '../../common/api/sample_data';
import { API_PRIVILEGE } from '../../common/constants';
import { WRITE_API_PRIVILEGE } from '../features/hunt_eda_feature';
import type { SampleDataInstaller } from '../sample_data_install/sample_data_installer';
import { createRouteValidation } from './create_route_validation';

const READ_SECURITY: RouteSecurity = { authz: { requiredPrivileges: [API_PRIVILEGE] } };
const WRITE_SECURITY: RouteSecurity = { authz: { requiredPrivileges: [API_PRIVILEGE, WRITE_API_PRIVILEGE] } };

/**
 * Loaded on first use: the generators and the bulk loader (which needs Kibana's @elastic/elasticsearch) stay
 * out of Kibana's start-up.
 */
const loadInstaller = () => import('../sample_data_install/sample_data_installer').then(({ SampleDataInstaller }) => new SampleDataInstaller());

export interface SampleDataRouteDependencies {
  readonly router: IRouter;
  readonly logger: Logger;
  /** The installer behind the route; the default installs into the datasets' default indices. */
  readonly createInstaller?: () => Promise<SampleDataInstaller>;
}

/**
 * Kibana 8.19/9.x no longer let third parties register a sample dataset (home's registry exposes no
 * `registerSampleDataSet`), so the app has its own install route: POST starts it (202), GET reports progress.
 */
export function registerSampleDataRoute({ router, logger, createInstaller = loadInstaller }: SampleDataRouteDependencies): void {
  // One installer per Kibana instance keeps one install at a time.
  let installer: Promise<SampleDataInstaller> | undefined;
  const getInstaller = () => (installer ??= createInstaller());

  router.get({ path: SAMPLE_DATA_API_PATH, security: READ_SECURITY, validate: false }, async (_context, _request, response) =>
    response.ok({ body: (await getInstaller()).getStatus() }),
  );

  router.post(
    { path: SAMPLE_DATA_API_PATH, security: WRITE_SECURITY, validate: { body: createRouteValidation(installSampleDataRequestSchema) } },
    async (context, request, response) => {
      const [core, sampleData] = await Promise.all([context.core, getInstaller()]);
      const { started } = sampleData.start(request.body.datasets, {
        elasticsearch: core.elasticsearch.client.asCurrentUser,
        savedObjects: core.savedObjects.client,
        logger,
      });
      if (!started) return response.conflict({ body: { message: 'a sample data install is already running', attributes: { code: 'conflict' } } });
      return response.accepted({ body: sampleData.getStatus() });
    },
  );
}
