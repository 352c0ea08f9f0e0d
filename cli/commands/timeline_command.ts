import { Command } from 'commander';

import { timelineRequestSchema } from '../../common/api/timeline';
import { DEFAULT_HOME_NETWORKS } from '../../common/network/home_networks';
import { getTimeline } from '../../server/services/timeline_service';
import { resolveAnalysisScope } from '../../standalone/resolve_analysis_scope';
import { UsageError } from '../cli_errors';
import { formatCsv, formatTable } from '../format_rows';
import { parseCidr, parseFormat, parseIntervalMinutes, parseMethods, parsePositiveInt, parsePositiveNumber, parsePreset, parseTime } from '../parse_option_values';
import { parseRequest, runWithSource } from '../run_with_source';
import { addSourceOptions, toSourceSpec } from '../source_options';
import type { SourceCliOptions } from '../source_options';
import { TIMELINE_COLUMNS, timelineCells, toTimelineOutput } from '../to_timeline_output';

interface TimelineOptions extends SourceCliOptions {
  readonly preset?: string;
  readonly from?: string;
  readonly to?: string;
  readonly interval: string;
  readonly period: string;
  readonly method: string;
  readonly sigma: string;
  readonly methods?: string;
  readonly externalOnly?: boolean;
  readonly homeNet?: string[];
  readonly metric: string;
  readonly format: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function buildTimelineCommand(write: (text: string) => void): Command {
  return addSourceOptions(
    new Command('timeline')
      .description('HTTP events per interval, seasonal decomposition and the buckets whose residual lies beyond n σ')
      .argument('[files...]', 'Zeek http.log, eve.json, ECS NDJSON or CSV files, directories or .gz')
      .option('--preset <preset>', 'field names: ecs, suricata or zeek (default: the one that fits)')
      .option('--from <time>', 'start (ISO-8601 or now-7d; default: the first event)')
      .option('--to <time>', 'end, exclusive (default: the day after the last event)')
      .option('--interval <interval>', 'bucket width: 15m, 1h, 1d', '15m')
      .option('--period <n>', 'buckets per season (96 = one day of 15-minute buckets)', '96')
      .option('--method <method>', 'classical or stl', 'classical')
      .option('--sigma <n>', 'flag residuals beyond n σ', '3')
      .option('--methods <list>', 'only these HTTP methods, e.g. POST,PUT')
      .option('--external-only', 'only destinations outside the home networks')
      .option('--home-net <cidr>', 'a home network for --external-only (repeat; default: private ranges)', collect)
      .option('--metric <metric>', 'count of events, or bytes (sum of bytes sent by clients)', 'count')
      .option('--format <format>', 'json, csv or table', 'table'),
  ).action(async (files: string[], options: TimelineOptions) => {
    const format = parseFormat(options.format);
    if (options.method !== 'classical' && options.method !== 'stl') throw new UsageError(`--method: expected classical or stl, got "${options.method}"`);
    if (options.metric !== 'count' && options.metric !== 'bytes') throw new UsageError(`--metric: expected count or bytes, got "${options.metric}"`);
    const intervalMinutes = parseIntervalMinutes(options.interval);
    const period = parsePositiveInt(options.period, '--period');
    const sigma = parsePositiveNumber(options.sigma, '--sigma');
    const methods = options.methods !== undefined ? parseMethods(options.methods) : undefined;
    const from = options.from !== undefined ? parseTime(options.from, '--from') : undefined;
    const to = options.to !== undefined ? parseTime(options.to, '--to') : undefined;
    const homeNetworks = options.homeNet !== undefined ? options.homeNet.map(parseCidr) : options.externalOnly ? [...DEFAULT_HOME_NETWORKS] : [];
    const preset = options.preset !== undefined ? parsePreset(options.preset) : undefined;
    const spec = toSourceSpec(files, options);
    await runWithSource(spec, async (opened, signal) => {
      const scope = await resolveAnalysisScope(opened, { analysis: 'http_timeline', ...(options.index ? { index: options.index } : {}), ...(preset ? { preset } : {}), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }, signal);
      const { mapping } = scope;
      const request = parseRequest(timelineRequestSchema, {
        index: scope.index,
        time_range: { from: new Date(scope.timeRange.from).toISOString(), to: new Date(scope.timeRange.to).toISOString() },
        fields: {
          timestamp: mapping.timestamp,
          source: mapping.source,
          destination: mapping.destination,
          ...(mapping.http_method !== undefined ? { http_method: mapping.http_method } : {}),
          ...(mapping.bytes_out !== undefined ? { bytes_out: mapping.bytes_out } : {}),
          ...(mapping.domain !== undefined ? { domain: mapping.domain } : {}),
        },
        metric: options.metric === 'bytes' ? 'sum_bytes_out' : 'count',
        interval_minutes: intervalMinutes,
        filters: { ...(methods ? { methods } : {}), bytes_out_positive: false, external_destinations_only: options.externalOnly ?? false },
        home_networks: homeNetworks,
        decomposition: { method: options.method, model: 'additive', period },
        outliers: { threshold: sigma, scale: 'std', top: 5, max_drilldowns: 25 },
      });
      const response = await getTimeline(opened.source, request, signal);
      const output = toTimelineOutput(response, { index: scope.index, preset: scope.presetId, time_range: request.time_range, interval_minutes: intervalMinutes, method: options.method, period, sigma });
      if (format === 'json') write(`${JSON.stringify(output, null, 2)}\n`);
      else if (format === 'csv') write(formatCsv(TIMELINE_COLUMNS, timelineCells(output)));
      else {
        write(`${output.buckets.length} buckets of ${intervalMinutes} min (${scope.index}, ${request.time_range.from} → ${request.time_range.to}), ${output.outliers.length} outlier(s) beyond ${sigma} σ\n\n`);
        const rows = timelineCells(output);
        write(formatTable(TIMELINE_COLUMNS, output.outliers.length > 0 ? rows.filter((row) => row[6] !== null) : rows));
      }
      for (const warning of output.warnings) process.stderr.write(`warning (${warning.code}): ${warning.message}\n`);
    });
  });
}
