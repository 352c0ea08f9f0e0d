import '../../test_support/configure_testing_library';
import React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { EuiProvider } from '@elastic/eui';
import type { EventsResponse } from '../../../../common/api/events';
import { ApiError } from '../../../services/api_client';
import type { DiscoverLinkParams } from '../../lib/query_context';
import { createFakeEventsClient } from '../../test_support/fake_api_client';
import { RawEventsTable } from './raw_events_table';

const params: DiscoverLinkParams = {
  index: 'suricata-*',
  timeRange: { from: '2018-03-23T18:09:00.684Z', to: '2018-03-23T18:09:00.685Z' },
  filters: [
    { kind: 'terms', field: 'alert.signature_id', values: ['2024216'] },
    { kind: 'terms', field: 'src_ip.keyword', values: ['10.47.8.151'] },
  ],
};
const keyFields = [
  { field: 'alert.signature_id', name: 'Signature' },
  { field: 'src_ip.keyword', name: 'Source' },
  { field: 'dest_ip.keyword', name: 'Destination' },
];

const event = (id: string, timestamp: number, source: EventsResponse['events'][number]['source']) => ({ id, index: 'suricata-eve', timestamp, source });
const answer: EventsResponse = {
  total: { value: 2, relation: 'eq' },
  events: [
    event('a', Date.parse('2018-03-23T18:09:00.684Z'), { 'alert.signature_id': 2024216, src_ip: '10.47.8.151', dest_ip: '10.128.0.207', 'flow.pkts_toserver': 14 }),
    event('b', Date.parse('2018-03-23T18:10:00.000Z'), { 'alert.signature_id': 2024216, src_ip: '10.47.8.151' }),
  ],
  partial: false,
  warnings: [],
};

function renderTable(respond: () => Promise<EventsResponse>) {
  const fake = createFakeEventsClient(respond);
  render(
    <EuiProvider>
      <RawEventsTable client={fake.client} params={params} timestampField="timestamp" keyFields={keyFields} />
    </EuiProvider>,
  );
  return fake;
}

describe('RawEventsTable', () => {
  it('asks for the drill-down’s own selection and shows progress until the events arrive', async () => {
    let resolve: (response: EventsResponse) => void = () => undefined;
    const { bodies } = renderTable(() => new Promise((done) => (resolve = done)));
    expect(screen.getByTestId('huntEdaRawEventsLoading')).toBeTruthy();
    expect(screen.getByTestId('huntEdaRawEvents').getAttribute('aria-busy')).toBe('true');
    expect(bodies).toEqual([
      {
        index: 'suricata-*',
        time_range: params.timeRange,
        timestamp_field: 'timestamp',
        filters: [
          { kind: 'terms', field: 'alert.signature_id', values: ['2024216'] },
          { kind: 'terms', field: 'src_ip.keyword', values: ['10.47.8.151'] },
        ],
        size: 20,
      },
    ]);
    resolve(answer);
    expect(await screen.findByTestId('huntEdaRawEventsTable')).toBeTruthy();
    expect(screen.queryByTestId('huntEdaRawEventsLoading')).toBeNull();
  });

  it('shows one row per event with its time and key fields, a multi-field read from its parent, a dash for a missing one', async () => {
    renderTable(async () => answer);
    const table = await screen.findByTestId('huntEdaRawEventsTable');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('td')].slice(1).map((cell) => cell.querySelector('.euiTableCellContent')?.textContent))).toEqual([
      ['2018-03-23T18:09:00.684Z', '2024216', '10.47.8.151', '10.128.0.207'],
      ['2018-03-23T18:10:00.000Z', '2024216', '10.47.8.151', '—'],
    ]);
    expect(screen.getByTestId('huntEdaRawEventsCount').textContent).toBe('All 2 events, oldest first.');
  });

  it('expands a row to the event’s every field as JSON, and folds it again', async () => {
    renderTable(async () => answer);
    const [first] = await screen.findAllByTestId('huntEdaRawEventToggle');
    expect(first.getAttribute('aria-label')).toBe('Show all fields of the event at 2018-03-23T18:09:00.684Z');
    fireEvent.click(first);
    const json = screen.getByTestId('huntEdaRawEventJson');
    expect(JSON.parse(json.textContent ?? '')).toEqual(answer.events[0]?.source);
    expect(first.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(first);
    expect(screen.queryByTestId('huntEdaRawEventJson')).toBeNull();
  });

  it('says when the total is only a lower bound, and shows the route’s warnings', async () => {
    renderTable(async () => ({
      ...answer,
      total: { value: 10_000, relation: 'gte' },
      partial: true,
      warnings: [{ code: 'partial', message: 'events: 1 of 2 shards failed, figures are partial' }],
    }));
    expect((await screen.findByTestId('huntEdaRawEventsCount')).textContent).toBe('The first 2 of more than 10,000 events, oldest first.');
    expect(screen.getByTestId('huntEdaRawEventsWarning-partial').textContent).toContain('1 of 2 shards failed');
  });

  it('shows an empty selection as such', async () => {
    renderTable(async () => ({ ...answer, total: { value: 0, relation: 'eq' }, events: [] }));
    expect(await screen.findByText('No events match this selection.')).toBeTruthy();
    expect(screen.queryByTestId('huntEdaRawEventsCount')).toBeNull();
  });

  it('shows the route’s error in its own callout', async () => {
    renderTable(async () => {
      throw new ApiError('no index matches [suricata-*]', { statusCode: 404, code: 'not_found' });
    });
    const callout = await screen.findByTestId('huntEdaRawEventsError');
    expect(callout.textContent).toContain('The raw events could not load');
    expect(callout.textContent).toContain('no index matches [suricata-*]');
    expect(screen.queryByTestId('huntEdaRawEventsTable')).toBeNull();
  });
});
