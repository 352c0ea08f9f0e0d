import { messageOf } from '../server/sources/source_errors';
import { OptionError } from '../standalone/option_error';
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
  // Options that cannot work as given (a bad --es URL, no dataset fitting --preset) are fixed on the command line.
  if (error instanceof UsageError || error instanceof ListenPolicyError || error instanceof OptionError) return { exitCode: EXIT_USAGE_ERROR, message: error.message };
  return { exitCode: EXIT_ANALYSIS_ERROR, message: messageOf(error) };
}
