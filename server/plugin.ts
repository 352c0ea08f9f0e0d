import type { CoreSetup, CoreStart, Logger, Plugin, PluginInitializerContext } from '@kbn/core/server';
import { HUNT_EDA_FEATURE } from './features/hunt_eda_feature';
import { registerRoutes } from './routes/register_routes';
import { registerSampleDataRoute } from './routes/sample_data_route';
import { registerSavedViewsRoutes } from './routes/saved_views_route';
import { buildHuntEdaViewType } from './saved_objects/hunt_eda_view_type';
import { loadConfigSchema } from './ui_settings/load_config_schema';
import { registerUiSettings } from './ui_settings/register_ui_settings';
import type { HuntEdaServerSetup, HuntEdaServerSetupDeps, HuntEdaServerStart, HuntEdaServerStartDeps } from './types';

/** Kibana wiring only: everything it registers is built from host-independent code in common/ and server/. */
export class HuntEdaServerPlugin implements Plugin<HuntEdaServerSetup, HuntEdaServerStart, HuntEdaServerSetupDeps, HuntEdaServerStartDeps> {
  private readonly logger: Logger;

  constructor(initializerContext: PluginInitializerContext) {
    this.logger = initializerContext.logger.get();
  }

  public setup(core: CoreSetup<HuntEdaServerStartDeps, HuntEdaServerStart>, plugins: HuntEdaServerSetupDeps): HuntEdaServerSetup {
    const router = core.http.createRouter();
    registerRoutes({ router, logger: this.logger });
    const schema = loadConfigSchema();
    core.savedObjects.registerType(buildHuntEdaViewType(schema));
    registerUiSettings(core.uiSettings, schema);
    // Optional plugin: without security/features (e.g. a bare OSS-like setup) the app still runs, unprivileged.
    plugins.features?.registerKibanaFeature(HUNT_EDA_FEATURE);
    registerSavedViewsRoutes({ router, logger: this.logger });
    registerSampleDataRoute({ router, logger: this.logger });
    this.logger.debug('huntEda: setup');
    return {};
  }

  public start(_core: CoreStart): HuntEdaServerStart {
    return {};
  }

  public stop(): void {}
}
