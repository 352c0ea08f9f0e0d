import React from 'react';
import { PANEL_TYPES } from '../../../common/panels/panel_types';
import { TimelinePanel } from '../../application/components/http/timeline_panel';
import { useApiRequest } from '../../application/hooks/use_api_request';
import { buildTimelineRequest } from '../../application/lib/build_api_requests';
import { DEFAULT_HTTP_CONTROLS } from '../../application/lib/http_controls';
import { HUNT_EDA_ICONS } from '../../icons/hunt_eda_icons';
import type { PanelDefinition, PanelRenderProps } from '../panel_definition';

/** The HTTP timeline with its seasonal decomposition and ±n·σ residual outliers, as a dashboard panel. */
export const httpResidualTimelinePanel: PanelDefinition = {
  type: PANEL_TYPES.httpResidualTimeline,
  displayName: 'Hunt EDA: HTTP residual timeline',
  iconType: HUNT_EDA_ICONS.lineChartPanel,
  analysis: 'http',
  render: ({ client, context, settings, onSelect }) => <HttpResidualTimeline client={client} context={context} threshold={settings.threshold} onSelect={onSelect} />,
};

/** A click on an outlier bucket opens the app's HTTP view on that bucket. */
function HttpResidualTimeline({ client, context, threshold, onSelect }: Pick<PanelRenderProps, 'client' | 'context' | 'onSelect'> & { threshold?: number }) {
  const controls = { ...DEFAULT_HTTP_CONTROLS, ...(threshold !== undefined ? { threshold } : {}) };
  const state = useApiRequest(async (signal) => client.timeline(buildTimelineRequest(context, controls), signal), JSON.stringify([context, controls]));
  return <TimelinePanel state={state} controls={controls} onSelect={(selection) => selection.kind === 'bucket' && onSelect?.({ kind: 'bucket', bucketStart: selection.outlier.bucket_start })} />;
}
