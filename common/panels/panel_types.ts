import { PLUGIN_ID } from '../constants';

/** Dashboard panel (embeddable) types; stored in dashboards, so never rename one. */
export const PANEL_TYPES = {
  otrScatter: `${PLUGIN_ID}_otr_scatter`,
  otrBoxPlots: `${PLUGIN_ID}_otr_box_plots`,
  signatureColumns: `${PLUGIN_ID}_signature_columns`,
  httpResidualTimeline: `${PLUGIN_ID}_http_residual_timeline`,
} as const;

export type PanelType = (typeof PANEL_TYPES)[keyof typeof PANEL_TYPES];
