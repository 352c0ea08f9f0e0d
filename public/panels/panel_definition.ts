import type { ReactElement } from 'react';
import type { HuntEdaApiClient } from '../services/api_client';
import type { QueryContext } from '../application/lib/query_context';
import type { HuntEdaSelection } from '../locator/hunt_eda_selection';
import type { PanelSettings } from './panel_settings';

export interface PanelRenderProps {
  readonly client: HuntEdaApiClient;
  readonly context: QueryContext;
  readonly settings: PanelSettings;
  /** A mark was clicked: the host opens Hunt EDA with it selected (absent: the panel only draws). */
  readonly onSelect?: (selection: HuntEdaSelection) => void;
}

/** One dashboard panel type: its id and name, and what it draws for a query context. Host-independent. */
export interface PanelDefinition {
  readonly type: string;
  readonly displayName: string;
  readonly iconType: string;
  /** The app view a click drills down into. */
  readonly analysis: 'conversations' | 'http';
  readonly render: (props: PanelRenderProps) => ReactElement;
}
