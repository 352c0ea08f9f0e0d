import React from 'react';
import ReactDOM from 'react-dom';
import type { ReactElement } from 'react';
import type { AppMountParameters, AppUnmount, CoreStart } from '@kbn/core/public';
import { KibanaRenderContextProvider } from '@kbn/react-kibana-context-render';
import { resolveKibanaAppState, type KibanaAppServices } from '../kibana_services/resolve_kibana_app_state';
import { encodeHuntEdaUrlState } from '../locator/hunt_eda_url_state';
import { createApiClient } from '../services/api_client';
import { SampleDataButton } from '../kibana_services/sample_data_button';
import { HuntEdaApp } from './hunt_eda_app';

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

/**
 * Mounts the app: Kibana's data view, time range, query and filters (or the URL's, or a saved view's) →
 * the app's props; changes go back into the URL (`history.replace`), so the address bar is always a link to
 * the current view. Legacy `ReactDOM.render`: `react-dom/client` is not shared and 9.0 ran React 17.
 */
export async function renderApp(coreStart: CoreStart, services: KibanaAppServices, { element, history }: AppMountParameters): Promise<AppUnmount> {
  const client = createApiClient((path, options) => coreStart.http.post(path, options));
  const state = await resolveKibanaAppState(coreStart, services, history.location.search);
  const sampleData = <SampleDataButton http={coreStart.http} toasts={coreStart.notifications.toasts} />;
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
          <HuntEdaApp
            client={client}
            initialContext={state.context}
            initialView={state.params.analysis}
            initialHttpControls={state.httpControls}
            onContextChange={(context) => history.replace(`/${encodeHuntEdaUrlState({ ...state.params, timeRange: context.timeRange, fieldMappingPreset: context.fieldMappingPreset })}`)}
            onOpenInDiscover={state.openInDiscover}
          />
          {sampleData}
        </>
      ),
    ),
    element,
  );
  return () => {
    ReactDOM.unmountComponentAtNode(element);
  };
}
