import React from 'react';
import { PANEL_TYPES } from '../../../common/panels/panel_types';
import { OtrScatter } from '../../application/components/conversations/otr_scatter';
import { AnalysisPanel } from '../../application/components/shared/analysis_panel';
import { useApiRequest } from '../../application/hooks/use_api_request';
import { buildConversationsRequest } from '../../application/lib/build_api_requests';
import type { PanelDefinition } from '../panel_definition';

/** The faceted OTR × duration scatter of sid-conversations, as a dashboard panel. */
export const otrScatterPanel: PanelDefinition = {
  type: PANEL_TYPES.otrScatter,
  displayName: 'Hunt EDA: conversation OTR × duration',
  iconType: 'visDotPlot',
  render: ({ client, context }) => <OtrScatterPanel client={client} context={context} />,
};

/** Panels draw only; the flyout and drill-downs live in the app (open the view there to inspect a point). */
const ignoreSelection = (): void => undefined;

function OtrScatterPanel({ client, context }: Pick<Parameters<PanelDefinition['render']>[0], 'client' | 'context'>) {
  const state = useApiRequest(async (signal) => client.conversations(buildConversationsRequest(context), signal), JSON.stringify(context));
  return (
    <AnalysisPanel title={otrScatterPanel.displayName} state={state} isEmpty={(r) => r.summary.conversations === 0} warnings={(r) => r.warnings} emptyMessage="No alerts in this data view and time range.">
      {(response) => <OtrScatter columns={response.conversations} onSelect={ignoreSelection} />}
    </AnalysisPanel>
  );
}
