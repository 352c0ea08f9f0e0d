import type { z } from 'zod';
import { CONVERSATIONS_API_PATH, conversationsRequestSchema, decodeConversationsResponse } from '../../common/api/conversations';
import type { ConversationsRequestBody, ConversationsResponse, EncodedConversationsResponse } from '../../common/api/conversations';
import { DISTRIBUTION_API_PATH, distributionRequestSchema } from '../../common/api/distribution';
import type { DistributionRequestBody, DistributionResponse } from '../../common/api/distribution';
import { EVENTS_API_PATH, eventsRequestSchema } from '../../common/api/events';
import type { EventsRequestBody, EventsResponse } from '../../common/api/events';
import { FIELDS_API_PATH, fieldsRequestSchema } from '../../common/api/fields';
import type { FieldsRequestBody, FieldsResponse } from '../../common/api/fields';
import { formatValidationIssues } from '../../common/api/format_validation_issues';
import { RARE_VALUES_API_PATH, rareValuesRequestSchema } from '../../common/api/rare_values';
import type { RareValuesRequestBody, RareValuesResponse } from '../../common/api/rare_values';
import type { ApiErrorBody } from '../../common/api/request_schemas';
import { TIMELINE_API_PATH, timelineRequestSchema } from '../../common/api/timeline';
import type { TimelineRequestBody, TimelineResponse } from '../../common/api/timeline';

/**
 * Sends a JSON body to an internal route and resolves with the parsed JSON response. Kibana's
 * `core.http.post` has this shape; `createFetchPost` builds one over `fetch` for the standalone page.
 * It must reject on a non-2xx status and honour the signal.
 */
export type HttpPost = (path: string, options: { readonly body: string; readonly signal?: AbortSignal }) => Promise<unknown>;

/** A failed call, with the route's own message (`body.time_range.from: expected an ISO-8601 date`). */
export class ApiError extends Error {
  public readonly statusCode: number | undefined;
  public readonly code: string | undefined;
  public readonly field: string | undefined;
  constructor(message: string, options: { statusCode?: number; code?: string; field?: string } = {}) {
    super(message);
    this.name = 'ApiError';
    this.statusCode = options.statusCode;
    this.code = options.code;
    this.field = options.field;
  }
}

export interface HuntEdaApiClient {
  conversations(body: ConversationsRequestBody, signal?: AbortSignal): Promise<ConversationsResponse>;
  timeline(body: TimelineRequestBody, signal?: AbortSignal): Promise<TimelineResponse>;
  rareValues(body: RareValuesRequestBody, signal?: AbortSignal): Promise<RareValuesResponse>;
  distribution(body: DistributionRequestBody, signal?: AbortSignal): Promise<DistributionResponse>;
  fields(body: FieldsRequestBody, signal?: AbortSignal): Promise<FieldsResponse>;
  events(body: EventsRequestBody, signal?: AbortSignal): Promise<EventsResponse>;
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}

/**
 * Normalises what an HttpPost rejects with: Kibana's IHttpFetchError (`body` holds the route's error body),
 * our own ApiError, an AbortError (passed through so callers can ignore it) or anything else.
 */
export function toApiError(error: unknown): Error {
  if (error instanceof ApiError) return error;
  if (error instanceof Error && error.name === 'AbortError') return error;
  if (typeof error === 'object' && error !== null) {
    const { body, response } = error as { body?: unknown; response?: { status?: unknown } };
    if (isApiErrorBody(body)) {
      return new ApiError(body.message, {
        statusCode: body.statusCode,
        code: body.attributes?.code,
        field: body.attributes?.field,
      });
    }
    if (error instanceof Error) {
      return new ApiError(error.message, { statusCode: typeof response?.status === 'number' ? response.status : undefined });
    }
  }
  return new ApiError(String(error));
}

function post<Schema extends z.ZodType, Response, Sent = Response>(http: HttpPost, path: string, schema: Schema, read: (sent: Sent) => Response = (sent) => sent as unknown as Response) {
  return async (body: z.input<Schema>, signal?: AbortSignal): Promise<Response> => {
    // Validated here too, so a bad control value is reported by field before any request leaves the page.
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ApiError(formatValidationIssues(parsed.error.issues, body), { statusCode: 400, code: 'bad_request' });
    let sent: Sent;
    try {
      sent = (await http(path, { body: JSON.stringify(body), signal })) as Sent;
    } catch (error) {
      throw toApiError(error);
    }
    return read(sent);
  };
}

/** The typed client of every Hunt EDA route, over the host's HTTP function. */
export function createApiClient(http: HttpPost): HuntEdaApiClient {
  return {
    conversations: post<typeof conversationsRequestSchema, ConversationsResponse, EncodedConversationsResponse>(
      http,
      CONVERSATIONS_API_PATH,
      conversationsRequestSchema,
      decodeConversationsResponse,
    ),
    timeline: post<typeof timelineRequestSchema, TimelineResponse>(http, TIMELINE_API_PATH, timelineRequestSchema),
    rareValues: post<typeof rareValuesRequestSchema, RareValuesResponse>(http, RARE_VALUES_API_PATH, rareValuesRequestSchema),
    distribution: post<typeof distributionRequestSchema, DistributionResponse>(http, DISTRIBUTION_API_PATH, distributionRequestSchema),
    fields: post<typeof fieldsRequestSchema, FieldsResponse>(http, FIELDS_API_PATH, fieldsRequestSchema),
    events: post<typeof eventsRequestSchema, EventsResponse>(http, EVENTS_API_PATH, eventsRequestSchema),
  };
}

type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal }) => Promise<{
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  text(): Promise<string>;
}>;

/**
 * An HttpPost over `fetch` (the standalone page): JSON in and out, `kbn-xsrf` set as Kibana's internal
 * routes require, and a non-2xx status turned into an ApiError carrying the route's message.
 */
export function createFetchPost(fetchFn: FetchLike, basePath = ''): HttpPost {
  return async (path, { body, signal }) => {
    const response = await fetchFn(`${basePath}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'kbn-xsrf': 'hunt-eda', 'x-elastic-internal-origin': 'Kibana' },
      body,
      signal,
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      throw new ApiError(`${path} answered ${response.status} with a body that is not JSON`, { statusCode: response.status });
    }
    if (!response.ok) {
      if (isApiErrorBody(parsed)) {
        throw new ApiError(parsed.message, { statusCode: response.status, code: parsed.attributes?.code, field: parsed.attributes?.field });
      }
      throw new ApiError(`${path} failed: ${response.status} ${response.statusText}`, { statusCode: response.status });
    }
    return parsed;
  };
}
