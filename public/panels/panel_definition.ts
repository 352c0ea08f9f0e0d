import type { ReactElement } from 'react';
import type { HuntEdaApiClient } from '../services/api_client';
import type { QueryContext } from '../application/lib/query_context';
import type { PanelSettings } from './panel_settings';

/** One dashboard panel type: its id and name, and what it draws for a query context. Host-independent. */
export interface PanelDefinition {
  readonly type: string;
  readonly displayName: string;
  readonly iconType: string;
  readonly render: (props: { client: HuntEdaApiClient; context: QueryContext; settings: PanelSettings }) => ReactElement;
}
