/**
 * The process that serves the conversations route for the bench: the production route files
 * (register_routes.ts) on the fastify Kibana-router adapter, reaching Elasticsearch through the handler
 * context as in Kibana. Runs alone in its own process so the parent can read its peak resident memory
 * (/proc/<pid>/status VmHWM) without the bench's own allocations in it.
 *   node --import tsx bench/conversations/route_server.ts ES_URL
 * Prints one JSON line `{"url": …}` on stdout once listening; stops on SIGTERM or when stdin closes.
 */
import { Client } from '@elastic/elasticsearch';

import { startRoutesServer } from '../../test/integration/routes_server';

async function main(): Promise<void> {
  const esUrl = process.argv[2];
  if (esUrl === undefined) throw new Error('usage: route_server.ts ES_URL');
  const apiKey = process.env.ES_API_KEY;
  const client = new Client({ node: esUrl, requestTimeout: 600_000, ...(apiKey ? { auth: { apiKey } } : {}) });
  const server = await startRoutesServer(client);
  const stop = async (): Promise<void> => {
    await server.close();
    await client.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.stdin.on('close', () => void stop());
  process.stdin.resume();
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
