import type { PresetFit } from '../common/api/fields';
import type { AnalysisKind, FieldMapping, FieldMappingPresetId } from '../common/model/field_mapping';
import type { TimeRange } from '../common/model/time_range';
import { getPresetFits } from '../server/services/get_preset_fits';
import { SourceError } from '../server/sources/source_errors';
import type { OpenedSource } from './open_analysis_source';
import { OptionError } from './option_error';

export interface ScopeOptions {
  readonly analysis: AnalysisKind;
  /** Index pattern or dataset; without it, the one dataset that fits the analysis. */
  readonly index?: string;
  readonly preset?: FieldMappingPresetId;
  /** Epoch ms; a missing end is the data's own. */
  readonly from?: number;
  readonly to?: number;
}

export interface AnalysisScope {
  readonly index: string;
  readonly presetId: FieldMappingPresetId;
  readonly mapping: FieldMapping;
  readonly timeRange: TimeRange;
}

const DAY_MS = 86_400_000;

/**
 * Picks what an analysis runs over when the user did not say: the dataset (index) and field preset that fit
 * it, judged by the same preset fits the fields route gives the UI (the busiest one when several fit), and
 * the time range covering every event (whole UTC days, from a daily histogram the source computes). Fails
 * with what to pass when nothing fits.
 */
export async function resolveAnalysisScope(opened: OpenedSource, options: ScopeOptions, signal: AbortSignal): Promise<AnalysisScope> {
  const candidates = options.index !== undefined ? [options.index] : opened.indices.map((index) => index.name);
  if (candidates.length === 0) throw new OptionError('no index to analyse: pass --index PATTERN');
  const fitting: Array<{ index: string; fit: PresetFit }> = [];
  const misfits: string[] = [];
  for (const index of candidates) {
    const { fields } = await opened.source.fetchFields(index, signal);
    const fits = getPresetFits(fields).filter((fit) => options.preset === undefined || fit.id === options.preset);
    const fit = fits.find((candidate) => candidate.analyses[options.analysis].fits);
    if (fit) fitting.push({ index, fit });
    else misfits.push(describeMisfit(index, fits, options.analysis));
  }
  const chosen = fitting[0];
  if (!chosen) {
    const what = options.preset !== undefined ? `the ${options.preset} preset` : 'any preset (ecs, suricata, zeek)';
    throw new OptionError(`no ${options.index !== undefined ? 'index' : 'dataset'} fits ${what} for ${options.analysis}: ${misfits.join('; ')}`);
  }
  const picked = fitting.length > 1 ? await pickBusiest(opened, fitting, options.analysis, signal) : chosen;
  const timeRange = await resolveTimeRange(opened, picked.index, picked.fit.mapping.timestamp, options, signal);
  return { index: picked.index, presetId: picked.fit.id, mapping: picked.fit.mapping, timeRange };
}

/** The field whose presence makes an event part of an analysis (an alert has a signature, an HTTP event a method). */
const KEY_FIELD: Readonly<Record<AnalysisKind, 'signature_id' | 'http_method'>> = { conversations: 'signature_id', http_timeline: 'http_method' };

/**
 * Several datasets fit (an eve.json holding some HTTP records beside a Zeek http.log): the one with the
 * most events carrying the analysis's key field, counted by the source; ties keep the first.
 */
async function pickBusiest(opened: OpenedSource, fitting: ReadonlyArray<{ index: string; fit: PresetFit }>, analysis: AnalysisKind, signal: AbortSignal): Promise<{ index: string; fit: PresetFit }> {
  let best = fitting[0];
  let bestCount = -1;
  for (const candidate of fitting) {
    const field = candidate.fit.mapping[KEY_FIELD[analysis]];
    if (field === undefined) continue;
    const { buckets } = await opened.source.fetchBuckets(
      { index: candidate.index, timestampField: candidate.fit.mapping.timestamp, intervalMs: 365 * DAY_MS, metric: { kind: 'count' }, filters: [{ kind: 'exists', field }] },
      signal,
    );
    const count = buckets.reduce((sum, bucket) => sum + bucket.value, 0);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  if (!best) throw new SourceError('not_found', `no dataset fits ${analysis}`);
  return best;
}

function describeMisfit(index: string, fits: readonly PresetFit[], analysis: AnalysisKind): string {
  const closest = [...fits].sort((a, b) => a.analyses[analysis].missing.length - b.analyses[analysis].missing.length)[0];
  if (!closest) return `${index}: no preset`;
  const { missing, not_aggregatable: notAggregatable } = closest.analyses[analysis];
  const problems = [...(missing.length > 0 ? [`lacks ${missing.join(', ')}`] : []), ...(notAggregatable.length > 0 ? [`cannot aggregate ${notAggregatable.join(', ')}`] : [])];
  return `${index} (closest: ${closest.id}) ${problems.join(' and ')}`;
}

/** [from, to) as given, with a missing end taken from the data: the first and last day holding an event. */
async function resolveTimeRange(opened: OpenedSource, index: string, timestampField: string, options: ScopeOptions, signal: AbortSignal): Promise<TimeRange> {
  if (options.from !== undefined && options.to !== undefined) return { from: options.from, to: options.to };
  const extent = await findTimeExtent(opened, index, timestampField, signal);
  if (!extent) throw new SourceError('not_found', `${index} holds no event with a ${timestampField}; check the files or pass --from and --to`);
  const range = { from: options.from ?? extent.from, to: options.to ?? extent.to };
  if (range.from >= range.to) throw new OptionError(`--from ${new Date(range.from).toISOString()} is not before the end ${new Date(range.to).toISOString()}`);
  return range;
}

/** Whole UTC days (or 30-day spans, for data spread over centuries) from the first event to the last. */
export async function findTimeExtent(opened: OpenedSource, index: string, timestampField: string, signal: AbortSignal): Promise<TimeRange | null> {
  for (const intervalMs of [DAY_MS, 30 * DAY_MS]) {
    try {
      const { buckets } = await opened.source.fetchBuckets({ index, timestampField, intervalMs, metric: { kind: 'count' } }, signal);
      const first = buckets.find((bucket) => bucket.value > 0);
      const last = [...buckets].reverse().find((bucket) => bucket.value > 0);
      return first && last ? { from: first.start, to: last.start + intervalMs } : null;
    } catch (error) {
      if (!(error instanceof SourceError) || error.code !== 'bad_query' || intervalMs !== DAY_MS) throw error;
    }
  }
  return null;
}
