import React, { useState } from 'react';
import { EuiPageTemplate, EuiSpacer, EuiTab, EuiTabs } from '@elastic/eui';
import { PLUGIN_NAME } from '../../common/constants';
import type { HuntEdaApiClient } from '../services/api_client';
import { ConversationsView } from './components/conversations/conversations_view';
import { HttpView } from './components/http/http_view';
import { SharedControls } from './components/shared/shared_controls';
import type { HttpControls } from './lib/http_controls';
import type { DrillDownCallbacks, QueryContext } from './lib/query_context';
import { translate } from './lib/translate';

export type HuntEdaViewId = 'conversations' | 'http';

export interface HuntEdaAppProps extends DrillDownCallbacks {
  readonly client: HuntEdaApiClient;
  /** Where to start; the shared controls change it. */
  readonly initialContext: QueryContext;
  readonly initialView?: HuntEdaViewId;
  readonly initialHttpControls?: HttpControls;
  /** Told when the user applies new shared controls (a host can sync its URL or time filter). */
  readonly onContextChange?: (context: QueryContext) => void;
  /** Saves exported files; the browser download by default. */
  readonly onDownload?: (fileName: string, content: string) => void;
}

/**
 * The Hunt EDA app: shared controls over two views. Host-independent: it talks to the server only through
 * the injected client and leaves drill-down to the host's callbacks, so Kibana and the standalone page
 * mount the same component.
 */
export function HuntEdaApp({ client, initialContext, initialView, initialHttpControls, onContextChange, onDownload, onOpenInDiscover }: HuntEdaAppProps) {
  const [context, setContext] = useState<QueryContext>(initialContext);
  const [view, setView] = useState<HuntEdaViewId>(initialView ?? 'conversations');
  const tabs: { id: HuntEdaViewId; label: string }[] = [
    { id: 'conversations', label: translate('huntEda.app.conversationsTab', 'Alert conversations') },
    { id: 'http', label: translate('huntEda.app.httpTab', 'HTTP outliers') },
  ];
  return (
    <EuiPageTemplate data-test-subj="huntEdaApp" restrictWidth={false} panelled={false}>
      <EuiPageTemplate.Header pageTitle={PLUGIN_NAME} description={translate('huntEda.app.intro', 'Exploratory data analysis for threat hunters.')} />
      <EuiPageTemplate.Section>
        <SharedControls
          context={context}
          onApply={(next) => {
            setContext(next);
            onContextChange?.(next);
          }}
        />
        <EuiSpacer />
        <EuiTabs aria-label={translate('huntEda.app.views', 'Analyses')}>
          {tabs.map((tab) => (
            <EuiTab key={tab.id} isSelected={view === tab.id} onClick={() => setView(tab.id)} data-test-subj={`huntEdaTab-${tab.id}`}>
              {tab.label}
            </EuiTab>
          ))}
        </EuiTabs>
        <EuiSpacer />
        {view === 'conversations' ? (
          <ConversationsView client={client} context={context} onOpenInDiscover={onOpenInDiscover} onDownload={onDownload} />
        ) : (
          <HttpView client={client} context={context} initialControls={initialHttpControls} onOpenInDiscover={onOpenInDiscover} />
        )}
      </EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
}
