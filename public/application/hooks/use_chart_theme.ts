import { DARK_THEME, LIGHT_THEME, type Theme } from '@elastic/charts';
import { useEuiTheme } from '@elastic/eui';

/** Elastic Charts' base theme matching EUI's colour mode (Kibana's charts plugin does the same). */
export function useChartTheme(): Theme {
  const { colorMode } = useEuiTheme();
  return colorMode === 'DARK' ? DARK_THEME : LIGHT_THEME;
}
