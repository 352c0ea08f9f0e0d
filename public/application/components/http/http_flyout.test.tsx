import '../../test_support/configure_testing_library';
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import { EuiProvider } from '@elastic/eui';
import type { EventsResponse } from '../../../../common/api/events';
import type { TimelineOutlier } from '../../../../common/api/timeline';
import { DEFAULT_HTTP_CONTROLS } from '../../lib/http_controls';
import type { QueryContext } from '../../lib/query_context';
import { createFakeEventsClient } from '../../test_support/fake_api_client';
import { HttpFlyout } from './http_flyout';
import type { HttpSelection } from './http_selection';

const context: QueryContext = {
  index: 'zeek-http',
  timeRange: { from: '2024-04-19T00:00:00Z', to: '2024-04-22T00:00:00Z' },
  fieldMappingPreset: 'zeek',
  homeNetworks: ['64.225.56.201/32'],
};
const controls = { ...DEFAULT_HTTP_CONTROLS, methods: ['POST', 'PUT'], externalDestinationsOnly: true };
const bucketStart = Date.parse('2024-04-19T20:00:00Z');
const outlier: TimelineOutlier = {
  bucket_start: bucketStart,
  value: 412,
  residual: 300,
  score: 4.2,
  top_sources: [{ value: '73.54.23.243', count: 12 }],
  top_destinations: [{ value: '172.67.148.71', count: 12 }],
  top_domains: [],
};
const EVENTS: EventsResponse = {
  total: { value: 1, relation: 'eq' },
  events: [
    {
      id: '/z/http.2024-04-19.20.log.gz@2024-04-19T20:01:02.003Z',
      index: 'zeek_http',
      timestamp: Date.parse('2024-04-19T20:01:02.003Z'),
      source: { ts: 1713556862.003417, 'id.orig_h': '73.54.23.243', 'id.resp_h': '172.67.148.71', method: 'POST', host: '', request_body_len: 5120 },
    },
  ],
  partial: false,
  warnings: [],
};

function renderFlyout(selection: HttpSelection) {
  const { client, bodies } = createFakeEventsClient(async () => EVENTS);
  render(
    <EuiProvider>
      <HttpFlyout client={client} selection={selection} context={context} controls={controls} onClose={jest.fn()} onOpenInDiscover={jest.fn()} />
    </EuiProvider>,
  );
  return bodies;
}

describe('HttpFlyout', () => {
  it('shows an outlier bucket’s first raw events with the timeline’s method and external-destination filters', async () => {
    const bodies = renderFlyout({ kind: 'bucket', outlier });
    const table = await screen.findByTestId('huntEdaRawEventsTable');
    expect(bodies).toEqual([
      {
        index: 'zeek-http',
        time_range: { from: '2024-04-19T20:00:00.000Z', to: '2024-04-19T20:15:00.000Z' },
        timestamp_field: 'ts',
        filters: [
          { kind: 'terms', field: 'method', values: ['POST', 'PUT'] },
          { kind: 'networks', field: 'id.resp_h', cidrs: ['64.225.56.201/32'], negate: true },
        ],
        size: 20,
      },
    ]);
    const headers = within(table).getAllByRole('columnheader').map((header) => header.querySelector('.euiTableCellContent')?.textContent);
    expect(headers.slice(1)).toEqual(['Time (UTC)', 'Source', 'Destination', 'Method', 'Domain', 'Bytes out']);
    const cells = [...within(table).getAllByRole('row')[1].querySelectorAll('td')].slice(1).map((cell) => cell.querySelector('.euiTableCellContent')?.textContent);
    expect(cells).toEqual(['2024-04-19T20:01:02.003Z', '73.54.23.243', '172.67.148.71', 'POST', '', '5120']);
    // The bucket's own facts stay above the events.
    expect(screen.getByText('73.54.23.243', { selector: 'code' })).toBeTruthy();
  });

  it('finds an outlier transfer’s event by its millisecond, method and bytes, which every engine can filter on', async () => {
    const transfer = { kind: 'transfer_outlier' as const, x: 0, y: 0.00512, method: 'POST', document: { id: 'abc', value: 5120, timestamp: Date.parse('2024-04-19T20:01:02.003Z') } };
    const bodies = renderFlyout({ kind: 'transfer', transfer });
    await screen.findByTestId('huntEdaRawEventsTable');
    expect(bodies).toEqual([
      {
        index: 'zeek-http',
        time_range: { from: '2024-04-19T20:01:02.003Z', to: '2024-04-19T20:01:02.004Z' },
        timestamp_field: 'ts',
        filters: [
          { kind: 'terms', field: 'method', values: ['POST'] },
          { kind: 'terms', field: 'request_body_len', values: [5120] },
        ],
        size: 20,
      },
    ]);
    expect(screen.getByTestId('huntEdaRawEventsCount').textContent).toBe('The one event of this selection.');
  });
});
