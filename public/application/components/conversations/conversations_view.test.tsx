import '../../test_support/configure_testing_library';
import React from 'react';
import { render, screen } from '@testing-library/react';
import { EuiProvider } from '@elastic/eui';
import type { ConversationsResponse } from '../../../../common/api/conversations';
import type { HuntEdaApiClient } from '../../../services/api_client';
import type { QueryContext } from '../../lib/query_context';
import { CONVERSATIONS_RESPONSE } from '../../test_support/conversations_response';
import { ConversationsView } from './conversations_view';

// jsdom has no ResizeObserver; Elastic Charts constructs one on mount. Nothing here needs a resize.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const context: QueryContext = {
  index: 'alerts-*',
  timeRange: { from: '2018-04-26T00:00:00.000Z', to: '2018-05-06T00:00:00.000Z' },
  fieldMappingPreset: 'ecs',
  homeNetworks: ['10.0.0.0/8'],
};

const unused = async (): Promise<never> => {
  throw new Error('not used by this test');
};

describe('ConversationsView warnings', () => {
  it('shows each of the route\'s warnings once: the truncation and the recorded-direction disagreement', async () => {
    const response: ConversationsResponse = {
      ...CONVERSATIONS_RESPONSE,
      truncated: true,
      total_conversations: 10,
      warnings: [
        { code: 'truncated', message: 'showing the first 3 of 10 conversations (max_conversations); narrow the time range or query, or raise the maximum' },
        { code: 'direction_disagreement', message: 'network.direction disagrees with the home networks for 1 of 3 conversations it records a direction for' },
      ],
    };
    const client: HuntEdaApiClient = {
      conversations: async () => response,
      timeline: unused,
      rareValues: unused,
      distribution: unused,
      fields: unused,
      events: unused,
    };
    render(
      <EuiProvider>
        <ConversationsView client={client} context={context} />
      </EuiProvider>,
    );
    expect(await screen.findByTestId('huntEdaWarning-direction_disagreement')).toBeTruthy();
    expect(screen.getAllByTestId('huntEdaWarning-truncated')).toHaveLength(1);
    expect(screen.getByTestId('huntEdaWarning-truncated').textContent).toContain('showing the first 3 of 10 conversations');
  });
});
