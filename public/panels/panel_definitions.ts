import { httpResidualTimelinePanel } from './http_residual_timeline/http_residual_timeline_panel';
import { otrBoxPlotsPanel } from './otr_box_plots/otr_box_plots_panel';
import { otrScatterPanel } from './otr_scatter/otr_scatter_panel';
import type { PanelDefinition } from './panel_definition';
import { signatureColumnsPanel } from './signature_columns/signature_columns_panel';

/** Every dashboard panel type, in the add-panel menu's order. */
export const PANEL_DEFINITIONS: readonly PanelDefinition[] = [otrScatterPanel, otrBoxPlotsPanel, signatureColumnsPanel, httpResidualTimelinePanel];
