import { useEffect, useState } from 'react';
import { toApiError } from '../../services/api_client';

export type RequestState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly previous?: T }
  | { readonly status: 'success'; readonly data: T }
  | { readonly status: 'error'; readonly error: Error };

/**
 * Runs one request per distinct `key` (the serialised request body) and aborts the one in flight when the
 * key changes or the panel unmounts, so a slow old answer never overwrites a new one. `run` null means
 * "nothing to ask yet" (idle). While loading, the last answer stays available as `previous`.
 */
export function useApiRequest<T>(run: ((signal: AbortSignal) => Promise<T>) | null, key: string): RequestState<T> {
  const [state, setState] = useState<RequestState<T>>({ status: 'idle' });
  useEffect(() => {
    if (run === null) {
      setState({ status: 'idle' });
      return undefined;
    }
    const controller = new AbortController();
    setState((current) => ({ status: 'loading', previous: current.status === 'success' ? current.data : undefined }));
    run(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: toApiError(error) });
      },
    );
    return () => controller.abort();
    // `run` is rebuilt on every render; the key says when the request itself changed.
  }, [key]);
  return state;
}
