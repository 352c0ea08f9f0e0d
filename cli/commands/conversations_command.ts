import { Command } from 'commander';

import { conversationsRequestSchema, decodeConversationsResponse, MAX_CONVERSATIONS_LIMIT } from '../../common/api/conversations';
import { DEFAULT_HOME_NETWORKS } from '../../common/network/home_networks';
import { getConversations } from '../../server/services/conversations_service';
import { resolveAnalysisScope } from '../../standalone/resolve_analysis_scope';
import { formatCsv, formatTable } from '../format_rows';
import { parseCidr, parseFormat, parsePositiveInt, parsePreset, parseTime } from '../parse_option_values';
import type { OutputFormat } from '../parse_option_values';
import { parseRequest, runWithSource } from '../run_with_source';
import { addSourceOptions, toSourceSpec } from '../source_options';
import type { SourceCliOptions } from '../source_options';
import { CONVERSATION_COLUMNS, conversationCells, toConversationsOutput } from '../to_conversations_output';

interface ConversationsOptions extends SourceCliOptions {
  readonly preset?: string;
  readonly from?: string;
  readonly to?: string;
  readonly homeNet?: string[];
  readonly format: string;
  readonly max: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function buildConversationsCommand(write: (text: string) => void): Command {
  return addSourceOptions(
    new Command('conversations')
      .description('sid-conversations: one per (signature, source, destination), with first/last seen, OTR and direction')
      .argument('[files...]', 'eve.json, Zeek logs, ECS NDJSON or CSV files, directories or .gz')
      .option('--preset <preset>', 'field names: ecs, suricata or zeek (default: the one that fits)')
      .option('--from <time>', 'start (ISO-8601 or now-7d; default: the first event)')
      .option('--to <time>', 'end, exclusive (default: the day after the last event)')
      .option('--home-net <cidr>', 'a home network (repeat for several; default: RFC 1918, CGNAT, link-local, loopback, ULA)', collect)
      .option('--format <format>', 'json, csv or table', 'table')
      .option('--max <n>', 'at most this many conversations', String(MAX_CONVERSATIONS_LIMIT)),
  ).action(async (files: string[], options: ConversationsOptions) => {
    const format: OutputFormat = parseFormat(options.format);
    const max = parsePositiveInt(options.max, '--max');
    const from = options.from !== undefined ? parseTime(options.from, '--from') : undefined;
    const to = options.to !== undefined ? parseTime(options.to, '--to') : undefined;
    const homeNetworks = (options.homeNet ?? [...DEFAULT_HOME_NETWORKS]).map(parseCidr);
    const preset = options.preset !== undefined ? parsePreset(options.preset) : undefined;
    const spec = toSourceSpec(files, options);
    await runWithSource(spec, async (opened, signal) => {
      const scope = await resolveAnalysisScope(opened, { analysis: 'conversations', ...(options.index ? { index: options.index } : {}), ...(preset ? { preset } : {}), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }, signal);
      const request = parseRequest(conversationsRequestSchema, {
        index: scope.index,
        time_range: { from: new Date(scope.timeRange.from).toISOString(), to: new Date(scope.timeRange.to).toISOString() },
        fields: {
          timestamp: scope.mapping.timestamp,
          signature_id: scope.mapping.signature_id,
          signature_name: scope.mapping.signature_name,
          source: scope.mapping.source,
          destination: scope.mapping.destination,
        },
        home_networks: homeNetworks,
        max_conversations: max,
      });
      const response = await getConversations(opened.source, request, signal);
      const output = toConversationsOutput(decodeConversationsResponse(response), { index: scope.index, preset: scope.presetId, time_range: request.time_range, home_networks: homeNetworks });
      if (format === 'json') write(`${JSON.stringify(output, null, 2)}\n`);
      else if (format === 'csv') write(formatCsv(CONVERSATION_COLUMNS, output.conversations.map(conversationCells)));
      else {
        const { summary } = output;
        write(
          `${summary.conversations} conversations, ${summary.total_observations} observations, ${summary.unique_sources} sources, ${summary.unique_destinations} destinations ` +
            `(${scope.index}, ${request.time_range.from} → ${request.time_range.to})\n` +
            `directions: ${Object.entries(summary.directions).map(([direction, count]) => `${direction} ${count}`).join(', ')}\n\n`,
        );
        write(formatTable(CONVERSATION_COLUMNS, output.conversations.map(conversationCells)));
      }
      for (const warning of output.warnings) process.stderr.write(`warning (${warning.code}): ${warning.message}\n`);
    });
  });
}
