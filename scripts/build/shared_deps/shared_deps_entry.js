/*
 * The `__kbnSharedDeps__` object for pages that emulate Kibana (conformance tests, standalone server):
 * the same npm packages Kibana shares, under the names of kbn-ui-shared-deps-src's definitions.js, and in
 * the same form as its entry.js (each property is the package's module object, so `import x from` and
 * `import { y } from` in a bundle behave as inside Kibana), plus stand-ins for the Kibana-only packages
 * Hunt EDA imports. Charts' theme CSS is Kibana's to load (kibana-plugin-contract §10.3), so it is
 * injected here, not by the plugin.
 */
require('@elastic/charts/dist/theme_only_light.css');

export const React = require('react');
export const ReactDom = require('react-dom');
export const ElasticEui = require('@elastic/eui');
export const ElasticEuiThemeBorealis = require('@elastic/eui-theme-borealis');
export const ElasticCharts = require('@elastic/charts');
export const EmotionReact = require('@emotion/react');
export const EmotionCache = require('@emotion/cache');
export const Rxjs = require('rxjs');
export const Lodash = require('lodash');
export const Moment = require('moment');
export const MomentTimezone = require('moment-timezone');
export const Classnames = require('classnames');
export const KbnI18n = require('./emulated/kbn_i18n');
export const KbnReactKibanaContextRender = require('./emulated/kbn_react_kibana_context_render');
export const KbnEsQuery = require('./emulated/kbn_es_query');
