/**
 * Which Kibana releases the build supports, and the contract of each: the `__kbnSharedDeps__` externals list.
 *
 * Lists transcribed from Kibana's kbn-ui-shared-deps-src `definitions.js`:
 * - 8.19: packages/kbn-ui-shared-deps-src/src/definitions.js on the 8.x line, plus the
 *   `@kbn/react-kibana-context-*` entries backported to 8.x in elastic/kibana#205259 (8.18+).
 * - 9.x: src/platform/packages/private/kbn-ui-shared-deps-src/src/definitions.js. `@kbn/react-kibana-mount`
 *   was added in April 2025 (elastic/kibana#218644), so 9.0 lacks it; we support 9.1 and later.
 * Only names in the target's list may be externals: anything else must be bundled or not imported.
 */

export interface KibanaTarget {
  /** Exact version, as kibana.json's `kibanaVersion` (Kibana requires an exact match, patch included). */
  version: string;
  /** Which contract line the version belongs to. */
  line: '8.19' | '9.x';
  /** Module request → global expression inside the page, for webpack `externals`. */
  sharedDeps: Readonly<Record<string, string>>;
}

const COMMON: Record<string, string> = {
  '@kbn/ui-theme': 'KbnUiTheme',
  '@kbn/i18n': 'KbnI18n',
  '@kbn/i18n-react': 'KbnI18nReact',
  '@emotion/cache': 'EmotionCache',
  '@emotion/react': 'EmotionReact',
  jquery: 'Jquery',
  moment: 'Moment',
  'moment-timezone': 'MomentTimezone',
  react: 'React',
  'react-dom': 'ReactDom',
  'react-dom/server': 'ReactDomServer',
  'react-router': 'ReactRouter',
  'react-router-dom': 'ReactRouterDom',
  'react-router-dom-v5-compat': 'ReactRouterDomV5Compat',
  'styled-components': 'StyledComponents',
  '@kbn/monaco': 'KbnMonaco',
  'monaco-editor/esm/vs/editor/editor.api': 'MonacoBarePluginApi',
  'io-ts': 'IoTs',
  '@reduxjs/toolkit': 'ReduxjsToolkit',
  'react-redux': 'ReactRedux',
  redux: 'Redux',
  immer: 'Immer',
  reselect: 'Reselect',
  'fastest-levenshtein': 'FastestLevenshtein',
  rxjs: 'Rxjs',
  numeral: 'ElasticNumeral',
  '@elastic/numeral': 'ElasticNumeral',
  '@elastic/charts': 'ElasticCharts',
  '@kbn/datemath': 'KbnDatemath',
  '@elastic/eui': 'ElasticEui',
  '@elastic/eui/lib/components/provider/nested': 'ElasticEuiLibComponentsUseIsNestedEuiProvider',
  '@elastic/eui-theme-borealis': 'ElasticEuiThemeBorealis',
  '@hello-pangea/dnd': 'HelloPangeaDnd',
  lodash: 'Lodash',
  'lodash/fp': 'LodashFp',
  tslib: 'TsLib',
  uuid: 'Uuid',
  '@kbn/analytics': 'KbnAnalytics',
  '@kbn/crypto-browser': 'KbnCryptoBrowser',
  '@kbn/es-query': 'KbnEsQuery',
  '@kbn/search-errors': 'KbnSearchErrors',
  '@kbn/std': 'KbnStd',
  '@kbn/safer-lodash-set': 'SaferLodashSet',
  '@kbn/shared-ux-error-boundary': 'KbnSharedUxErrorBoundary',
  '@kbn/rison': 'KbnRison',
  history: 'History',
  classnames: 'Classnames',
  '@tanstack/react-query': 'ReactQuery',
  '@tanstack/react-query-devtools': 'ReactQueryDevtools',
  '@kbn/code-editor': 'KbnCodeEditor',
  '@kbn/esql-ast': 'KbnEsqlAst',
  '@kbn/ebt-tools': 'KbnEbtTools',
  '@elastic/apm-rum-core': 'ElasticApmRumCore',
  '@kbn/react-kibana-context-common': 'KbnReactKibanaContextCommon',
  '@kbn/react-kibana-context-root': 'KbnReactKibanaContextRoot',
  '@kbn/react-kibana-context-render': 'KbnReactKibanaContextRender',
  '@kbn/react-kibana-context-theme': 'KbnReactKibanaContextTheme',
};

const ONLY_8_19: Record<string, string> = {
  fflate: 'Fflate',
};

const REACT_USE_HOOKS = [
  'useAsync',
  'useAsyncFn',
  'useDebounce',
  'useDeepCompareEffect',
  'useEffectOnce',
  'useEvent',
  'useLatest',
  'useList',
  'useLocalStorage',
  'useMount',
  'useMountedState',
  'usePrevious',
  'useSessionStorage',
  'useTimeoutFn',
  'useToggle',
  'useUnmount',
  'useUpdateEffect',
];

const ONLY_9: Record<string, string> = {
  'react-use': 'ReactUse',
  ...Object.fromEntries(REACT_USE_HOOKS.map((hook) => [`react-use/lib/${hook}`, `ReactUse.${hook}`])),
  'fp-ts/Option': 'FpTs.option',
  'fp-ts/pipeable': 'FpTs.pipeable',
  'fp-ts/TaskEither': 'FpTs.taskEither',
  'fp-ts/Either': 'FpTs.either',
  'fp-ts/function': 'FpTs.function',
  'fp-ts/Task': 'FpTs.task',
  'fp-ts/Set': 'FpTs.set',
  'fp-ts/Ord': 'FpTs.ord',
  'fp-ts/Array': 'FpTs.array',
  'io-ts/lib/Reporter': 'IoTsReporter',
  'io-ts/lib/PathReporter': 'IoTsPathReporter',
  'io-ts/lib/ThrowReporter': 'IoTsThrowReporter',
  'chroma-js': 'ChromaJs',
  '@elastic/eui/lib/services/theme/warning': 'ElasticEuiLibServicesThemeWarning',
  '@kbn/shared-ux-router': 'KbnSharedUxRouter',
  '@kbn/react-kibana-mount': 'KbnReactKibanaMount',
};

function toGlobals(names: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(names).map(([request, name]) => [request, `__kbnSharedDeps__.${name}`]));
}

/** The two releases the conformance tests build and check. */
export const TESTED_KIBANA_VERSIONS = ['8.19.21', '9.2.3'] as const;

/**
 * Resolves a Kibana version string to its target contract.
 * Throws for anything that is not an exact `X.Y.Z` of a supported line (8.19.x, 9.1+).
 */
export function getKibanaTarget(version: string): KibanaTarget {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match) {
    throw new Error(`--kibana-version must be an exact release such as 8.19.21 or 9.2.3, got "${version}"`);
  }
  const [major, minor] = [Number(match[1]), Number(match[2])];
  if (major === 8 && minor === 19) {
    return { version, line: '8.19', sharedDeps: toGlobals({ ...COMMON, ...ONLY_8_19 }) };
  }
  if (major === 9 && minor >= 1) {
    return { version, line: '9.x', sharedDeps: toGlobals({ ...COMMON, ...ONLY_9 }) };
  }
  throw new Error(`--kibana-version ${version} is not supported: Hunt EDA builds for Kibana 8.19.x and 9.1 or later`);
}
