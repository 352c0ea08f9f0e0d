import { ICON_TYPES } from '@elastic/eui';
import { pickIconType } from './pick_icon_type';

/**
 * Icon names for each icon Hunt EDA draws whose name differs across the EUI releases it runs on, newest
 * name first: EUI 104 (Kibana 8.19) knows only the last of each pair, EUI 122 (the standalone page) only
 * the first or both. Names every release knows (`copy`, `download`, `export`, `inspect`…) are written inline.
 */
export const HUNT_EDA_ICON_CANDIDATES = {
  expandRow: ['chevronSingleRight', 'arrowRight'],
  collapseRow: ['chevronSingleDown', 'arrowDown'],
  barChartPanel: ['chartBarVertical', 'visBarVertical'],
  lineChartPanel: ['chartLine', 'visLine'],
  /* EUI has no scatter or box-plot icon in any release. */
  scatterPanel: ['dot'],
  boxPlotPanel: ['stats'],
} as const satisfies Record<string, readonly string[]>;

export type HuntEdaIcon = keyof typeof HUNT_EDA_ICON_CANDIDATES;

/** Each icon resolved against the EUI on the page (Kibana's shared EUI, or the standalone page's). */
export const HUNT_EDA_ICONS: Readonly<Record<HuntEdaIcon, string>> = Object.fromEntries(
  Object.entries(HUNT_EDA_ICON_CANDIDATES).map(([icon, candidates]) => [icon, pickIconType(candidates, ICON_TYPES)]),
) as Record<HuntEdaIcon, string>;
