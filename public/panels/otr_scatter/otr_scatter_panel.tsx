import React from 'react';
import type { ConversationsResponse } from '../../../common/api/conversations';
import { PANEL_TYPES } from '../../../common/panels/panel_types';
import { OtrScatter } from '../../application/components/conversations/otr_scatter';
import { AnalysisPanel } from '../../application/components/shared/analysis_panel';
import { useConversations } from '../../application/hooks/use_conversations';
import { useSignatureColors } from '../../application/hooks/use_signature_colors';
import { toConversationLinkSelection } from '../../application/lib/resolve_conversation_selection';
import { HUNT_EDA_ICONS } from '../../icons/hunt_eda_icons';
import type { PanelDefinition, PanelRenderProps } from '../panel_definition';

/** The faceted observations × OTR scatter of sid-conversations, as a dashboard panel. */
export const otrScatterPanel: PanelDefinition = {
  type: PANEL_TYPES.otrScatter,
  displayName: 'Hunt EDA: observations × OTR scatter',
  iconType: HUNT_EDA_ICONS.scatterPanel,
  analysis: 'conversations',
  render: ({ client, context, onSelect }) => <OtrScatterPanel client={client} context={context} onSelect={onSelect} />,
};

/** A click on a point opens the app on that conversation (its flyout and drill-downs live there). */
function OtrScatterPanel({ client, context, onSelect }: Pick<PanelRenderProps, 'client' | 'context' | 'onSelect'>) {
  const state = useConversations(client, context);
  return (
    <AnalysisPanel title={otrScatterPanel.displayName} state={state} isEmpty={(r) => r.summary.conversations === 0} warnings={(r) => r.warnings} emptyMessage="No alerts in this data view and time range.">
      {(response) => <OtrScatterOfResponse response={response} onSelect={onSelect} />}
    </AnalysisPanel>
  );
}

/** The scatter of one answer, in the signature colours the columns and box plots of that answer use. */
function OtrScatterOfResponse({ response, onSelect }: { response: ConversationsResponse } & Pick<PanelRenderProps, 'onSelect'>) {
  const signatureColors = useSignatureColors(response.summary);
  return (
    <OtrScatter
      columns={response.conversations}
      signatureColors={signatureColors}
      onSelect={(selection) => {
        const link = toConversationLinkSelection(selection, response.conversations);
        if (link) onSelect?.(link);
      }}
    />
  );
}
