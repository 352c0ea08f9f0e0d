/** Why a sample-data load failed; the message names the cluster URL or the refused document. */
export type SampleDataLoadFailure = 'unreachable' | 'refused_document' | 'request_failed' | 'aborted';

export class SampleDataLoadError extends Error {
  constructor(
    readonly failure: SampleDataLoadFailure,
    message: string,
    readonly documentId?: string,
  ) {
    super(message);
    this.name = 'SampleDataLoadError';
  }
}
