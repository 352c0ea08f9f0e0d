import './test_support/configure_testing_library';
import React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { EuiProvider } from '@elastic/eui';
import type { HuntEdaViewState } from '../../common/saved_views/hunt_eda_view';
import type { HuntEdaLocatorParams } from '../locator/hunt_eda_url_state';
import type { SavedViewsClient } from '../saved_views/saved_views_client';
import { ApiError, type HuntEdaApiClient } from '../services/api_client';
import { HuntEdaApp } from './hunt_eda_app';
import type { QueryContext } from './lib/query_context';

const context: QueryContext = {
  index: 'alerts-*',
  timeRange: { from: '2018-04-26T00:00:00.000Z', to: '2018-05-06T00:00:00.000Z' },
  fieldMappingPreset: 'ecs',
  homeNetworks: ['10.0.0.0/8'],
};

/** A client that records every body and fails every call with a message naming the route. */
function recordingClient() {
  const calls: { route: string; body: unknown }[] = [];
  const fail = (route: string) => async (body: unknown) => {
    calls.push({ route, body });
    throw new ApiError(`${route}: Elasticsearch is unavailable`, { statusCode: 503 });
  };
  const client: HuntEdaApiClient = {
    conversations: fail('conversations'),
    timeline: fail('timeline'),
    rareValues: fail('rare_values'),
    distribution: fail('distribution'),
    fields: fail('fields'),
    events: fail('events'),
  };
  return { client, calls };
}

function renderApp(initialView: 'conversations' | 'http' = 'conversations') {
  const recorded = recordingClient();
  render(
    <EuiProvider>
      <HuntEdaApp client={recorded.client} initialContext={context} initialView={initialView} />
    </EuiProvider>,
  );
  return recorded;
}

describe('HuntEdaApp', () => {
  it('shows a failed query as the panel\'s own error callout', async () => {
    renderApp();
    expect([...(await screen.findByTestId('huntEdaPanelError')).querySelectorAll('p')].at(-1)?.textContent).toBe('conversations: Elasticsearch is unavailable');
    expect(screen.getByTestId('huntEdaPanelError')).toBeTruthy();
  });

  it('re-queries with the new field mapping and home networks when the shared controls are applied', async () => {
    const { calls } = renderApp();
    await screen.findByTestId('huntEdaPanelError');
    expect(calls).toHaveLength(1);
    fireEvent.change(screen.getByTestId('huntEdaPresetSelect'), { target: { value: 'zeek' } });
    fireEvent.change(screen.getByTestId('huntEdaIndexInput'), { target: { value: 'zeek-*' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('huntEdaApply'));
    });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1].body).toMatchObject({
      index: 'zeek-*',
      fields: { timestamp: 'ts', signature_id: 'note', signature_name: 'msg', source: 'id.orig_h', destination: 'id.resp_h' },
      home_networks: ['10.0.0.0/8'],
    });
  });

  it('refuses a query that is not JSON, naming the field, without sending it', async () => {
    const { calls } = renderApp();
    await screen.findByTestId('huntEdaPanelError');
    fireEvent.change(screen.getByTestId('huntEdaQueryInput'), { target: { value: '{"term":' } });
    fireEvent.click(screen.getByTestId('huntEdaApply'));
    expect((await screen.findByTestId('huntEdaControlsError')).textContent).toMatch(/^query: not valid JSON/);
    expect(calls).toHaveLength(1);
  });

  it('keeps every HTTP panel on screen with its own error, and STL and n change the timeline request only', async () => {
    const { calls } = renderApp('http');
    await waitFor(() => expect(screen.getAllByTestId('huntEdaPanelError')).toHaveLength(3));
    // Read from the callouts themselves: announceOnMount also copies each message into a live region, later.
    const messages = screen.getAllByTestId('huntEdaPanelError').map((callout) => [...callout.querySelectorAll('p')].at(-1)?.textContent);
    expect(messages.sort()).toEqual(['distribution: Elasticsearch is unavailable', 'rare_values: Elasticsearch is unavailable', 'timeline: Elasticsearch is unavailable']);

    fireEvent.click(screen.getByTestId('huntEdaStl'));
    await waitFor(() => expect(calls.filter((c) => c.route === 'timeline')).toHaveLength(2));
    fireEvent.change(screen.getByTestId('huntEdaThresholdInput'), { target: { value: '2.5' } });
    await waitFor(() => expect(calls.filter((c) => c.route === 'timeline')).toHaveLength(3));
    const timeline = calls.filter((c) => c.route === 'timeline').map((c) => c.body);
    expect(timeline[1]).toMatchObject({ decomposition: { method: 'stl', period: 96 }, outliers: { threshold: 3 } });
    expect(timeline[2]).toMatchObject({ decomposition: { method: 'stl' }, outliers: { threshold: 2.5 } });
    expect(calls.filter((c) => c.route !== 'timeline')).toHaveLength(2);
  });

  it('keeps its link up to date (tab, controls typed in the app, HTTP controls) and saves exactly that link', async () => {
    const { client } = recordingClient();
    const links: HuntEdaLocatorParams[] = [];
    const saved: HuntEdaViewState[] = [];
    const savedViews: SavedViewsClient = {
      find: async () => ({ total: 0, views: [] }),
      open: async () => Promise.reject(new Error('not used')),
      create: async (state) => {
        saved.push(state as HuntEdaViewState);
        return { ...(state as HuntEdaViewState), id: 'v1', version: '1', updated_at: undefined };
      },
      save: async () => Promise.reject(new Error('not used')),
      remove: async () => undefined,
    };
    render(
      <EuiProvider>
        <HuntEdaApp
          client={client}
          initialContext={context}
          initialParams={{ dataViewId: 'dv-alerts', timeRange: { from: 'now-10d', to: 'now' }, query: { query: 'event.kind:alert', language: 'kuery' }, filters: [] }}
          onParamsChange={(params) => links.push(params)}
          getShareUrl={() => 'unused'}
          savedViews={{ client: savedViews, access: { canOpen: true, canSave: true }, onOpenView: jest.fn() }}
        />
      </EuiProvider>,
    );
    await screen.findByTestId('huntEdaPanelError');
    expect(links).toEqual([]);
    fireEvent.change(screen.getByTestId('huntEdaIndexInput'), { target: { value: 'zeek-*' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('huntEdaApply'));
    });
    fireEvent.click(screen.getByTestId('huntEdaTab-http'));
    fireEvent.click(screen.getByTestId('huntEdaStl'));
    await waitFor(() => expect(links.at(-1)?.httpControls?.decomposition).toBe('stl'));
    expect(links.at(-1)).toEqual({
      index: 'zeek-*',
      analysis: 'http',
      fieldMappingPreset: 'ecs',
      timeRange: { from: 'now-10d', to: 'now' },
      query: { query: 'event.kind:alert', language: 'kuery' },
      filters: [],
      httpControls: expect.objectContaining({ decomposition: 'stl', period: 96 }),
    });

    fireEvent.click(screen.getByTestId('huntEdaSaveView'));
    fireEvent.change(await screen.findByTestId('huntEdaSaveViewTitle'), { target: { value: 'Zeek, STL' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('huntEdaSaveViewConfirm'));
    });
    expect(saved).toEqual([expect.objectContaining({ title: 'Zeek, STL', index: 'zeek-*', analysis: 'http', time_range: { from: 'now-10d', to: 'now' }, options: { http_controls: expect.objectContaining({ decomposition: 'stl' }) } })]);
    // The link now names the saved view, so the next Save updates it.
    await waitFor(() => expect(links.at(-1)?.savedViewId).toBe('v1'));
  });
});
