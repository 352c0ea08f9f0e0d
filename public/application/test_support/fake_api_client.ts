import type { EventsRequestBody, EventsResponse } from '../../../common/api/events';
import type { HuntEdaApiClient } from '../../services/api_client';

/**
 * A client for component tests whose `events` answers with `answer` (or its rejection) and records each
 * body; the analysis routes are not part of these tests and fail if called.
 */
export function createFakeEventsClient(answer: (body: EventsRequestBody) => Promise<EventsResponse>): { client: HuntEdaApiClient; bodies: EventsRequestBody[] } {
  const bodies: EventsRequestBody[] = [];
  const unused = async (): Promise<never> => {
    throw new Error('not used by this test');
  };
  const client: HuntEdaApiClient = {
    conversations: unused,
    timeline: unused,
    rareValues: unused,
    distribution: unused,
    fields: unused,
    events: async (body) => {
      bodies.push(body);
      return answer(body);
    },
  };
  return { client, bodies };
}
