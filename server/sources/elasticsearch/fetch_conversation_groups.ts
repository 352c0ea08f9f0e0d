import type { estypes } from '@elastic/elasticsearch';
import { ConversationGroupColumnsBuilder } from '../../../common/conversations/conversation_group_columns_builder';
import type { ConversationGroup } from '../../../common/model/conversation_group';
import type { ConversationGroupColumnsResult, ConversationGroupsQuery } from '../analysis_source';
import { buildConversationsPlanRequest } from './build_conversations_plan_request';
import type { PlanPart } from './build_conversations_plan_request';
import { buildConversationsRequest, buildConversationsTermsRequest } from './build_conversations_request';
import type { ConversationsPageOptions, SourceRange } from './build_conversations_request';
import { isTooManyBucketsError } from './errors';
import type { CompositeKey } from './native_types';
import { parseConversationsPlanResponse } from './parse_conversations_plan_response';
import type { ConversationsPlanPage, NativeConversationsPlanResponse } from './parse_conversations_plan_response';
import { parseConversationsResponse } from './parse_conversations_response';
import { scanConversationsResponse } from './scan_conversations_response';
import { scanConversationsTermsResponse } from './scan_conversations_terms_response';
import type { ConversationsTermsPage } from './scan_conversations_terms_response';
import type { ConversationsPage, NativeConversationsResponse, ParseConversationsOptions } from './parse_conversations_response';
import { nextPartitionEnd, partitionBudget, sliceStarts } from './plan_source_partitions';

/**
 * Sends one search (with the caller's signal and error mapping) and answers its parsed body; `cancel`
 * aborts this search alone.
 */
export type SendSearch = (request: estypes.SearchRequest, cancel?: AbortSignal) => Promise<unknown>;

/** How searches reach the engine: parsed answers, and, when the transport can give them, raw JSON bytes. */
export interface ConversationSearches {
  readonly send: SendSearch;
  /**
   * Sends one search and answers its body's bytes. The partitions' pages are read with it when given
   * (scanConversationsResponse: no tree per bucket); without it they are parsed as every other answer.
   */
  readonly sendForBytes?: (request: estypes.SearchRequest) => Promise<Buffer>;
}

export interface FetchConversationGroupsOptions {
  /** Composite buckets per page when pages carry the name sub-aggregation (each group is then two buckets). */
  readonly pageSize: number;
  /** Composite buckets per page without it (bounded by search.max_buckets, 65,536 by default). */
  readonly pageSizeWithoutNames: number;
  /** Sources, and (signature id, name) pairs, per page of the plan; together below search.max_buckets. */
  readonly planSourcesPageSize: number;
  readonly planNamesPageSize: number;
  /** The plan starts alongside the first page when that page takes longer than this (a large scope). */
  readonly planDelayMs: number;
  /** Partition requests in flight at once. */
  readonly concurrency: number;
}

interface PartitionResult {
  readonly groups: readonly ConversationGroup[];
  readonly counted: number;
  readonly documents: number;
}

/**
 * Conversation groups of a query, folded into columns as pages arrive. A scope with at most one page of
 * groups costs one request, as a plain composite would (two when a signature id has several names, see
 * fetchFirstPage); the plan starts beside a slow first page and, when it proves there are more groups than
 * one page, the first page is abandoned. Past one page, Elasticsearch would scan every
 * matching document again for each page, so the groups are fetched in partitions of the sources instead
 * (see buildConversationsPlanRequest): a plan lists the sources with their document counts and the names of
 * each signature id, then each partition (a `range` on the source field) is fetched on its own, `concurrency`
 * at a time: in one nested `terms` search when its groups need no name sub-aggregation and that answer is
 * whole (fetchPartitionAsTerms), else paged as a composite. Partitions are folded in partition order, so a
 * truncated result is the same on every run. Past `maxGroups` the remaining partitions are only counted, so
 * the total stays exact.
 */
export async function fetchConversationGroups(
  { send, sendForBytes }: ConversationSearches,
  query: ConversationGroupsQuery,
  options: FetchConversationGroupsOptions,
): Promise<ConversationGroupColumnsResult> {
  const maxGroups = query.maxGroups ?? Number.POSITIVE_INFINITY;
  const withRecordedDirections = query.fields.recordedDirection !== undefined;
  const builder = new ConversationGroupColumnsBuilder({ withRecordedDirections });
  // The recorded direction `terms` adds up to two buckets per group: pages shrink so that a page builds no
  // more buckets than without it (a group is then four buckets with names, three without).
  const firstPageSize = withRecordedDirections ? Math.max(1, Math.floor(options.pageSize / 2)) : options.pageSize;
  const pageSizeWithoutNames = withRecordedDirections ? Math.max(1, Math.floor(options.pageSizeWithoutNames / 3)) : options.pageSizeWithoutNames;
  const warnings = new Set<string>();
  // A first page slow to come means many documents: the plan is then started without waiting for it, and
  // cancelled if the page turns out to be the only one. A quick scope never starts it. A plan listing more
  // sources than the first page holds groups shows the page is not the only one (each source is in a group
  // at least, unless all its documents lack a signature id or destination; then abandoning costs time, not
  // groups): the page, which makes Elasticsearch scan every document, is then abandoned for the partitions.
  const cancelPlan = new AbortController();
  const cancelFirst = new AbortController();
  let planning: Promise<Plan> | undefined;
  const startPlan = (): Promise<Plan> => (planning ??= fetchPlan(send, query, options, cancelPlan.signal));
  const early = setTimeout(() => {
    startPlan()
      .then((plan) => {
        if (plan.sources.length > firstPageSize) cancelFirst.abort();
      })
      .catch(() => undefined);
  }, options.planDelayMs);
  let first: ConversationsPage | undefined;
  try {
    first = await fetchFirstPage(send, query, firstPageSize, options.planNamesPageSize, withRecordedDirections, cancelFirst.signal);
  } catch (error) {
    if (!cancelFirst.signal.aborted) {
      await dropPlan(cancelPlan, planning);
      throw error;
    }
  } finally {
    clearTimeout(early);
  }
  if (first !== undefined) {
    first.warnings.forEach((warning) => warnings.add(warning));
    if (first.after === undefined) {
      await dropPlan(cancelPlan, planning);
      first.groups.slice(0, maxGroups).forEach((group) => builder.add(group));
      return { groups: builder.build(), truncated: first.bucketCount > maxGroups, totalGroups: first.bucketCount, warnings: [...warnings] };
    }
  }

  const plan = await startPlan();
  plan.warnings.forEach((warning) => warnings.add(warning));
  const withoutNames = [...plan.names.values()].every((names) => names.size === 1);
  const nameOf = (signatureId: string): string | undefined => plan.names.get(signatureId)?.values().next().value;
  const pageSize = withoutNames ? pageSizeWithoutNames : firstPageSize;
  const known = new Set(plan.sources.map(String));
  const documents = plan.documents;
  const totalDocuments = documents.reduce((sum, count) => sum + count, 0);

  let documentsSeen = 0;
  let groupsSeen = 0;
  let truncated = false;
  let reserved = false;
  const fetchPartition = async (start: number, end: number, countOnly: boolean): Promise<PartitionResult> => {
    const members = new Set(plan.sources.slice(start, end).map(String));
    const parse: ParseConversationsOptions = { nameOf, acceptSource: (source) => members.has(source) || !known.has(source), withRecordedDirections };
    const range: SourceRange = { from: plan.sources[start], to: plan.sources[end - 1] };
    const groups: ConversationGroup[] = [];
    let partitionDocuments = 0;
    for (let i = start; i < end; i += 1) partitionDocuments += documents[i];
    if (sendForBytes !== undefined && withoutNames && !withRecordedDirections && !countOnly) {
      const slices = sliceStarts(documents, start, end, TERMS_SLICES).map((first, index, starts) => ({
        from: plan.sources[first],
        to: plan.sources[(starts[index + 1] ?? end) - 1],
      }));
      const whole = await fetchPartitionAsTerms(sendForBytes, query, slices, pageSize, parse, warnings);
      if (whole !== undefined) return { groups: whole.groups, counted: whole.bucketCount, documents: partitionDocuments };
    }
    let partitionCount = 0;
    let after: CompositeKey | undefined;
    do {
      const page: ConversationsPageOptions = { pageSize, after, countOnly, withoutNames, sourceRange: range };
      const request = buildConversationsRequest(query, page);
      const parsed =
        sendForBytes !== undefined
          ? scanConversationsResponse(await sendForBytes(request), pageSize, parse)
          : parseConversationsResponse((await send(request)) as NativeConversationsResponse, pageSize, parse);
      parsed.warnings.forEach((warning) => warnings.add(warning));
      partitionCount += parsed.bucketCount;
      for (const group of parsed.groups) groups.push(group);
      after = parsed.after;
    } while (after !== undefined);
    return { groups, counted: partitionCount, documents: partitionDocuments };
  };

  // Each of `concurrency` workers starts the next partition as soon as its own is in, so a slow partition
  // holds up no other request. Results are folded in partition order (a truncated result is then the same on
  // every run); a worker waits while `concurrency` finished partitions wait for an earlier one, which bounds
  // the groups held outside the columns.
  const waiting = new Map<number, PartitionResult>();
  const wakeUps: (() => void)[] = [];
  const wakeAll = (): void => wakeUps.splice(0).forEach((wake) => wake());
  let next = 0;
  let started = 0;
  let folded = 0;
  let failed = false;
  const foldInOrder = (): void => {
    for (let result = waiting.get(folded); result !== undefined; result = waiting.get(folded)) {
      waiting.delete(folded);
      folded += 1;
      // Sized once a fifth of the documents is in (the columns would otherwise double past the need).
      if (!reserved && documentsSeen >= totalDocuments / 5) {
        builder.reserve(Math.min(maxGroups, Math.ceil((totalDocuments * groupsSeen * 1.05) / documentsSeen)));
        reserved = true;
      }
      for (const group of result.groups) {
        if (builder.length >= maxGroups) {
          truncated = true;
          break;
        }
        builder.add(group);
      }
    }
    wakeAll();
  };
  const work = async (): Promise<void> => {
    for (;;) {
      while (waiting.size >= options.concurrency && !failed) await new Promise<void>((wake) => wakeUps.push(wake));
      if (failed || next >= documents.length) return;
      const ordinal = started;
      const start = next;
      const end = nextPartitionEnd(documents, start, partitionBudget(pageSize, documentsSeen, groupsSeen));
      started += 1;
      next = end;
      try {
        const result = await fetchPartition(start, end, truncated);
        documentsSeen += result.documents;
        groupsSeen += result.counted;
        waiting.set(ordinal, result);
        foldInOrder();
      } catch (error) {
        failed = true;
        wakeAll();
        throw error;
      }
    }
  };
  const outcomes = await Promise.allSettled(Array.from({ length: options.concurrency }, work));
  const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failure !== undefined) throw failure.reason;
  // Every partition is in by now: the groups seen are the exact total.
  return { groups: builder.build(), truncated, totalGroups: groupsSeen, warnings: [...warnings] };
}

/**
 * Buckets per level of a partition's nested `terms`: a partition is sized for about 80% of `pageSize`
 * groups (partitionBudget), so a level holds all its terms unless one signature id or source has far more
 * partners than the partition was sized for.
 */
const TERMS_SIZE_PER_PAGE = 2;

/**
 * Slices of a partition's nested `terms` (buildConversationsTermsRequest): on 40,000 alerts, 2 slices
 * took 52–62 ms, 4 took 50–53 ms, 8 took 56–60 ms (one tree: 67–77 ms).
 */
const TERMS_SLICES = 4;

/**
 * A partition, in slices, in one request of nested `terms` (buildConversationsTermsRequest), when that
 * answer holds all its groups; undefined when a level or a slice is missing terms, or the buckets would pass
 * search.max_buckets, and the partition is then paged as a composite. The shard warnings are added to
 * `warnings` only for an answer that is used.
 */
async function fetchPartitionAsTerms(
  sendForBytes: NonNullable<ConversationSearches['sendForBytes']>,
  query: ConversationGroupsQuery,
  slices: readonly SourceRange[],
  pageSize: number,
  parse: ParseConversationsOptions,
  warnings: Set<string>,
): Promise<ConversationsTermsPage | undefined> {
  let body: Buffer;
  try {
    body = await sendForBytes(buildConversationsTermsRequest(query, slices, pageSize * TERMS_SIZE_PER_PAGE));
  } catch (error) {
    if (isTooManyBucketsError(error)) return undefined;
    throw error;
  }
  const page = scanConversationsTermsResponse(body, parse);
  if (!page.whole || page.slices !== slices.length) return undefined;
  page.warnings.forEach((warning) => warnings.add(warning));
  return page;
}

/**
 * The first page of groups, without the per-group name sub-aggregation (it doubles the buckets and slows
 * a one-page scope by about half) but with the (signature id, name) pairs listed beside it in the same
 * request. When that list is complete and every signature id in it has one name, the groups take their
 * names from it; otherwise (a rule renamed within the scope, or more pairs than one list page) the page
 * is asked again with the sub-aggregation, so each group keeps its own most frequent name.
 */
async function fetchFirstPage(
  send: SendSearch,
  query: ConversationGroupsQuery,
  pageSize: number,
  namesPageSize: number,
  withRecordedDirections: boolean,
  cancel: AbortSignal,
): Promise<ConversationsPage> {
  const response = await send(buildConversationsRequest(query, { pageSize, withoutNames: true, namesPageSize }), cancel);
  const listed = parseConversationsPlanResponse(response as NativeConversationsPlanResponse, { sources: Number.POSITIVE_INFINITY, names: namesPageSize });
  const names = new Map<string, string>();
  let single = listed.namesAfter === undefined;
  for (const { signatureId, signature } of listed.names) {
    if (!single) break;
    const known = names.get(signatureId);
    if (known !== undefined && known !== signature) single = false;
    names.set(signatureId, signature);
  }
  if (single) {
    return parseConversationsResponse(response as NativeConversationsResponse, pageSize, { nameOf: (signatureId) => names.get(signatureId), withRecordedDirections });
  }
  return parseConversationsResponse((await send(buildConversationsRequest(query, { pageSize }), cancel)) as NativeConversationsResponse, pageSize, { withRecordedDirections });
}

interface Plan {
  readonly sources: (string | number)[];
  readonly documents: number[];
  readonly names: Map<string, Set<string>>;
  readonly warnings: Set<string>;
}

async function dropPlan(cancel: AbortController, planning: Promise<Plan> | undefined): Promise<void> {
  if (planning === undefined) return;
  cancel.abort();
  await planning.catch(() => undefined);
}

/**
 * The plan's two lists, each paged in its own searches, side by side: asked together in one search they
 * took 1.0–1.4 s on ten million alerts, apart 0.3 s each (on two cores, at the same time).
 */
async function fetchPlan(send: SendSearch, query: ConversationGroupsQuery, options: FetchConversationGroupsOptions, cancel: AbortSignal): Promise<Plan> {
  const plan: Plan = { sources: [], documents: [], names: new Map(), warnings: new Set() };
  const pageSizes = { sources: options.planSourcesPageSize, names: options.planNamesPageSize };
  // A list that fails stops the other: the plan is of no use without both.
  const failed = new AbortController();
  const signal = AbortSignal.any([cancel, failed.signal]);
  const pageThrough = async (list: 'sources' | 'names', take: (page: ConversationsPlanPage) => void): Promise<void> => {
    let part: PlanPart = {};
    while (part !== null) {
      const parts = list === 'sources' ? { sources: part, names: null } : { sources: null, names: part };
      const request = buildConversationsPlanRequest(query, { sourcesPageSize: pageSizes.sources, namesPageSize: pageSizes.names, ...parts });
      const page = parseConversationsPlanResponse((await send(request, signal)) as NativeConversationsPlanResponse, pageSizes);
      page.warnings.forEach((warning) => plan.warnings.add(warning));
      take(page);
      const after = list === 'sources' ? page.sourcesAfter : page.namesAfter;
      part = after !== undefined ? { after } : null;
    }
  };
  const stopOnFailure = (error: unknown): never => {
    failed.abort();
    throw error;
  };
  await Promise.all([
    pageThrough('sources', (page) => {
      for (const source of page.sources) {
        plan.sources.push(source.value);
        plan.documents.push(source.documents);
      }
    }).catch(stopOnFailure),
    pageThrough('names', (page) => {
      for (const { signatureId, signature } of page.names) {
        const known = plan.names.get(signatureId);
        if (known === undefined) plan.names.set(signatureId, new Set([signature]));
        else known.add(signature);
      }
    }).catch(stopOnFailure),
  ]);
  return plan;
}
