import type { AnalysisKind } from '../common/model/field_mapping';
import { FIELDS_NEEDED_BY_ANALYSIS } from '../common/model/field_mapping';
import { messageOf } from '../server/sources/source_errors';
import type { OpenedSource } from './open_analysis_source';
import { resolveAnalysisScope } from './resolve_analysis_scope';

export interface AnalysisSuggestion {
  readonly index: string;
  readonly preset: string;
  readonly mapping: Readonly<Record<string, string | undefined>>;
  readonly time_range: { readonly from: string; readonly to: string };
}

export interface StandaloneSourceInfo {
  readonly source: { readonly kind: string; readonly description: string };
  readonly indices: ReadonlyArray<{ readonly name: string; readonly timestamp_field?: string; readonly files?: readonly string[] }>;
  /** Per analysis, the dataset and preset that fit it and the time range of its events; or why none does. */
  readonly suggestions: Readonly<Record<AnalysisKind, AnalysisSuggestion | { readonly error: string }>>;
  readonly skipped_lines: number;
}

/**
 * What the standalone page (or a script) needs to start an analysis without asking the user: the datasets
 * and, per analysis, the fitting dataset, preset and time range (as the CLI picks them).
 */
export async function describeStandaloneSource(opened: OpenedSource, signal: AbortSignal): Promise<StandaloneSourceInfo> {
  const suggestions: Record<string, AnalysisSuggestion | { error: string }> = {};
  for (const analysis of Object.keys(FIELDS_NEEDED_BY_ANALYSIS) as AnalysisKind[]) {
    try {
      const scope = await resolveAnalysisScope(opened, { analysis }, signal);
      suggestions[analysis] = {
        index: scope.index,
        preset: scope.presetId,
        mapping: { ...scope.mapping },
        time_range: { from: new Date(scope.timeRange.from).toISOString(), to: new Date(scope.timeRange.to).toISOString() },
      };
    } catch (error) {
      suggestions[analysis] = { error: messageOf(error) };
    }
  }
  return {
    source: { kind: opened.kind, description: opened.description },
    indices: opened.indices.map((index) => ({
      name: index.name,
      ...(index.timestampField !== undefined ? { timestamp_field: index.timestampField } : {}),
      ...(index.files !== undefined ? { files: index.files } : {}),
    })),
    suggestions: suggestions as StandaloneSourceInfo['suggestions'],
    skipped_lines: opened.loadReport().skippedLineCount,
  };
}
