import { PLUGIN_ID, PLUGIN_NAME } from '../common/constants';

export interface PageConfig {
  readonly pluginId: string;
  readonly pluginVersion: string;
  readonly kibanaVersion: string;
  readonly basePath: string;
  /** What core.uiSettings.get answers on the page. */
  readonly uiSettings: Readonly<Record<string, unknown>>;
  /** Where the page can ask which source and datasets the server has. */
  readonly infoPath: string;
  /** Whether the server has a saved-views store (the page then grants the app's save capability). */
  readonly savedViews?: boolean;
}

/** The path Kibana serves a plugin's bundle under (`/bundles/plugin/<id>/<version>/`). */
export function pluginBundlePath(pluginVersion: string): string {
  return `/bundles/plugin/${PLUGIN_ID}/${pluginVersion}/`;
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The app page, in Kibana's load order: bootstrap globals, the shared-deps bundle, the plugin bundle, then
 * the script that plays core and mounts the app (after #app exists). Settings travel in meta tags, as Kibana's do.
 */
export function renderPageHtml(config: PageConfig): string {
  const bundlePath = pluginBundlePath(config.pluginVersion);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${PLUGIN_NAME}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="kbn-public-paths" content="${attribute(JSON.stringify({ [PLUGIN_ID]: bundlePath }))}">
<meta name="hunt-eda-standalone" content="${attribute(JSON.stringify(config))}">
<script src="/standalone/bootstrap.js"></script>
<script src="/shared/kbn-ui-shared-deps.js"></script>
<script src="${bundlePath}${PLUGIN_ID}.plugin.js"></script>
</head><body><div id="app" style="min-height:100vh"></div>
<script src="/standalone/start_app.js"></script>
</body></html>
`;
}
