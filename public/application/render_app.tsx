import React from 'react';
import ReactDOM from 'react-dom';
import type { ReactElement } from 'react';
import { EuiCallOut } from '@elastic/eui';
import type { AppMountParameters, AppUnmount, CoreStart } from '@kbn/core/public';
import { KibanaRenderContextProvider } from '@kbn/react-kibana-context-render';
import { resolveKibanaAppState, type KibanaAppServices } from '../kibana_services/resolve_kibana_app_state';
import { encodeHuntEdaUrlState, type HuntEdaLocatorParams } from '../locator/hunt_eda_url_state';
import { getSavedViewsAccess } from '../saved_views/get_saved_views_access';
import { createSavedViewsClient } from '../saved_views/saved_views_client';
import { createApiClient } from '../services/api_client';
import { SampleDataButton } from '../kibana_services/sample_data_button';
import { HuntEdaApp } from './hunt_eda_app';
import { translate } from './lib/translate';

/**
 * Kibana's render context around a separately rendered tree: `rendering.addContext` where core has it
 * (newer main), else KibanaRenderContextProvider (8.18+/9.x shared dependency). Both give Kibana's EUI
 * theme, i18n and error boundary.
 */
export function wrapInKibanaContext(coreStart: CoreStart, node: ReactElement): ReactElement {
  const addContext = coreStart.rendering?.addContext;
  if (typeof addContext === 'function') return addContext.call(coreStart.rendering, node) as ReactElement;
  return <KibanaRenderContextProvider {...coreStart}>{node}</KibanaRenderContextProvider>;
}

/** The app's address for a link: this page (any base path and space) with the link as its search string. */
const toAddress = (params: HuntEdaLocatorParams) => `${window.location.origin}${window.location.pathname}${encodeHuntEdaUrlState(params)}`;

/**
 * Mounts the app: Kibana's data view, time range, query and filters (or the URL's, or a saved view's) →
 * the app's props; changes go back into the URL (`history.replace`), so the address bar is always a link to
 * the current view. Opening a saved view pushes `?view=<id>` and mounts the app afresh on it. Legacy
 * `ReactDOM.render`: `react-dom/client` is not shared and 9.0 ran React 17.
 */
export async function renderApp(coreStart: CoreStart, services: KibanaAppServices, { element, history }: AppMountParameters): Promise<AppUnmount> {
  const client = createApiClient((path, options) => coreStart.http.post(path, options));
  const savedViewsClient = createSavedViewsClient(coreStart.http);
  const access = getSavedViewsAccess(coreStart.application.capabilities);
  const sampleData = <SampleDataButton http={coreStart.http} toasts={coreStart.notifications.toasts} />;
  let mounts = 0;
  let unmounted = false;

  const mount = async (search: string): Promise<void> => {
    const state = await resolveKibanaAppState(coreStart, services, search, savedViewsClient);
    if (unmounted) return;
    mounts += 1;
    const openView = (id: string) => {
      history.push(`/${encodeHuntEdaUrlState({ savedViewId: id })}`);
      void mount(history.location.search);
    };
    ReactDOM.render(
      wrapInKibanaContext(
        coreStart,
        'error' in state ? (
          <div data-test-subj="huntEdaApp" style={{ padding: 24 }}>
            <p data-test-subj="huntEdaAppProblem">{state.error}</p>
            {sampleData}
          </div>
        ) : (
          <>
            {state.problems.length > 0 ? (
              <EuiCallOut color="warning" iconType="warning" size="s" title={translate('huntEda.app.linkProblems', 'Parts of this link could not be used')} data-test-subj="huntEdaLinkProblems">
                <ul>
                  {state.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </EuiCallOut>
            ) : null}
            <HuntEdaApp
              key={mounts}
              client={client}
              initialContext={state.context}
              initialView={state.params.analysis}
              initialHttpControls={state.httpControls}
              initialParams={state.params}
              onParamsChange={(params) => history.replace(`/${encodeHuntEdaUrlState(params)}`)}
              getShareUrl={toAddress}
              savedViews={{ client: savedViewsClient, access, openedView: state.savedView, onOpenView: openView }}
              onOpenInDiscover={state.openInDiscover}
            />
            {sampleData}
          </>
        ),
      ),
      element,
    );
  };

  await mount(history.location.search);
  return () => {
    unmounted = true;
    ReactDOM.unmountComponentAtNode(element);
  };
}
