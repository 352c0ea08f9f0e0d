import React, { useEffect, useRef, useState } from 'react';
import { EuiPageTemplate, EuiSpacer, EuiTab, EuiTabs } from '@elastic/eui';
import { PLUGIN_NAME } from '../../common/constants';
import type { HuntEdaView } from '../../common/saved_views/hunt_eda_view';
import type { HuntEdaLocatorParams } from '../locator/hunt_eda_url_state';
import type { SavedViewsAccess } from '../saved_views/get_saved_views_access';
import type { SavedViewsClient } from '../saved_views/saved_views_client';
import type { HuntEdaApiClient } from '../services/api_client';
import { ConversationsView } from './components/conversations/conversations_view';
import { HttpView } from './components/http/http_view';
import { SavedViewsBar } from './components/saved_views/saved_views_bar';
import { SharedControls } from './components/shared/shared_controls';
import { computeCurrentParams } from './lib/compute_current_params';
import { DEFAULT_HTTP_CONTROLS, type HttpControls } from './lib/http_controls';
import type { DrillDownCallbacks, QueryContext } from './lib/query_context';
import { translate } from './lib/translate';

export type HuntEdaViewId = 'conversations' | 'http';

/** No store (only Share is shown then, so nothing calls it). */
const NO_SAVED_VIEWS: SavedViewsClient = {
  find: async () => ({ total: 0, views: [] }),
  open: async () => Promise.reject(new Error('saved views are not available here')),
  create: async () => Promise.reject(new Error('saved views are not available here')),
  save: async () => Promise.reject(new Error('saved views are not available here')),
  remove: async () => Promise.reject(new Error('saved views are not available here')),
};

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
  /** The link the app was opened with (resolved by the host); its selection opens a flyout. */
  readonly initialParams?: HuntEdaLocatorParams;
  /** Told the link to what the app shows after every change (the host keeps it in the address bar). */
  readonly onParamsChange?: (params: HuntEdaLocatorParams) => void;
  /** The link as an address to share. */
  readonly getShareUrl?: (params: HuntEdaLocatorParams) => string;
  /** Saved views: the top bar with Open/Save/Save as/Delete (as `access` allows) and Share. */
  readonly savedViews?: {
    readonly client: SavedViewsClient;
    readonly access: SavedViewsAccess;
    readonly openedView?: HuntEdaView;
    /** The host opens a saved view by id (reads it, remounts the app on it). */
    readonly onOpenView: (id: string) => void;
  };
}

/**
 * The Hunt EDA app: shared controls over two views. Host-independent: it talks to the server only through
 * the injected client and leaves drill-down to the host's callbacks, so Kibana and the standalone page
 * mount the same component.
 */
export function HuntEdaApp({
  client,
  initialContext,
  initialView,
  initialHttpControls,
  onContextChange,
  onDownload,
  onOpenInDiscover,
  initialParams,
  onParamsChange,
  getShareUrl,
  savedViews,
}: HuntEdaAppProps) {
  const [context, setContext] = useState<QueryContext>(initialContext);
  const [view, setView] = useState<HuntEdaViewId>(initialView ?? 'conversations');
  const [httpControls, setHttpControls] = useState<HttpControls>(initialHttpControls ?? DEFAULT_HTTP_CONTROLS);
  const [savedViewId, setSavedViewId] = useState<string | undefined>(initialParams?.savedViewId);
  // A link's selection opens its flyout once; switching tabs or applying new controls forgets it.
  const [openingSelection, setOpeningSelection] = useState(initialParams?.selection);
  const currentParams = (): HuntEdaLocatorParams => {
    const { savedViewId: _opened, ...base } = initialParams ?? {};
    return computeCurrentParams({
      baseParams: { ...(savedViewId ? { savedViewId } : {}), ...base },
      baseContext: initialContext,
      baseHttpControls: initialHttpControls ?? DEFAULT_HTTP_CONTROLS,
      context,
      analysis: view,
      httpControls,
    });
  };
  // The link follows every change after mount (the opening link is already in the address bar).
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current) onParamsChange?.(currentParams());
    mounted.current = true;
  }, [context, view, httpControls, savedViewId]);
  const shareUrl = () => (getShareUrl ? getShareUrl(currentParams()) : window.location.href);
  const tabs: { id: HuntEdaViewId; label: string }[] = [
    { id: 'conversations', label: translate('huntEda.app.conversationsTab', 'Alert conversations') },
    { id: 'http', label: translate('huntEda.app.httpTab', 'HTTP outliers') },
  ];
  return (
    <EuiPageTemplate data-test-subj="huntEdaApp" restrictWidth={false} panelled={false}>
      <EuiPageTemplate.Header pageTitle={PLUGIN_NAME} description={translate('huntEda.app.intro', 'Exploratory data analysis for threat hunters.')} />
      <EuiPageTemplate.Section>
        {savedViews || getShareUrl ? (
          <>
            <SavedViewsBar
              client={savedViews?.client ?? NO_SAVED_VIEWS}
              access={savedViews?.access ?? { canOpen: false, canSave: false }}
              openedView={savedViews?.openedView}
              getCurrentParams={currentParams}
              getShareUrl={shareUrl}
              onOpenView={(id) => savedViews?.onOpenView(id)}
              onOpenedViewChange={(opened) => setSavedViewId(opened?.id)}
            />
            <EuiSpacer size="m" />
          </>
        ) : null}
        <SharedControls
          context={context}
          onApply={(next) => {
            setOpeningSelection(undefined);
            setContext(next);
            onContextChange?.(next);
          }}
        />
        <EuiSpacer />
        <EuiTabs aria-label={translate('huntEda.app.views', 'Analyses')}>
          {tabs.map((tab) => (
            <EuiTab key={tab.id} isSelected={view === tab.id} onClick={() => {
                setOpeningSelection(undefined);
                setView(tab.id);
              }} data-test-subj={`huntEdaTab-${tab.id}`}>
              {tab.label}
            </EuiTab>
          ))}
        </EuiTabs>
        <EuiSpacer />
        {view === 'conversations' ? (
          <ConversationsView client={client} context={context} onOpenInDiscover={onOpenInDiscover} onDownload={onDownload} initialSelection={openingSelection} />
        ) : (
          <HttpView
            client={client}
            context={context}
            initialControls={httpControls}
            onControlsChange={setHttpControls}
            initialSelection={openingSelection}
            onOpenInDiscover={onOpenInDiscover}
          />
        )}
      </EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
}
