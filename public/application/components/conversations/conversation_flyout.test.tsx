import '../../test_support/configure_testing_library';
import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { EuiProvider } from '@elastic/eui';
import { CONVERSATIONS_RESPONSE } from '../../test_support/conversations_response';
import type { QueryContext } from '../../lib/query_context';
import { ConversationFlyout } from './conversation_flyout';
import type { ConversationSelection } from './conversation_selection';

const context: QueryContext = {
  index: 'alerts-*',
  timeRange: { from: '2018-04-26T00:00:00Z', to: '2018-05-06T00:00:00Z' },
  fieldMappingPreset: 'suricata_eve',
  homeNetworks: ['10.0.0.0/8'],
};

function renderFlyout(selection: ConversationSelection) {
  const onOpenInDiscover = jest.fn();
  const onSelect = jest.fn();
  render(
    <EuiProvider>
      <ConversationFlyout selection={selection} response={CONVERSATIONS_RESPONSE} context={context} onClose={jest.fn()} onSelect={onSelect} onOpenInDiscover={onOpenInDiscover} />
    </EuiProvider>,
  );
  return { onOpenInDiscover, onSelect };
}

describe('ConversationFlyout', () => {
  it('shows the clicked conversation and hands its events to Discover', () => {
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
  });

  it('for a signature lists its conversations, most observations first, and selects one on click', () => {
    const { onSelect } = renderFlyout({ kind: 'signature', signatureId: '2024218' });
    const links = screen.getAllByTestId('huntEdaFlyoutConversationLink');
    expect(links.map((link) => link.textContent)).toEqual(['10.0.0.1 → 10.0.0.9', '10.0.0.2 → 8.8.8.8']);
    fireEvent.click(links[1]);
    expect(onSelect).toHaveBeenCalledWith({ kind: 'conversation', row: 1 });
  });
});
