/**
 * Dev server for the UI preview: bundles scripts/dev/ui_preview/preview_entry.tsx with webpack and answers
 * the app's internal routes with the REAL server services over the embedded engine (DuckDB) reading the
 * sample datasets (written by scripts/sample_data/generate.ts into .cache/ui_preview/). Answers are memoised
 * per body, so re-clicking is instant. Not the standalone server: no auth, one port, dev only.
 *   npx tsx scripts/dev/ui_preview/serve.ts [--port 5650]
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONVERSATIONS_API_PATH, conversationsRequestSchema } from '../../../common/api/conversations';
import { DISTRIBUTION_API_PATH, distributionRequestSchema } from '../../../common/api/distribution';
import { EVENTS_API_PATH, eventsRequestSchema } from '../../../common/api/events';
import { formatValidationIssues } from '../../../common/api/format_validation_issues';
import { RARE_VALUES_API_PATH, rareValuesRequestSchema } from '../../../common/api/rare_values';
import { TIMELINE_API_PATH, timelineRequestSchema } from '../../../common/api/timeline';
import { getConversations } from '../../../server/services/conversations_service';
import { getDistribution } from '../../../server/services/distribution_service';
import { getEvents } from '../../../server/services/events_service';
import { getRareValues } from '../../../server/services/rare_values_service';
import { getTimeline } from '../../../server/services/timeline_service';
import type { AnalysisSource } from '../../../server/sources/analysis_source';
import { openEmbeddedSource } from '../../../server/sources/embedded/open_embedded_source';
import { buildPreviewBundle, PREVIEW_BUNDLE_DIR as OUT } from './build_preview_bundle';

const REPO = path.resolve(__dirname, '..', '..', '..');
const DATA = path.join(REPO, '.cache', 'ui_preview');

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Hunt EDA preview</title></head>
<body><div id="root"></div><script src="/bundle/preview.js"></script></body></html>`;

async function main(): Promise<void> {
  const port = Number(process.argv[process.argv.indexOf('--port') + 1]) || 5650;
  for (const dir of ['outbreak', 'http']) {
    if (!existsSync(path.join(DATA, dir))) throw new Error(`missing ${path.join(DATA, dir)}: run scripts/sample_data/generate.ts --dataset ${dir} --format ecs-ndjson --out .cache/ui_preview/${dir}`);
  }
  const [alerts, http] = await Promise.all([openEmbeddedSource([path.join(DATA, 'outbreak', 'outbreak.ecs.ndjson')]), openEmbeddedSource([path.join(DATA, 'http', 'http.ecs.ndjson')])]);
  // Both folders are ECS (dataset "ecs"); the preview's index names pick the folder.
  const sources: Record<string, AnalysisSource> = { 'alerts-sample': alerts, 'http-sample': http };
  await buildPreviewBundle();
  const memo = new Map<string, Promise<unknown>>();
  const routes: Record<string, (body: unknown) => Promise<unknown>> = {
    [CONVERSATIONS_API_PATH]: (body) => run(conversationsRequestSchema, body, (s, r, sig) => getConversations(s, r, sig)),
    [TIMELINE_API_PATH]: (body) => run(timelineRequestSchema, body, (s, r, sig) => getTimeline(s, r, sig)),
    [RARE_VALUES_API_PATH]: (body) => run(rareValuesRequestSchema, body, (s, r, sig) => getRareValues(s, r, sig)),
    [DISTRIBUTION_API_PATH]: (body) => run(distributionRequestSchema, body, (s, r, sig) => getDistribution(s, r, sig)),
    [EVENTS_API_PATH]: (body) => run(eventsRequestSchema, body, (s, r, sig) => getEvents(s, r, sig)),
  };
  type Schema<R> = { safeParse(body: unknown): { success: true; data: R } | { success: false; error: { issues: Parameters<typeof formatValidationIssues>[0] } } };
  async function run<R extends { index: string }>(schema: Schema<R>, body: unknown, service: (source: AnalysisSource, request: R, signal: AbortSignal) => Promise<unknown>) {
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw Object.assign(new Error(formatValidationIssues(parsed.error.issues, body)), { statusCode: 400 });
    const source = sources[parsed.data.index];
    if (!source) throw Object.assign(new Error(`body.index: the preview knows ${Object.keys(sources).join(', ')}`), { statusCode: 404 });
    return service(source, { ...parsed.data, index: 'ecs' }, new AbortController().signal);
  }

  createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (req.method === 'POST' && routes[url.pathname]) {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const text = Buffer.concat(chunks).toString('utf8');
        const key = `${url.pathname} ${text}`;
        const started = Date.now();
        if (!memo.has(key)) memo.set(key, routes[url.pathname](JSON.parse(text)));
        const result = await memo.get(key);
        console.log(`${url.pathname} ${Date.now() - started} ms`);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
        return;
      }
      if (url.pathname.startsWith('/bundle/')) {
        const file = path.join(OUT, path.basename(url.pathname));
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(file));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    } catch (error) {
      const statusCode = (error as { statusCode?: number }).statusCode ?? 500;
      memo.delete(`${url.pathname}`);
      res.writeHead(statusCode, { 'content-type': 'application/json' }).end(JSON.stringify({ statusCode, message: error instanceof Error ? error.message : String(error) }));
    }
  }).listen(port, () => console.log(`ui preview on http://localhost:${port}/`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
