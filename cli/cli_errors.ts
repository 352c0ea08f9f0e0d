import { isSourceError, messageOf } from '../server/sources/source_errors';
import { ListenPolicyError } from '../standalone/resolve_listen_policy';

/** Exit codes: 0 done, 1 the analysis failed (unreadable data, unreachable cluster…), 2 the command line is wrong. */
export const EXIT_OK = 0;
export const EXIT_ANALYSIS_ERROR = 1;
export const EXIT_USAGE_ERROR = 2;

/** A wrong command line: the message says which option and what to give instead. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** How an error ends the process: its exit code and one message for people (never a stack trace). */
export function describeFailure(error: unknown): { exitCode: number; message: string } {
  if (error instanceof UsageError || error instanceof ListenPolicyError) return { exitCode: EXIT_USAGE_ERROR, message: error.message };
  if (isSourceError(error)) {
    // A scope nobody can analyse (no dataset fits, several fit, bad option values) is fixed on the command line.
    const usage = error.code === 'bad_query' && /pass --|--es|--ca|--from|--to|preset|API key|username/.test(error.message);
    return { exitCode: usage ? EXIT_USAGE_ERROR : EXIT_ANALYSIS_ERROR, message: error.message };
  }
  return { exitCode: EXIT_ANALYSIS_ERROR, message: messageOf(error) };
}
