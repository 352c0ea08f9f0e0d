import React, { useEffect, useMemo, useState } from 'react';
import { EuiFlexGroup, EuiFlexItem, EuiPanel, EuiSpacer } from '@elastic/eui';
import type { HuntEdaSelection } from '../../../locator/hunt_eda_selection';
import type { HuntEdaApiClient } from '../../../services/api_client';
import { useApiRequest } from '../../hooks/use_api_request';
import { buildBytesOutDistributionRequest, buildRareMethodsRequest, buildTimelineRequest } from '../../lib/build_api_requests';
import { DEFAULT_HTTP_CONTROLS, type HttpControls } from '../../lib/http_controls';
import type { DrillDownCallbacks, QueryContext } from '../../lib/query_context';
import { HttpControlsBar } from './http_controls_bar';
import { HttpFlyout } from './http_flyout';
import type { HttpSelection } from './http_selection';
import { MethodBoxPlotPanel } from './method_box_plot_panel';
import { RareMethodsPanel } from './rare_methods_panel';
import { TimelinePanel } from './timeline_panel';

export interface HttpViewProps extends DrillDownCallbacks {
  readonly client: HuntEdaApiClient;
  readonly context: QueryContext;
  readonly initialControls?: HttpControls;
  /** Told when the user changes the HTTP controls (the app keeps them in its link). */
  readonly onControlsChange?: (controls: HttpControls) => void;
  /** Opens with this bucket's flyout, when the timeline scores it as an outlier (a link from a panel). */
  readonly initialSelection?: HuntEdaSelection;
}

/** HTTP analysis: rare methods, bytes out per method, and the seasonal timeline with residual outliers. */
export function HttpView({ client, context, initialControls, onControlsChange, initialSelection, onOpenInDiscover }: HttpViewProps) {
  const [controls, setControlsState] = useState<HttpControls>(initialControls ?? DEFAULT_HTTP_CONTROLS);
  const setControls = (next: HttpControls) => {
    setControlsState(next);
    onControlsChange?.(next);
  };
  const [selection, setSelection] = useState<HttpSelection | null>(null);
  const [pendingBucket, setPendingBucket] = useState(initialSelection?.kind === 'bucket' ? initialSelection.bucketStart : null);
  const contextKey = JSON.stringify(context);
  // Three independent requests: one failing never blanks the others.
  const rare = useApiRequest(async (signal) => client.rareValues(buildRareMethodsRequest(context, 20), signal), contextKey);
  const distribution = useApiRequest(async (signal) => client.distribution(buildBytesOutDistributionRequest(context), signal), contextKey);
  // Gaps are applied in the view, so switching them does not re-query.
  const timelineKey = JSON.stringify([context, { ...controls, gaps: null }]);
  const timeline = useApiRequest(async (signal) => client.timeline(buildTimelineRequest(context, controls), signal), timelineKey);
  useEffect(() => {
    if (pendingBucket === null || timeline.status !== 'success') return;
    const outlier = timeline.data.outliers.find((o) => o.bucket_start === pendingBucket);
    if (outlier) setSelection({ kind: 'bucket', outlier });
    setPendingBucket(null);
  }, [pendingBucket, timeline]);
  const knownMethods = useMemo(() => {
    const fromRare = rare.status === 'success' ? rare.data.values.map((v) => v.value) : [];
    const fromBoxes = distribution.status === 'success' ? distribution.data.categories.map((c) => c.category) : [];
    return [...new Set([...fromBoxes, ...fromRare])].sort();
  }, [rare, distribution]);
  return (
    <>
      <EuiFlexGroup gutterSize="m" wrap>
        <EuiFlexItem grow={1} style={{ minWidth: 280 }}>
          <RareMethodsPanel state={rare} />
        </EuiFlexItem>
        <EuiFlexItem grow={2} style={{ minWidth: 420 }}>
          <MethodBoxPlotPanel state={distribution} onSelect={setSelection} />
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer />
      <EuiPanel hasBorder paddingSize="s">
        <HttpControlsBar controls={controls} onChange={setControls} knownMethods={knownMethods} />
      </EuiPanel>
      <EuiSpacer size="s" />
      <TimelinePanel state={timeline} controls={controls} onSelect={setSelection} />
      {selection ? (
        <HttpFlyout client={client} selection={selection} context={context} controls={controls} onClose={() => setSelection(null)} onOpenInDiscover={onOpenInDiscover} />
      ) : null}
    </>
  );
}
