import React from 'react';
import {
  EuiButton,
  EuiDescriptionList,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutHeader,
  EuiLink,
  EuiSpacer,
  EuiTitle,
  useGeneratedHtmlId,
} from '@elastic/eui';
import type { ConversationsResponse } from '../../../../common/api/conversations';
import type { Conversation } from '../../../../common/model/conversation';
import type { HuntEdaApiClient } from '../../../services/api_client';
import { formatDuration } from '../../../charts/format_duration';
import { buildConversationDiscoverParams, buildSignatureDiscoverParams } from '../../lib/build_discover_params';
import { getDirectionLabel } from '../../lib/direction_labels';
import { getFieldMapping, type DiscoverLinkParams, type QueryContext } from '../../lib/query_context';
import { translate } from '../../lib/translate';
import { RawEventsTable, type RawEventsKeyField } from '../events/raw_events_table';
import type { ConversationSelection } from './conversation_selection';

export interface ConversationFlyoutProps {
  /** Fetches the selection's first raw events. */
  readonly client: HuntEdaApiClient;
  readonly selection: ConversationSelection;
  readonly response: ConversationsResponse;
  readonly context: QueryContext;
  readonly onClose: () => void;
  readonly onSelect: (selection: ConversationSelection) => void;
  readonly onOpenInDiscover?: (params: DiscoverLinkParams) => void;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function conversationAt(response: ConversationsResponse, row: number): Conversation {
  const c = response.conversations;
  return {
    signatureId: c.signature_id[row],
    signature: c.signature_name[row],
    sourceIp: c.source_ip[row],
    destinationIp: c.destination_ip[row],
    firstSeen: c.first_seen[row],
    lastSeen: c.last_seen[row],
    otrSeconds: c.otr_seconds[row],
    observations: c.observations[row],
    direction: c.direction[row],
  };
}

function DiscoverButton({ params, onOpenInDiscover }: { params: DiscoverLinkParams; onOpenInDiscover?: (params: DiscoverLinkParams) => void }) {
  if (!onOpenInDiscover) return null;
  return (
    <EuiButton iconType="discoverApp" size="s" onClick={() => onOpenInDiscover(params)} data-test-subj="huntEdaOpenInDiscover">
      {translate('huntEda.flyout.discover', 'Open these events in Discover')}
    </EuiButton>
  );
}

/** The clicked conversation or the clicked signature's group: its facts, its first raw events and a link to them all. */
export function ConversationFlyout({ client, selection, response, context, onClose, onSelect, onOpenInDiscover }: ConversationFlyoutProps) {
  const titleId = useGeneratedHtmlId({ prefix: 'huntEdaFlyout' });
  const mapping = getFieldMapping(context);
  const keyFields: RawEventsKeyField[] = [
    { field: mapping.signature_id, name: translate('huntEda.flyout.signature', 'Signature') },
    { field: mapping.source, name: translate('huntEda.flyout.source', 'Source') },
    { field: mapping.destination, name: translate('huntEda.flyout.destination', 'Destination') },
  ];
  const rawEvents = (params: DiscoverLinkParams) => <RawEventsTable client={client} params={params} timestampField={mapping.timestamp} keyFields={keyFields} />;
  let title: string;
  let body: React.ReactNode;
  if (selection.kind === 'conversation') {
    const conversation = conversationAt(response, selection.row);
    const discover = buildConversationDiscoverParams(context, conversation);
    title = translate('huntEda.flyout.conversationTitle', 'Conversation {source} → {destination}', {
      source: conversation.sourceIp,
      destination: conversation.destinationIp,
    });
    body = (
      <>
        <EuiDescriptionList
          type="column"
          compressed
          listItems={[
            { title: translate('huntEda.flyout.signature', 'Signature'), description: `${conversation.signatureId} — ${conversation.signature}` },
            { title: translate('huntEda.flyout.direction', 'Direction'), description: getDirectionLabel(conversation.direction) },
            { title: translate('huntEda.flyout.observations', 'Observations'), description: String(conversation.observations) },
            { title: translate('huntEda.flyout.otr', 'OTR'), description: `${formatDuration(conversation.otrSeconds)} (${conversation.otrSeconds} s)` },
            { title: translate('huntEda.flyout.firstSeen', 'First seen'), description: iso(conversation.firstSeen) },
            { title: translate('huntEda.flyout.lastSeen', 'Last seen'), description: iso(conversation.lastSeen) },
          ]}
        />
        <EuiSpacer />
        {rawEvents(discover)}
        <EuiSpacer size="s" />
        <DiscoverButton params={discover} onOpenInDiscover={onOpenInDiscover} />
      </>
    );
  } else {
    const signature = response.summary.signatures.find((s) => s.signature_id === selection.signatureId);
    const rows = response.conversations.signature_id.flatMap((id, row) => (id === selection.signatureId ? [row] : []));
    const top = [...rows].sort((a, b) => response.conversations.observations[b] - response.conversations.observations[a]).slice(0, 10);
    const discover = buildSignatureDiscoverParams(context, selection.signatureId);
    title = translate('huntEda.flyout.signatureTitle', 'Signature {id}', { id: selection.signatureId });
    body = (
      <>
        <EuiDescriptionList
          type="column"
          compressed
          listItems={[
            { title: translate('huntEda.flyout.name', 'Name'), description: signature?.signature_name ?? '' },
            {
              title: translate('huntEda.flyout.conversations', 'Conversations'),
              description: signature ? `${signature.conversations} (${(signature.conversation_share * 100).toFixed(1)}%)` : String(rows.length),
            },
            { title: translate('huntEda.flyout.uniquePairs', 'Unique pairs'), description: String(signature?.unique_pairs ?? '') },
            { title: translate('huntEda.flyout.observations', 'Observations'), description: String(signature?.observations ?? '') },
            {
              title: translate('huntEda.flyout.medianOtr', 'Median OTR'),
              description: signature ? formatDuration(signature.otr_seconds.median) : '',
            },
          ]}
        />
        <EuiSpacer />
        <EuiTitle size="xxs">
          <h3>{translate('huntEda.flyout.topConversations', 'Its conversations with the most observations')}</h3>
        </EuiTitle>
        <ol>
          {top.map((row) => (
            <li key={row}>
              <EuiLink onClick={() => onSelect({ kind: 'conversation', row })} data-test-subj="huntEdaFlyoutConversationLink">
                {response.conversations.source_ip[row]} → {response.conversations.destination_ip[row]}
              </EuiLink>{' '}
              ({response.conversations.observations[row]})
            </li>
          ))}
        </ol>
        <EuiSpacer size="s" />
        {rawEvents(discover)}
        <EuiSpacer size="s" />
        <DiscoverButton params={discover} onOpenInDiscover={onOpenInDiscover} />
      </>
    );
  }
  return (
    <EuiFlyout onClose={onClose} size="m" aria-labelledby={titleId} data-test-subj="huntEdaConversationFlyout" ownFocus>
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="s">
          <h2 id={titleId}>{title}</h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>{body}</EuiFlyoutBody>
    </EuiFlyout>
  );
}
