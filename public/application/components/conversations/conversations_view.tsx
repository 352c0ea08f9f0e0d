import React, { useMemo, useState } from 'react';
import { EuiSpacer } from '@elastic/eui';
import { getConversationRows, type ConversationsResponse } from '../../../../common/api/conversations';
import type { HuntEdaSelection } from '../../../locator/hunt_eda_selection';
import type { HuntEdaApiClient } from '../../../services/api_client';
import { useConversations } from '../../hooks/use_conversations';
import { useSignatureColors } from '../../hooks/use_signature_colors';
import { resolveConversationSelection } from '../../lib/resolve_conversation_selection';
import type { DrillDownCallbacks, QueryContext } from '../../lib/query_context';
import { translate } from '../../lib/translate';
import { AnalysisPanel } from '../shared/analysis_panel';
import { ConversationFlyout } from './conversation_flyout';
import type { ConversationSelection } from './conversation_selection';
import { ConversationTable } from './conversation_table';
import { OtrScatter } from './otr_scatter';
import { SignatureCharts } from './signature_charts';
import { SummaryCards } from './summary_cards';

export interface ConversationsViewProps extends DrillDownCallbacks {
  readonly client: HuntEdaApiClient;
  readonly context: QueryContext;
  readonly onDownload?: (fileName: string, csv: string) => void;
  /** Opens with this conversation or signature selected, when the answer has it (a link from a panel). */
  readonly initialSelection?: HuntEdaSelection;
}

const isEmpty = (response: ConversationsResponse) => response.summary.conversations === 0;
// The route's warnings as they come: the server already words the truncation (shown, total, what to do)
// and the recorded-direction disagreement, so the view adds none of its own (it once repeated the truncation).
const warningsOf = (response: ConversationsResponse) => response.warnings;

function ConversationsContent({ client, response, context, onOpenInDiscover, onDownload, initialSelection }: { response: ConversationsResponse } & ConversationsViewProps) {
  const [selection, setSelection] = useState<ConversationSelection | null>(() => resolveConversationSelection(initialSelection, response.conversations));
  const rows = useMemo(() => getConversationRows(response.conversations).map((c, row) => ({ ...c, row })), [response.conversations]);
  const signatureColors = useSignatureColors(response.summary);
  const signatures = useMemo(
    () => response.summary.signatures.map((s) => ({ signatureId: s.signature_id, signature: s.signature_name })),
    [response.summary.signatures],
  );
  return (
    <>
      <SummaryCards summary={response.summary} />
      <EuiSpacer />
      <SignatureCharts response={response} onSelect={setSelection} />
      <EuiSpacer />
      <OtrScatter columns={response.conversations} signatureColors={signatureColors} onSelect={setSelection} />
      <EuiSpacer />
      <ConversationTable rows={rows} signatures={signatures} onOpen={(row) => setSelection({ kind: 'conversation', row })} onDownload={onDownload} />
      {selection ? (
        <ConversationFlyout
          client={client}
          selection={selection}
          response={response}
          context={context}
          onClose={() => setSelection(null)}
          onSelect={setSelection}
          onOpenInDiscover={onOpenInDiscover}
        />
      ) : null}
    </>
  );
}

/** The sid-conversation analysis: summary facts, per-signature charts, the log–log scatter and the table. */
export function ConversationsView({ client, context, ...rest }: ConversationsViewProps) {
  const state = useConversations(client, context);
  return (
    <AnalysisPanel
      title={translate('huntEda.conversations.title', 'IDS alert conversations')}
      state={state}
      isEmpty={isEmpty}
      warnings={warningsOf}
      emptyMessage={translate('huntEda.conversations.empty', 'No alerts in this index and time range.')}
      data-test-subj="huntEdaConversationsPanel"
    >
      {(response) => <ConversationsContent response={response} client={client} context={context} {...rest} />}
    </AnalysisPanel>
  );
}
