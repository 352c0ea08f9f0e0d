import React from 'react';
import { PANEL_TYPES } from '../../../common/panels/panel_types';
import { SignatureChartsPanel } from '../signature_columns/signature_columns_panel';
import { HUNT_EDA_ICONS } from '../../icons/hunt_eda_icons';
import type { PanelDefinition } from '../panel_definition';

/** OTR box plots per signature (drawn with the columns above them: see signature_columns_panel.tsx). */
export const otrBoxPlotsPanel: PanelDefinition = {
  type: PANEL_TYPES.otrBoxPlots,
  displayName: 'Hunt EDA: OTR box plots per signature',
  iconType: HUNT_EDA_ICONS.boxPlotPanel,
  analysis: 'conversations',
  render: ({ client, context, onSelect }) => <SignatureChartsPanel title={otrBoxPlotsPanel.displayName} client={client} context={context} onSelect={onSelect} />,
};
