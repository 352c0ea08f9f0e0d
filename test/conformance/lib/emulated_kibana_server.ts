import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Kibana's default CSP (src/core/packages/http/server-internal/src/csp/csp_directives.ts), minus reporting. */
export const KIBANA_CSP = "script-src 'report-sample' 'self'; worker-src 'report-sample' blob: 'self'; style-src 'report-sample' 'self' 'unsafe-inline'";

export interface EmulatedKibana {
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export interface EmulatedKibanaOptions {
  pluginId: string;
  pluginVersion: string;
  /** `<plugin>/target/public`, served at `/bundles/plugin/<id>/<version>/` as Kibana's bundle routes do. */
  pluginPublicDir: string;
  /** The directory holding kbn-ui-shared-deps.js and its chunks, served at `/shared/`. */
  sharedDepsDir: string;
}

const CONTENT_TYPES: Record<string, string> = { '.js': 'application/javascript; charset=utf-8', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };

/**
 * A page served like Kibana's: CSP header, bootstrap globals, then the shared-deps bundle and the plugin
 * bundle as separate same-origin scripts in Kibana's order (shared deps → core → plugins). Core itself is
 * not emulated: the test drives the plugin's lifecycle as core would.
 */
export async function startEmulatedKibana({ pluginId, pluginVersion, pluginPublicDir, sharedDepsDir }: EmulatedKibanaOptions): Promise<EmulatedKibana> {
  const bundlePath = `/bundles/plugin/${pluginId}/${pluginVersion}/`;
  const publicPaths = JSON.stringify({ [pluginId]: bundlePath }).replace(/"/g, '&quot;');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Emulated Kibana</title>
<meta name="kbn-public-paths" content="${publicPaths}">
<script src="/bootstrap.js"></script>
<script src="/shared/kbn-ui-shared-deps.js"></script>
<script src="${bundlePath}${pluginId}.plugin.js"></script>
<script src="/emulated_contracts.js"></script>
</head><body><div id="app" style="height:100vh"></div></body></html>`;

  const requests: string[] = [];
  const roots: Array<[string, string]> = [
    [bundlePath, pluginPublicDir],
    ['/shared/', sharedDepsDir],
  ];
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(urlPath);
    const send = (status: number, body: string | Buffer, type = 'text/plain') => {
      res.writeHead(status, { 'content-type': type, 'content-security-policy': KIBANA_CSP });
      res.end(body);
    };
    if (urlPath === '/') return send(200, html, CONTENT_TYPES['.html']);
    if (urlPath === '/favicon.ico') return send(204, '');
    let file: string | undefined;
    if (urlPath === '/bootstrap.js') file = path.join(__dirname, 'page', 'bootstrap.js');
    if (urlPath === '/emulated_contracts.js') file = path.join(__dirname, 'page', 'emulated_contracts.js');
    for (const [prefix, dir] of roots) {
      if (urlPath.startsWith(prefix)) {
        const resolved = path.resolve(dir, `.${urlPath.slice(prefix.length - 1)}`);
        if (resolved.startsWith(path.resolve(dir) + path.sep)) file = resolved;
      }
    }
    if (!file) return send(404, 'not found');
    readFile(file).then(
      (content) => send(200, content, CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream'),
      () => send(404, 'not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
