import '../application/test_support/configure_testing_library';
import React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { EuiProvider } from '@elastic/eui';
import { BehaviorSubject } from 'rxjs';
import type { DataView } from '@kbn/data-views-plugin/public';
import type { HuntEdaLocatorParams } from '../locator/hunt_eda_url_state';
import type { HuntEdaApiClient } from '../services/api_client';
import { createPanelComponent, type PanelServices } from './create_panel_component';
import type { PanelRuntime } from './create_panel_factory';
import type { PanelDefinition } from './panel_definition';
import type { PanelSettings } from './panel_settings';

/** A panel whose "mark" is a button: the chart libraries do not draw in jsdom; the wiring around them is tested. */
const clickablePanel: PanelDefinition = {
  type: 'test_panel',
  displayName: 'Test panel',
  iconType: 'visLine',
  analysis: 'http',
  render: ({ onSelect }) => (
    <button type="button" data-test-subj="mark" onClick={() => onSelect?.({ kind: 'bucket', bucketStart: Date.parse('2024-04-03T10:00:00Z') })}>
      mark
    </button>
  ),
};

const dataView = { id: 'dv-http', title: 'logs-http-*', getIndexPattern: () => 'logs-http-*' } as unknown as DataView;

function mountPanel(settings: PanelSettings, openHuntEda?: (params: HuntEdaLocatorParams) => void) {
  const services: PanelServices = {
    client: {} as HuntEdaApiClient,
    getDataView: async () => dataView,
    // The dashboard's relative time, resolved as the timefilter would at this instant.
    resolveTime: () => ({ from: '2024-04-01T00:00:00.000Z', to: '2024-04-08T00:00:00.000Z' }),
    getHomeNetworks: () => ['10.0.0.0/8'],
    ...(openHuntEda ? { openHuntEda } : {}),
  };
  const runtime: PanelRuntime = {
    settings$: new BehaviorSubject(settings),
    parentApi: {
      timeRange$: new BehaviorSubject<{ from: string; to: string } | undefined>({ from: 'now-7d', to: 'now' }),
      query$: new BehaviorSubject<{ query: string; language: string } | undefined>({ query: 'http.request.method:POST', language: 'kuery' }),
      filters$: new BehaviorSubject<Array<{ meta: Record<string, unknown>; query?: Record<string, unknown> }> | undefined>([{ meta: { key: 'host', negate: true }, query: { match_phrase: { host: 'cdn.example' } } }]),
    },
    dataLoading$: new BehaviorSubject<boolean | undefined>(undefined),
    blockingError$: new BehaviorSubject<Error | undefined>(undefined),
  };
  const Panel = createPanelComponent(clickablePanel, services)(runtime);
  render(
    <EuiProvider>
      <Panel />
    </EuiProvider>,
  );
}

describe('a dashboard panel\'s drill-down', () => {
  it('opens Hunt EDA through its locator on the clicked bucket, with the dashboard\'s query, filters and the time the panel drew', async () => {
    const opened: HuntEdaLocatorParams[] = [];
    mountPanel({ dataViewId: 'dv-http', fieldMappingPreset: 'ecs', threshold: 2.5 }, (params) => opened.push(params));
    const mark = await screen.findByTestId('mark');
    await act(async () => {
      fireEvent.click(mark);
    });
    expect(opened).toEqual([
      {
        dataViewId: 'dv-http',
        analysis: 'http',
        fieldMappingPreset: 'ecs',
        timeRange: { from: '2024-04-01T00:00:00.000Z', to: '2024-04-08T00:00:00.000Z' },
        query: { query: 'http.request.method:POST', language: 'kuery' },
        filters: [{ meta: { key: 'host', negate: true }, query: { match_phrase: { host: 'cdn.example' } } }],
        httpControls: expect.objectContaining({ threshold: 2.5 }),
        selection: { kind: 'bucket', bucketStart: Date.parse('2024-04-03T10:00:00Z') },
      },
    ]);
  });

  it('draws without drilling down where Hunt EDA\'s locator is not available', async () => {
    mountPanel({ dataViewId: 'dv-http', fieldMappingPreset: 'ecs' });
    const mark = await screen.findByTestId('mark');
    expect(() => fireEvent.click(mark)).not.toThrow();
  });
});
