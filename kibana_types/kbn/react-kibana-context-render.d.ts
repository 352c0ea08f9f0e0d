/**
 * `@kbn/react-kibana-context-render`: a Kibana shared browser dependency
 * (`__kbnSharedDeps__.KbnReactKibanaContextRender`, in 8.18+ and 9.x). Declared from
 * src/platform/packages/shared/react/kibana_context/render/render_provider.tsx: it wraps the EUI provider,
 * i18n and an error boundary around each separately rendered React tree.
 */
import type { FC, PropsWithChildren } from 'react';
import type { AnalyticsServiceStart, ExecutionContextStart, I18nStart, ThemeServiceStart, UserProfileService } from '@kbn/core/public';

export interface KibanaRenderContextProviderProps {
  analytics?: AnalyticsServiceStart;
  executionContext?: ExecutionContextStart;
  i18n: I18nStart;
  theme: Pick<ThemeServiceStart, 'theme$'>;
  userProfile?: UserProfileService;
  colorMode?: 'LIGHT' | 'DARK';
}
export declare const KibanaRenderContextProvider: FC<PropsWithChildren<KibanaRenderContextProviderProps>>;
