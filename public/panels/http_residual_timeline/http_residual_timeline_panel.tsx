import React from 'react';
import { PANEL_TYPES } from '../../../common/panels/panel_types';
import { TimelinePanel } from '../../application/components/http/timeline_panel';
import { useApiRequest } from '../../application/hooks/use_api_request';
import { buildTimelineRequest } from '../../application/lib/build_api_requests';
import { DEFAULT_HTTP_CONTROLS } from '../../application/lib/http_controls';
import type { PanelDefinition } from '../panel_definition';

/** The HTTP timeline with its seasonal decomposition and ±n·σ residual outliers, as a dashboard panel. */
export const httpResidualTimelinePanel: PanelDefinition = {
  type: PANEL_TYPES.httpResidualTimeline,
  displayName: 'Hunt EDA: HTTP residual timeline',
  iconType: 'visLine',
  render: ({ client, context, settings }) => <HttpResidualTimeline client={client} context={context} threshold={settings.threshold} />,
};

const ignoreSelection = (): void => undefined;

function HttpResidualTimeline({ client, context, threshold }: Pick<Parameters<PanelDefinition['render']>[0], 'client' | 'context'> & { threshold?: number }) {
  const controls = { ...DEFAULT_HTTP_CONTROLS, ...(threshold !== undefined ? { threshold } : {}) };
  const state = useApiRequest(async (signal) => client.timeline(buildTimelineRequest(context, controls), signal), JSON.stringify([context, controls]));
  return <TimelinePanel state={state} controls={controls} onSelect={ignoreSelection} />;
}
