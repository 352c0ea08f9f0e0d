import type {
  ConversationColumns,
  ConversationsRequest,
  ConversationsResponse,
  ConversationsSummaryBody,
  OtrQuantilesBody,
  SignatureOtrBoxStats,
} from '../../common/api/conversations';
import type { ResponseWarning } from '../../common/api/request_schemas';
import { ConversationProblemCollector } from '../../common/conversations/conversation_problem_collector';
import { summarizeConversations } from '../../common/conversations/summarize_conversations';
import { toConversation } from '../../common/conversations/to_conversation';
import type { Conversation } from '../../common/model/conversation';
import type { ConversationProblem } from '../../common/model/conversation_problem';
import type { ConversationSummary, OtrQuantiles } from '../../common/model/conversation_summary';
import type { Direction } from '../../common/model/direction';
import { parseHomeNetworks } from '../../common/network/home_networks';
import { boxPlotStatsByGroup } from '../../common/stats/box_plot_stats_by_group';
import type { AnalysisSource } from '../sources/analysis_source';
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

function toColumns(conversations: readonly Conversation[]): ConversationColumns {
  return {
    signature_id: conversations.map((c) => c.signatureId),
    signature_name: conversations.map((c) => c.signature),
    source_ip: conversations.map((c) => c.sourceIp),
    destination_ip: conversations.map((c) => c.destinationIp),
    first_seen: conversations.map((c) => c.firstSeen),
    last_seen: conversations.map((c) => c.lastSeen),
    otr_seconds: conversations.map((c) => c.otrSeconds),
    observations: conversations.map((c) => c.observations),
    direction: conversations.map((c) => c.direction),
  };
}

/** Per signature, Tukey box statistics of OTR; outliers point back at their rows so each drills down. */
function otrBoxStats(conversations: readonly Conversation[]): SignatureOtrBoxStats[] {
  const names = new Map<string, string>();
  const points = conversations.map((c, row) => {
    names.set(c.signatureId, c.signature);
    return { group: c.signatureId, id: String(row), value: c.otrSeconds };
  });
  return boxPlotStatsByGroup(points).map(({ group, stats }) => ({
    signature_id: group,
    signature_name: names.get(group) ?? '',
    count: stats.count,
    min: stats.min,
    q1: stats.q1,
    median: stats.median,
    q3: stats.q3,
    max: stats.max,
    iqr: stats.iqr,
    lower_fence: stats.lowerFence,
    upper_fence: stats.upperFence,
    whisker_low: stats.lowerWhisker,
    whisker_high: stats.upperWhisker,
    outlier_rows: stats.outliers.map((point) => Number(point.id)),
  }));
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
 * counted in a warning, never guessed. Cost: O(g log g) for g groups; memory O(g).
 */
export async function getConversations(source: AnalysisSource, request: ConversationsRequest, signal: AbortSignal): Promise<ConversationsResponse> {
  const networks = parseHomeNetworks(request.home_networks);
  const result = await source.fetchConversationGroups(
    {
      ...toSourceScope(request, request.fields.timestamp),
      fields: {
        signatureId: request.fields.signature_id,
        signature: request.fields.signature_name,
        sourceIp: request.fields.source,
        destinationIp: request.fields.destination,
      },
      maxGroups: request.max_conversations,
    },
    signal,
  );
  const conversations: Conversation[] = [];
  const problems = new ConversationProblemCollector();
  for (const group of result.groups) {
    const converted = toConversation(group, networks);
    if (converted.ok) conversations.push(converted.conversation);
    else converted.problems.forEach((problem) => problems.add(problem));
  }
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
    conversations: toColumns(conversations),
    total_conversations: result.totalGroups,
    truncated: result.truncated,
    summary: toSummaryBody(summarizeConversations(conversations, { topN: request.top })),
    otr_box_stats: otrBoxStats(conversations),
    partial,
    warnings: [...truncation, ...warnings, ...droppedWarnings(problems.toArray())],
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
