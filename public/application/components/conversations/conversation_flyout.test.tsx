import '../../test_support/configure_testing_library';
import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { EuiProvider } from '@elastic/eui';
import type { EventsResponse } from '../../../../common/api/events';
import { ApiError } from '../../../services/api_client';
import { CONVERSATIONS_RESPONSE } from '../../test_support/conversations_response';
import { createFakeEventsClient } from '../../test_support/fake_api_client';
import type { QueryContext } from '../../lib/query_context';
import { ConversationFlyout } from './conversation_flyout';
import type { ConversationSelection } from './conversation_selection';

const context: QueryContext = {
  index: 'alerts-*',
  timeRange: { from: '2018-04-26T00:00:00Z', to: '2018-05-06T00:00:00Z' },
  fieldMappingPreset: 'suricata_eve',
  homeNetworks: ['10.0.0.0/8'],
};

const alert = {
  id: 'x1',
  index: 'alerts-2018',
  timestamp: Date.parse('2018-04-26T10:00:00Z'),
  source: { timestamp: '2018-04-26T10:00:00Z', 'alert.signature_id': 2024218, src_ip: '10.0.0.1', dest_ip: '10.0.0.9' },
};
const EVENTS: EventsResponse = { total: { value: 12, relation: 'eq' }, events: [alert], partial: false, warnings: [] };

function renderFlyout(selection: ConversationSelection, events: () => Promise<EventsResponse> = async () => EVENTS) {
  const onOpenInDiscover = jest.fn();
  const onSelect = jest.fn();
  const { client, bodies } = createFakeEventsClient(events);
  render(
    <EuiProvider>
      <ConversationFlyout
        client={client}
        selection={selection}
        response={CONVERSATIONS_RESPONSE}
        context={context}
        onClose={jest.fn()}
        onSelect={onSelect}
        onOpenInDiscover={onOpenInDiscover}
      />
    </EuiProvider>,
  );
  return { onOpenInDiscover, onSelect, bodies };
}

describe('ConversationFlyout', () => {
  it('shows the clicked conversation and hands its events to Discover', async () => {
    const { onOpenInDiscover } = renderFlyout({ kind: 'conversation', row: 0 });
    expect(screen.getByText('Conversation 10.0.0.1 → 10.0.0.9')).toBeTruthy();
    expect(screen.getByText('2 h (7200 s)')).toBeTruthy();
    fireEvent.click(screen.getByTestId('huntEdaOpenInDiscover'));
    expect(onOpenInDiscover).toHaveBeenCalledWith({
      index: 'alerts-*',
      timeRange: { from: '2018-04-26T10:00:00.000Z', to: '2018-04-26T12:00:00.001Z' },
      filters: [
        { kind: 'terms', field: 'alert.signature_id', values: ['2024218'] },
        { kind: 'terms', field: 'src_ip', values: ['10.0.0.1'] },
        { kind: 'terms', field: 'dest_ip', values: ['10.0.0.9'] },
      ],
    });
    await screen.findByTestId('huntEdaRawEventsTable');
  });

  it('shows the conversation’s first raw events: the same selection as its Discover link, on the mapping’s timestamp', async () => {
    const { bodies } = renderFlyout({ kind: 'conversation', row: 0 });
    expect((await screen.findByTestId('huntEdaRawEventsCount')).textContent).toBe('The first 1 of 12 events, oldest first.');
    expect(bodies).toEqual([
      {
        index: 'alerts-*',
        time_range: { from: '2018-04-26T10:00:00.000Z', to: '2018-04-26T12:00:00.001Z' },
        timestamp_field: 'timestamp',
        filters: [
          { kind: 'terms', field: 'alert.signature_id', values: ['2024218'] },
          { kind: 'terms', field: 'src_ip', values: ['10.0.0.1'] },
          { kind: 'terms', field: 'dest_ip', values: ['10.0.0.9'] },
        ],
        size: 20,
      },
    ]);
    expect(screen.getByTestId('huntEdaRawEventsTable').textContent).toContain('2018-04-26T10:00:00.000Z');
  });

  it('keeps the conversation’s facts and its Discover link when its raw events fail', async () => {
    renderFlyout({ kind: 'conversation', row: 0 }, async () => {
      throw new ApiError('Elasticsearch is unreachable: connect ECONNREFUSED', { statusCode: 503 });
    });
    expect((await screen.findByTestId('huntEdaRawEventsError')).textContent).toContain('Elasticsearch is unreachable');
    expect(screen.getByText('2 h (7200 s)')).toBeTruthy();
    expect(screen.getByTestId('huntEdaOpenInDiscover')).toBeTruthy();
  });

  it('for a signature lists its conversations, most observations first, and selects one on click', async () => {
    const { onSelect } = renderFlyout({ kind: 'signature', signatureId: '2024218' });
    const links = screen.getAllByTestId('huntEdaFlyoutConversationLink');
    expect(links.map((link) => link.textContent)).toEqual(['10.0.0.1 → 10.0.0.9', '10.0.0.2 → 8.8.8.8']);
    fireEvent.click(links[1]);
    expect(onSelect).toHaveBeenCalledWith({ kind: 'conversation', row: 1 });
    await screen.findByTestId('huntEdaRawEventsTable');
  });

  it('for a signature shows the first raw events of the whole signature in the panel’s time range', async () => {
    const { bodies } = renderFlyout({ kind: 'signature', signatureId: '2024218' });
    await screen.findByTestId('huntEdaRawEventsTable');
    expect(bodies).toEqual([
      { index: 'alerts-*', time_range: context.timeRange, timestamp_field: 'timestamp', filters: [{ kind: 'terms', field: 'alert.signature_id', values: ['2024218'] }], size: 20 },
    ]);
  });
});
