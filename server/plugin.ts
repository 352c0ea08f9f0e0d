import type { CoreSetup, CoreStart, Logger, Plugin, PluginInitializerContext } from '@kbn/core/server';
import { registerRoutes } from './routes/register_routes';
import type { HuntEdaServerSetup, HuntEdaServerSetupDeps, HuntEdaServerStart, HuntEdaServerStartDeps } from './types';

/** Kibana wiring only: everything it registers is built from host-independent code in common/ and server/. */
export class HuntEdaServerPlugin implements Plugin<HuntEdaServerSetup, HuntEdaServerStart, HuntEdaServerSetupDeps, HuntEdaServerStartDeps> {
  private readonly logger: Logger;

  constructor(initializerContext: PluginInitializerContext) {
    this.logger = initializerContext.logger.get();
  }

  public setup(core: CoreSetup<HuntEdaServerStartDeps, HuntEdaServerStart>): HuntEdaServerSetup {
    registerRoutes({ router: core.http.createRouter(), logger: this.logger });
    this.logger.debug('huntEda: setup');
    return {};
  }

  public start(_core: CoreStart): HuntEdaServerStart {
    return {};
  }

  public stop(): void {}
}
