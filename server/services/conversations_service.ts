import type {
  ConversationsRequest,
  ConversationsSummaryBody,
  EncodedConversationColumns,
  EncodedConversationsResponse,
  OtrQuantilesBody,
  SignatureOtrBoxStats,
} from '../../common/api/conversations';
import type { ResponseWarning } from '../../common/api/request_schemas';
import { checkRecordedDirections } from '../../common/conversations/check_recorded_directions';
import { ConversationProblemCollector } from '../../common/conversations/conversation_problem_collector';
import { computeCodedOtrBoxStats } from '../../common/conversations/compute_otr_box_stats';
import { conversationTableOfGroups } from '../../common/conversations/conversation_table_of_groups';
import { ConversationGroupColumnsBuilder } from '../../common/conversations/conversation_group_columns_builder';
import { summarizeCodedConversationTable } from '../../common/conversations/summarize_conversations';
import { recordedDirectionsAt } from '../../common/model/conversation_group_columns';
import type { CodedConversationTable } from '../../common/model/coded_conversation_table';
import type { ConversationProblem } from '../../common/model/conversation_problem';
import type { ConversationSummary, OtrQuantiles } from '../../common/model/conversation_summary';
import { DIRECTIONS } from '../../common/model/direction';
import type { Direction } from '../../common/model/direction';
import type { RecordedDirectionCheck } from '../../common/model/recorded_direction_check';
import { parseHomeNetworks } from '../../common/network/home_networks';
import type { HomeNetworks } from '../../common/network/home_networks';
import type { AnalysisSource, ConversationGroupColumnsResult, ConversationGroupsQuery } from '../sources/analysis_source';
import { SourceError, isSourceError } from '../sources/source_errors';
import { toRecordedDirectionReport } from './recorded_direction_report';
import { toResponseWarnings } from './to_response_warnings';
import { toSourceScope } from './to_source_scope';

function otrQuantiles(quantiles: OtrQuantiles): OtrQuantilesBody {
  const { count, min, q1, median, q3, max } = quantiles;
  return { count, min, q1, median, q3, max };
}

function toSummaryBody(summary: ConversationSummary): ConversationsSummaryBody {
  const byDirection = Object.fromEntries(
    Object.entries(summary.otrSecondsByDirection).map(([direction, quantiles]) => [direction, quantiles === null ? null : otrQuantiles(quantiles)]),
  ) as Record<Direction, OtrQuantilesBody | null>;
  return {
    conversations: summary.conversations,
    directions: summary.directions,
    unique_pairs: summary.uniquePairs,
    unique_sources: summary.uniqueSources,
    unique_destinations: summary.uniqueDestinations,
    top_sources: summary.topSources,
    top_sources_ties_beyond_cutoff: summary.topSourcesTiesBeyondCutoff,
    top_destinations: summary.topDestinations,
    top_destinations_ties_beyond_cutoff: summary.topDestinationsTiesBeyondCutoff,
    signatures: summary.signatures.map((signature) => ({
      signature_id: signature.signatureId,
      signature_name: signature.signature,
      conversations: signature.conversations,
      conversation_share: signature.conversationShare,
      unique_pairs: signature.uniquePairs,
      unique_pair_share: signature.uniquePairShare,
      observations: signature.observations,
      directions: signature.directions,
      otr_seconds: otrQuantiles(signature.otrSeconds),
    })),
    total_observations: summary.totalObservations,
    otr_seconds_by_direction: byDirection,
  };
}

/**
 * The table as the route sends it: its own typed arrays and strings, written as JSON arrays by
 * toJsonStream. The OTR column is left for the reader to compute (EncodedConversationColumns).
 */
function toEncodedColumns(table: CodedConversationTable): EncodedConversationColumns {
  return {
    strings: table.strings,
    directions: DIRECTIONS,
    signature_id: table.signatureId,
    signature_name: table.signature,
    source_ip: table.sourceIp,
    destination_ip: table.destinationIp,
    first_seen: table.firstSeen,
    last_seen: table.lastSeen,
    observations: table.observations,
    direction: table.direction,
  };
}

/** Recorded directions as indexes into DIRECTIONS, -1 for none. */
function encodeRecordedDirections(recorded: readonly (Direction | null)[]): Int8Array {
  return Int8Array.from(recorded, (direction) => (direction === null ? -1 : DIRECTIONS.indexOf(direction)));
}

/** Per signature, Tukey box statistics of OTR; outliers point back at their rows so each drills down. */
function otrBoxStats(table: CodedConversationTable): SignatureOtrBoxStats[] {
  return computeCodedOtrBoxStats(table).map(({ signatureId, signature, figures, outlierRows }) => ({
    signature_id: signatureId,
    signature_name: signature,
    count: figures.count,
    min: figures.min,
    q1: figures.q1,
    median: figures.median,
    q3: figures.q3,
    max: figures.max,
    iqr: figures.iqr,
    lower_fence: figures.lowerFence,
    upper_fence: figures.upperFence,
    whisker_low: figures.lowerWhisker,
    whisker_high: figures.upperWhisker,
    outlier_rows: outlierRows,
  }));
}

/** Groups as columns from whichever method the source offers (columns when it has them: no object per group). */
async function fetchGroupColumns(source: AnalysisSource, query: ConversationGroupsQuery, signal: AbortSignal): Promise<ConversationGroupColumnsResult> {
  if (source.fetchConversationGroupColumns !== undefined) return source.fetchConversationGroupColumns(query, signal);
  const { groups, ...rest } = await source.fetchConversationGroups(query, signal);
  return { ...rest, groups: ConversationGroupColumnsBuilder.fromGroups(groups) };
}

/**
 * Fetches the groups and turns them into a table, with the recorded direction check when a direction field
 * is mapped (it reads the groups' recorded values); the group columns become the table's.
 */
async function fetchConversationTable(
  source: AnalysisSource,
  query: ConversationGroupsQuery,
  networks: HomeNetworks,
  problems: ConversationProblemCollector,
  signal: AbortSignal,
): Promise<{ table: CodedConversationTable; result: Omit<ConversationGroupColumnsResult, 'groups'>; recorded: RecordedDirectionCheck | null }> {
  const { groups, ...result } = await fetchGroupColumns(source, query, signal);
  const field = query.fields.recordedDirection;
  if (field === undefined) return { table: conversationTableOfGroups(groups, networks, problems), result, recorded: null };
  const groupRows = new Uint32Array(groups.length);
  const table = conversationTableOfGroups(groups, networks, problems, groupRows);
  const computed = Array.from(table.direction, (code) => DIRECTIONS[code]);
  const recorded = checkRecordedDirections({ field, computed, recordedValuesAt: (row) => recordedDirectionsAt(groups, groupRows[row]) });
  return { table, result, recorded };
}

/**
 * A direction field that cannot be aggregated (a text field) fails the engine's search naming the field;
 * said here as the request's `fields.direction`, so the hunter knows which mapping entry to change.
 */
function nameDirectionField(error: unknown, field: string | undefined): unknown {
  if (field === undefined || !isSourceError(error) || error.code !== 'not_aggregatable' || !error.message.includes(`[${field}]`)) return error;
  return new SourceError('not_aggregatable', `fields.direction: ${error.message}`, { cause: error, field: 'fields.direction' });
}

function describeProblem(problem: ConversationProblem): string {
  switch (problem.kind) {
    case 'invalid_address':
      return `${problem.conversations} conversation(s) (${problem.observations} observations) left out: ${problem.field} "${problem.value}" ${problem.reason}`;
    case 'invalid_group':
      return `${problem.conversations} group(s) left out: ${problem.field} ${problem.reason} (e.g. ${problem.examples.join(', ')})`;
    case 'invalid_event':
      return `${problem.events} event(s) left out: ${problem.field} ${problem.reason}`;
  }
}

/**
 * Conversations of a search scope: the source aggregates (signature id, source, destination) groups in
 * the engine; here each group becomes a Conversation (OTR, direction from the home networks, through the
 * one shared path toConversation), then the summary facts and per-signature OTR box statistics are
 * computed over them. Groups that cannot be conversations (e.g. a source that is not an IP address) are
 * counted in a warning, never guessed. Groups and conversations are held as typed columns of codes into one
 * list of the distinct texts, never as an object or a string per row, and are answered that way
 * (EncodedConversationColumns): a million conversations cost about 60 bytes each here and on the wire.
 * Cost: O(g log g) for g groups; memory O(g).
 */
export async function getConversations(source: AnalysisSource, request: ConversationsRequest, signal: AbortSignal): Promise<EncodedConversationsResponse> {
  const networks = parseHomeNetworks(request.home_networks);
  const problems = new ConversationProblemCollector();
  const { table, result, recorded } = await fetchConversationTable(
    source,
    {
      ...toSourceScope(request, request.fields.timestamp),
      fields: {
        signatureId: request.fields.signature_id,
        signature: request.fields.signature_name,
        sourceIp: request.fields.source,
        destinationIp: request.fields.destination,
        ...(request.fields.direction !== undefined ? { recordedDirection: request.fields.direction } : {}),
      },
      maxGroups: request.max_conversations,
    },
    networks,
    problems,
    signal,
  ).catch((error: unknown) => {
    throw nameDirectionField(error, request.fields.direction);
  });
  const { strings } = table;
  const keysAt = (row: number) => ({ signatureId: strings[table.signatureId[row]], sourceIp: strings[table.sourceIp[row]], destinationIp: strings[table.destinationIp[row]] });
  const report = recorded === null ? null : toRecordedDirectionReport(recorded, keysAt);
  const { partial, warnings } = toResponseWarnings(result.warnings);
  const truncation: ResponseWarning[] = result.truncated
    ? [
        {
          code: 'truncated',
          message: `showing the first ${request.max_conversations} of ${result.totalGroups ?? 'more'} conversations (max_conversations); narrow the time range or query, or raise the maximum`,
        },
      ]
    : [];
  return {
    conversations: recorded === null ? toEncodedColumns(table) : { ...toEncodedColumns(table), recorded_direction: encodeRecordedDirections(recorded.recorded) },
    total_conversations: result.totalGroups,
    truncated: result.truncated,
    summary: toSummaryBody(summarizeCodedConversationTable(table, { topN: request.top })),
    otr_box_stats: otrBoxStats(table),
    partial,
    ...(report !== null ? { recorded_direction_check: report.body } : {}),
    warnings: [...truncation, ...warnings, ...droppedWarnings(problems.toArray()), ...(report?.warnings ?? [])],
  };
}

const MAX_PROBLEM_WARNINGS = 10;

/** The first few problems one line each, the rest counted in one line, so bad data cannot flood the response. */
function droppedWarnings(problems: readonly ConversationProblem[]): ResponseWarning[] {
  const shown: ResponseWarning[] = problems.slice(0, MAX_PROBLEM_WARNINGS).map((problem) => ({ code: 'dropped', message: describeProblem(problem) }));
  if (problems.length > MAX_PROBLEM_WARNINGS) {
    shown.push({ code: 'dropped', message: `${problems.length - MAX_PROBLEM_WARNINGS} more kinds of unusable groups left out` });
  }
  return shown;
}
