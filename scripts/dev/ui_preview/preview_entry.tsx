/*
 * The UI preview page: HuntEdaApp as a standalone page would mount it (EuiProvider, charts' light theme
 * CSS, a fetch-based client), talking to scripts/dev/ui_preview/serve.ts. Drill-downs to Discover are
 * recorded on window.__huntEdaDiscoverCalls and shown in a toast, so a browser test can check them.
 */
import '@elastic/charts/dist/theme_only_light.css';
import React, { useState } from 'react';
import ReactDOM from 'react-dom';
import { EuiGlobalToastList, EuiProvider, type EuiGlobalToastListToast } from '@elastic/eui';
import { HuntEdaApp, type HuntEdaViewId } from '../../../public/application/hunt_eda_app';
import type { DiscoverLinkParams } from '../../../public/application/lib/query_context';
import { createApiClient, createFetchPost } from '../../../public/services/api_client';

declare global {
  interface Window {
    __huntEdaDiscoverCalls: DiscoverLinkParams[];
  }
}
window.__huntEdaDiscoverCalls = [];

const params = new URLSearchParams(window.location.search);
const view: HuntEdaViewId = params.get('view') === 'http' ? 'http' : 'conversations';
const client = createApiClient(createFetchPost((url, init) => fetch(url, init)));

function Preview() {
  const [toasts, setToasts] = useState<EuiGlobalToastListToast[]>([]);
  const initialContext =
    view === 'http'
      ? { index: 'http-sample', timeRange: { from: '2024-04-01T00:00:00.000Z', to: '2024-05-01T00:00:00.000Z' }, fieldMappingPreset: 'ecs' as const, homeNetworks: ['10.0.0.0/8', '192.168.0.0/16'] }
      : { index: 'alerts-sample', timeRange: { from: '2018-04-26T00:00:00.000Z', to: '2018-05-06T00:00:00.000Z' }, fieldMappingPreset: 'ecs' as const, homeNetworks: ['10.0.0.0/8'] };
  return (
    <>
      <HuntEdaApp
        client={client}
        initialContext={initialContext}
        initialView={view}
        onOpenInDiscover={(link) => {
          window.__huntEdaDiscoverCalls.push(link);
          setToasts((current) => [...current, { id: String(current.length), title: 'Open in Discover', text: <pre data-test-subj="discoverCall">{JSON.stringify(link, null, 1)}</pre> }]);
        }}
      />
      <EuiGlobalToastList toasts={toasts} dismissToast={(t) => setToasts((c) => c.filter((x) => x.id !== t.id))} toastLifeTimeMs={60_000} />
    </>
  );
}

ReactDOM.render(
  <EuiProvider colorMode="light">
    <Preview />
  </EuiProvider>,
  document.getElementById('root'),
);
