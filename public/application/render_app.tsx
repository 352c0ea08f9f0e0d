import React from 'react';
import ReactDOM from 'react-dom';
import type { AppMountParameters, AppUnmount, CoreStart } from '@kbn/core/public';
import { KibanaRenderContextProvider } from '@kbn/react-kibana-context-render';
import { HuntEdaApp } from './hunt_eda_app';

/**
 * Mounts the app into Kibana's element. Legacy `ReactDOM.render`: `react-dom/client` is not one of Kibana's
 * shared externals, and 9.0 still runs React 17.
 */
export function renderApp(coreStart: CoreStart, { element }: AppMountParameters): AppUnmount {
  ReactDOM.render(
    <KibanaRenderContextProvider {...coreStart}>
      <HuntEdaApp />
    </KibanaRenderContextProvider>,
    element,
  );
  return () => {
    ReactDOM.unmountComponentAtNode(element);
  };
}
