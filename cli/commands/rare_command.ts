import { Command } from 'commander';

import { rareValuesRequestSchema } from '../../common/api/rare_values';
import { getRareValues } from '../../server/services/rare_values_service';
import { findTimeExtent } from '../../standalone/resolve_analysis_scope';
import { UsageError } from '../cli_errors';
import { formatCsv, formatTable } from '../format_rows';
import { parseFormat, parsePositiveInt, parseTime } from '../parse_option_values';
import { parseRequest, runWithSource } from '../run_with_source';
import { addSourceOptions, toSourceSpec } from '../source_options';
import type { SourceCliOptions } from '../source_options';

interface RareOptions extends SourceCliOptions {
  readonly size: string;
  readonly timestampField?: string;
  readonly from?: string;
  readonly to?: string;
  readonly format: string;
}

export function buildRareCommand(write: (text: string) => void): Command {
  return addSourceOptions(
    new Command('rare')
      .description('the least common values of a field, with exact counts (e.g. rare HTTP methods or user agents)')
      .argument('<field>', 'the field, as documents name it (http.request.method, method, alert.signature…)')
      .argument('[files...]', 'files, directories or .gz')
      .option('--size <n>', 'how many values', '10')
      .option('--timestamp-field <field>', "the time field (default: the files' own, or @timestamp)")
      .option('--from <time>', 'start (default: the first event)')
      .option('--to <time>', 'end, exclusive (default: the day after the last event)')
      .option('--format <format>', 'json, csv or table', 'table'),
  ).action(async (field: string, files: string[], options: RareOptions) => {
    const format = parseFormat(options.format);
    const size = parsePositiveInt(options.size, '--size');
    const from = options.from !== undefined ? parseTime(options.from, '--from') : undefined;
    const to = options.to !== undefined ? parseTime(options.to, '--to') : undefined;
    await runWithSource(toSourceSpec(files, options), async (opened, signal) => {
      const index = options.index ?? (opened.indices.length === 1 ? opened.indices[0]?.name : undefined);
      if (index === undefined) throw new UsageError(`the files hold several datasets (${opened.indices.map((entry) => entry.name).join(', ')}); pass --index NAME`);
      const timestampField = options.timestampField ?? opened.indices.find((entry) => entry.name === index)?.timestampField ?? '@timestamp';
      let range = from !== undefined && to !== undefined ? { from, to } : null;
      if (!range) {
        const extent = await findTimeExtent(opened, index, timestampField, signal);
        if (!extent) throw new UsageError(`${index} has no event with a ${timestampField}; pass --timestamp-field or --from and --to`);
        range = { from: from ?? extent.from, to: to ?? extent.to };
      }
      const request = parseRequest(rareValuesRequestSchema, {
        index,
        time_range: { from: new Date(range.from).toISOString(), to: new Date(range.to).toISOString() },
        field,
        timestamp_field: timestampField,
        size,
      });
      const response = await getRareValues(opened.source, request, signal);
      if (format === 'json') write(`${JSON.stringify({ field, index, time_range: request.time_range, ...response }, null, 2)}\n`);
      else {
        const rows = response.values.map((value) => [value.value, value.count]);
        write(format === 'csv' ? formatCsv(['value', 'count'], rows) : `${response.distinct_values} distinct values of ${field}; the ${rows.length} least common:\n\n${formatTable(['value', 'count'], rows, 80)}`);
      }
      for (const warning of response.warnings) process.stderr.write(`warning (${warning.code}): ${warning.message}\n`);
    });
  });
}
