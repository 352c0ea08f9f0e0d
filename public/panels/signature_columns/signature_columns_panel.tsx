import React from 'react';
import { PANEL_TYPES } from '../../../common/panels/panel_types';
import { SignatureCharts } from '../../application/components/conversations/signature_charts';
import { AnalysisPanel } from '../../application/components/shared/analysis_panel';
import { useConversations } from '../../application/hooks/use_conversations';
import { toConversationLinkSelection } from '../../application/lib/resolve_conversation_selection';
import { HUNT_EDA_ICONS } from '../../icons/hunt_eda_icons';
import type { PanelDefinition, PanelRenderProps } from '../panel_definition';

/**
 * Conversations per signature. Drawn with the app's SignatureCharts, which shows the columns above the OTR box
 * plots on one category order (the two are not yet separable components).
 */
export const signatureColumnsPanel: PanelDefinition = {
  type: PANEL_TYPES.signatureColumns,
  displayName: 'Hunt EDA: conversations per signature',
  iconType: HUNT_EDA_ICONS.barChartPanel,
  analysis: 'conversations',
  render: ({ client, context, onSelect }) => <SignatureChartsPanel title={signatureColumnsPanel.displayName} client={client} context={context} onSelect={onSelect} />,
};

/** A click on a column opens the app on that signature; on a box plot's outlier, on that conversation. */
export function SignatureChartsPanel({ title, client, context, onSelect }: { title: string } & Pick<PanelRenderProps, 'client' | 'context' | 'onSelect'>) {
  const state = useConversations(client, context);
  return (
    <AnalysisPanel title={title} state={state} isEmpty={(r) => r.summary.conversations === 0} warnings={(r) => r.warnings} emptyMessage="No alerts in this data view and time range.">
      {(response) => (
        <SignatureCharts
          response={response}
          onSelect={(selection) => {
            const link = toConversationLinkSelection(selection, response.conversations);
            if (link) onSelect?.(link);
          }}
        />
      )}
    </AnalysisPanel>
  );
}
