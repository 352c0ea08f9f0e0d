/**
 * Stand-in for Kibana's `@kbn/react-kibana-context-render` (shared as
 * `__kbnSharedDeps__.KbnReactKibanaContextRender`) on pages without Kibana. Like Kibana's provider it puts
 * each React root inside an EuiProvider (Borealis theme, colour mode from `theme.theme$`); it leaves out
 * Kibana's i18n context, error boundary and analytics.
 */
import React, { useEffect, useState, type PropsWithChildren } from 'react';
import { EuiProvider } from '@elastic/eui';
import type { KibanaRenderContextProviderProps } from '@kbn/react-kibana-context-render';

export function KibanaRenderContextProvider({ theme, colorMode, children }: PropsWithChildren<KibanaRenderContextProviderProps>) {
  const [darkMode, setDarkMode] = useState(false);
  useEffect(() => {
    const subscription = theme.theme$.subscribe((next) => setDarkMode(next.darkMode));
    return () => subscription.unsubscribe();
  }, [theme]);
  return <EuiProvider colorMode={colorMode ?? (darkMode ? 'DARK' : 'LIGHT')}>{children}</EuiProvider>;
}
