/**
 * The notebook way, in its own process: every matching alert fetched to the client (a point in time paged
 * with search_after on `_shard_doc`, 10,000 hits a page, the successor of the scroll API; `_source` cut to
 * the five fields used, which favours the notebook) and grouped in JavaScript into (signature id, source,
 * destination) with first/last seen, count and name. No direction, no summary: only the grouping a notebook
 * does before anything else. Reports time, groups, observations and its own peak RSS as one JSON line.
 *   node --import tsx bench/conversations/scroll_and_group.ts ES_URL QUERY_JSON
 * QUERY_JSON: {"index", "query", "fields": {timestamp, signatureId, signature, sourceIp, destinationIp}}.
 */
import { readFileSync } from 'node:fs';

import { Client } from '@elastic/elasticsearch';
import type { estypes } from '@elastic/elasticsearch';

export interface ScrollAndGroupInput {
  readonly index: string;
  readonly query: estypes.QueryDslQueryContainer;
  readonly fields: { readonly timestamp: string; readonly signatureId: string; readonly signature: string; readonly sourceIp: string; readonly destinationIp: string };
}

export interface ScrollAndGroupRun {
  readonly seconds: number;
  readonly hits: number;
  readonly groups: number;
  readonly observations: number;
  readonly peak_rss_mib: number;
}

interface Group {
  firstSeen: number;
  lastSeen: number;
  count: number;
  name: string;
}

const PAGE = 10_000;

/** Reads a dotted path from a _source object (ECS sources nest: source.ip is {source: {ip}}). */
function at(source: unknown, path: readonly string[]): unknown {
  let value = source;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

async function scrollAndGroup(client: Client, input: ScrollAndGroupInput): Promise<Omit<ScrollAndGroupRun, 'peak_rss_mib'>> {
  const started = performance.now();
  const f = input.fields;
  const paths = [f.timestamp, f.signatureId, f.signature, f.sourceIp, f.destinationIp].map((name) => name.split('.'));
  const [timestampPath, sidPath, namePath, sourcePath, destinationPath] = paths;
  const groups = new Map<string, Group>();
  let hits = 0;
  let pit = (await client.openPointInTime({ index: input.index, keep_alive: '2m' })).id;
  let after: estypes.SortResults | undefined;
  try {
    for (;;) {
      const response = await client.search<unknown>({
        size: PAGE,
        query: input.query,
        _source: [f.timestamp, f.signatureId, f.signature, f.sourceIp, f.destinationIp],
        pit: { id: pit, keep_alive: '2m' },
        sort: [{ _shard_doc: 'asc' }],
        track_total_hits: false,
        ...(after !== undefined ? { search_after: after } : {}),
      });
      if (response.pit_id !== undefined) pit = response.pit_id;
      const page = response.hits.hits;
      for (const hit of page) {
        const source = hit._source;
        const time = Date.parse(String(at(source, timestampPath)));
        const key = `${String(at(source, sidPath))}\u0000${String(at(source, sourcePath))}\u0000${String(at(source, destinationPath))}`;
        const group = groups.get(key);
        if (group === undefined) {
          groups.set(key, { firstSeen: time, lastSeen: time, count: 1, name: String(at(source, namePath)) });
        } else {
          if (time < group.firstSeen) group.firstSeen = time;
          if (time > group.lastSeen) group.lastSeen = time;
          group.count += 1;
        }
      }
      hits += page.length;
      if (page.length < PAGE) break;
      after = page[page.length - 1].sort;
    }
  } finally {
    await client.closePointInTime({ id: pit }).catch(() => undefined);
  }
  let observations = 0;
  for (const group of groups.values()) observations += group.count;
  return { seconds: (performance.now() - started) / 1000, hits, groups: groups.size, observations };
}

async function main(): Promise<void> {
  const [esUrl, inputFile] = process.argv.slice(2);
  if (esUrl === undefined || inputFile === undefined) throw new Error('usage: scroll_and_group.ts ES_URL QUERY_JSON');
  const input = JSON.parse(readFileSync(inputFile, 'utf8')) as ScrollAndGroupInput;
  const apiKey = process.env.ES_API_KEY;
  const client = new Client({ node: esUrl, requestTimeout: 600_000, ...(apiKey ? { auth: { apiKey } } : {}) });
  try {
    const run = await scrollAndGroup(client, input);
    const result: ScrollAndGroupRun = { ...run, peak_rss_mib: process.resourceUsage().maxRSS / 1024 };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await client.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
