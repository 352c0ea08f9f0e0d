import type { FieldDescription } from '../common/api/fields';
import type { RouteSource } from '../server/routes/route_dependencies';
import type {
  BucketsQuery,
  BucketsResult,
  ConversationGroupsQuery,
  ConversationGroupsResult,
  DistributionQuery,
  DistributionResult,
  EventsQuery,
  EventsResult,
  SourceQuery,
  ValueCountsQuery,
  ValueCountsResult,
} from '../server/sources/analysis_source';
import type { EmbeddedDatasetInfo, EmbeddedSource } from '../server/sources/embedded/embedded_source';
import { SourceError } from '../server/sources/source_errors';

/** Elasticsearch's names for the embedded engine's field kinds, so presets and the UI read one vocabulary. */
const KIND_TYPES: Readonly<Record<string, string>> = { timestamp: 'date', number: 'double', text: 'keyword', boolean: 'boolean' };

/** Dataset names matching an index pattern (`*` wildcards, comma-separated alternatives), as Elasticsearch matches indices. */
export function matchDatasets(pattern: string, names: readonly string[]): string[] {
  const alternatives = pattern.split(',').map((part) => part.trim()).filter((part) => part.length > 0);
  const regexps = alternatives.map((part) => new RegExp(`^${part.split('*').map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`));
  return names.filter((name) => regexps.some((regexp) => regexp.test(name)));
}

/**
 * True for a query DSL that selects every document: what Kibana's buildEsQuery makes of an empty query bar
 * and no filters (`bool` with only empty clause lists), or `match_all`.
 */
export function isMatchAllQuery(query: Readonly<Record<string, unknown>> | undefined): boolean {
  if (query === undefined) return true;
  const keys = Object.keys(query);
  if (keys.length === 1 && keys[0] === 'match_all') return true;
  if (keys.length !== 1 || keys[0] !== 'bool') return false;
  const bool = query.bool;
  if (typeof bool !== 'object' || bool === null) return false;
  return Object.entries(bool).every(([clause, value]) => ['must', 'filter', 'should', 'must_not'].includes(clause) && Array.isArray(value) && value.length === 0);
}

/**
 * The embedded engine runs no Elasticsearch query DSL: a query selecting everything (the app's empty query
 * bar) is dropped, any other is refused with what to do instead.
 */
function withoutMatchAll<Q extends SourceQuery>(query: Q): Q {
  if (query.elasticsearchQuery === undefined) return query;
  if (!isMatchAllQuery(query.elasticsearchQuery)) {
    throw new SourceError('bad_query', 'local files cannot be searched with a KQL/Lucene query or filters (an Elasticsearch feature); clear the query bar and filters, or load the events into Elasticsearch');
  }
  const { elasticsearchQuery: _dropped, ...rest } = query;
  return rest as Q;
}

/** A dataset's fields as the fields route describes an index's: every column aggregates in SQL. */
export function describeDatasetFields(dataset: EmbeddedDatasetInfo): FieldDescription[] {
  return dataset.fields.map((field) => {
    const type = field.name === dataset.timestampField ? 'date' : (KIND_TYPES[field.kind] ?? 'object');
    return { name: field.name, types: [type], aggregatable: type !== 'object', searchable: type !== 'object' };
  });
}

/**
 * The embedded engine as a source for every route: the analyses are the engine's own; the fields route,
 * which Kibana answers with field_caps, is answered from the datasets the engine learnt at open.
 */
export class EmbeddedRouteSource implements RouteSource {
  constructor(readonly engine: EmbeddedSource) {}

  fetchConversationGroups(query: ConversationGroupsQuery, signal: AbortSignal): Promise<ConversationGroupsResult> {
    return Promise.resolve().then(() => this.engine.fetchConversationGroups(withoutMatchAll(query), signal));
  }

  fetchBuckets(query: BucketsQuery, signal: AbortSignal): Promise<BucketsResult> {
    return Promise.resolve().then(() => this.engine.fetchBuckets(withoutMatchAll(query), signal));
  }

  fetchValueCounts(query: ValueCountsQuery, signal: AbortSignal): Promise<ValueCountsResult> {
    return Promise.resolve().then(() => this.engine.fetchValueCounts(withoutMatchAll(query), signal));
  }

  fetchDistribution(query: DistributionQuery, signal: AbortSignal): Promise<DistributionResult> {
    return Promise.resolve().then(() => this.engine.fetchDistribution(withoutMatchAll(query), signal));
  }

  fetchEvents(query: EventsQuery, signal: AbortSignal): Promise<EventsResult> {
    return Promise.resolve().then(() => this.engine.fetchEvents(withoutMatchAll(query), signal));
  }

  async fetchFields(index: string, signal: AbortSignal): Promise<{ indices: string[]; fields: FieldDescription[] }> {
    if (signal.aborted) throw new SourceError('aborted', 'The query was cancelled before it started');
    const datasets = this.engine.datasets();
    const indices = matchDatasets(index, datasets.map((dataset) => dataset.name));
    if (indices.length === 0) {
      throw new SourceError('not_found', `No dataset matches "${index}"; loaded datasets: ${datasets.map((dataset) => dataset.name).join(', ') || 'none'}`);
    }
    const byName = new Map<string, FieldDescription>();
    for (const dataset of datasets.filter((candidate) => indices.includes(candidate.name))) {
      for (const field of describeDatasetFields(dataset)) {
        const known = byName.get(field.name);
        byName.set(field.name, known ? { ...known, types: [...new Set([...known.types, ...field.types])].sort() } : field);
      }
    }
    return { indices, fields: [...byName.values()].sort((a, b) => a.name.localeCompare(b.name)) };
  }
}
