import type { KibanaRequest } from '@kbn/core/server';

/**
 * An AbortSignal that fires when the client goes away (`request.events.aborted$`), so the source cancels
 * its Elasticsearch requests (and Elasticsearch its search tasks) instead of finishing work nobody reads.
 * Call `dispose` when the handler ends.
 */
export function abortOnClientGone(request: KibanaRequest): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const subscription = request.events.aborted$.subscribe(() => controller.abort());
  return { signal: controller.signal, dispose: () => subscription.unsubscribe() };
}
