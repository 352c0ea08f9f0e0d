import React from 'react';
import ReactDOM from 'react-dom';
import type { AppMountParameters, AppUnmount, CoreStart } from '@kbn/core/public';
import { KibanaRenderContextProvider } from '@kbn/react-kibana-context-render';
import { createApiClient } from '../services/api_client';
import { HuntEdaApp } from './hunt_eda_app';
import { getDefaultQueryContext } from './lib/default_query_context';

/**
 * Mounts the app into Kibana's element. Legacy `ReactDOM.render`: `react-dom/client` is not one of Kibana's
 * shared externals, and 9.0 still runs React 17.
 */
export function renderApp(coreStart: CoreStart, { element }: AppMountParameters): AppUnmount {
  ReactDOM.render(
    <KibanaRenderContextProvider {...coreStart}>
      <HuntEdaApp client={createApiClient((path, options) => coreStart.http.post(path, options))} initialContext={getDefaultQueryContext()} />
    </KibanaRenderContextProvider>,
    element,
  );
  return () => {
    ReactDOM.unmountComponentAtNode(element);
  };
}
