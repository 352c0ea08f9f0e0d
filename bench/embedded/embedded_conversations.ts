/**
 * One timed run of the embedded engine: open the eve.json, conversations over all of it through the same
 * service the route uses (grouping pushed down to DuckDB, then toConversation per group). Run in its own
 * process by run.ts, so its peak RSS is its own.
 *   npx tsx bench/embedded/embedded_conversations.ts EVE_JSON OUT_JSON
 */
import { writeFileSync } from 'node:fs';

import { conversationsRequestSchema, decodeConversationColumns, MAX_CONVERSATIONS_LIMIT } from '../../common/api/conversations';
import { getConversations } from '../../server/services/conversations_service';
import { openAnalysisSource } from '../../standalone/open_analysis_source';

async function main(): Promise<void> {
  const [file, out] = process.argv.slice(2);
  if (file === undefined || out === undefined) throw new Error('usage: embedded_conversations.ts EVE_JSON OUT_JSON');
  const start = process.hrtime.bigint();
  const opened = await openAnalysisSource({ kind: 'files', paths: [file] });
  try {
    const request = conversationsRequestSchema.parse({
      index: 'suricata',
      // The whole file: the widest range the contract accepts is not needed, only one that holds every event.
      time_range: { from: '1970-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' },
      fields: { timestamp: 'timestamp', signature_id: 'alert.signature_id', signature_name: 'alert.signature', source: 'src_ip', destination: 'dest_ip' },
      max_conversations: MAX_CONVERSATIONS_LIMIT,
    });
    const response = await getConversations(opened.source, request, new AbortController().signal);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    writeFileSync(
      out,
      JSON.stringify({
        seconds,
        peak_rss_mib: process.resourceUsage().maxRSS / 1024,
        conversations: response.summary.conversations,
        observations: response.summary.total_observations,
        otr_seconds_sum: decodeConversationColumns(response.conversations).otr_seconds.reduce((sum, value) => sum + value, 0),
      }),
    );
  } finally {
    await opened.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
