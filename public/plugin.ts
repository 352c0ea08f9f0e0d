import type { AppMountParameters, CoreSetup, CoreStart, Plugin } from '@kbn/core/public';
import { PLUGIN_ID, PLUGIN_NAME } from '../common/constants';
import type { HuntEdaPublicSetup, HuntEdaPublicStart } from './types';

/**
 * Kibana's "Security" app category, as DEFAULT_APP_CATEGORIES.security in
 * src/core/packages/application/common/src/default_app_categories.ts. Copied as data because core's
 * browser values are not importable from a third-party bundle.
 */
const SECURITY_CATEGORY = { id: 'securitySolution', label: 'Security', euiIconType: 'logoSecurity', order: 4000 };

/** Kibana wiring only: the application itself is loaded lazily in its own chunk on first mount. */
export class HuntEdaPublicPlugin implements Plugin<HuntEdaPublicSetup, HuntEdaPublicStart> {
  public setup(core: CoreSetup): HuntEdaPublicSetup {
    core.application.register({
      id: PLUGIN_ID,
      title: PLUGIN_NAME,
      category: SECURITY_CATEGORY,
      euiIconType: 'securityAnalyticsApp',
      mount: async (params: AppMountParameters) => {
        const [[coreStart], { renderApp }] = await Promise.all([core.getStartServices(), import('./application')]);
        return renderApp(coreStart, params);
      },
    });
    return {};
  }

  public start(_core: CoreStart): HuntEdaPublicStart {
    return {};
  }

  public stop(): void {}
}
