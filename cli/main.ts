import { Command, CommanderError } from 'commander';

import { describeFailure, EXIT_OK, EXIT_USAGE_ERROR } from './cli_errors';
import { buildConversationsCommand } from './commands/conversations_command';
import { buildLoadSampleCommand } from './commands/load_sample_command';
import { buildRareCommand } from './commands/rare_command';
import { buildServeCommand } from './commands/serve_command';
import { buildTimelineCommand } from './commands/timeline_command';

/** The `hunt-eda` program: results on stdout, progress and messages on stderr. */
export function buildProgram(write: (text: string) => void): Command {
  const program = new Command('hunt-eda')
    .description('Exploratory data analysis for threat hunters, over Elasticsearch or local files (eve.json, Zeek, ECS NDJSON, CSV)')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .addCommand(buildServeCommand(write))
    .addCommand(buildConversationsCommand(write))
    .addCommand(buildTimelineCommand(write))
    .addCommand(buildRareCommand(write))
    .addCommand(buildLoadSampleCommand(write));
  const exitOverride = (command: Command) => {
    command.exitOverride();
    command.commands.forEach(exitOverride);
  };
  exitOverride(program);
  return program;
}

/**
 * Commander ends help and `--version` by throwing too (exitOverride), so its error code tells a request for
 * them from a refused command line. `commander.help` is both the `help CMD` command (exit code 0) and the help
 * printed to stderr when no command was given (exit code 1).
 */
function isHelpOrVersion(error: CommanderError): boolean {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return true;
  return error.code === 'commander.help' && error.exitCode === 0;
}

/** Runs the CLI and resolves with the exit code: 0 done, 1 analysis error, 2 usage error. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = buildProgram((text) => process.stdout.write(text));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its own message (or the help); asking for help or the version ends successfully,
      // anything else it refused (unknown option, missing argument, no command…) is a usage error.
      return isHelpOrVersion(error) ? EXIT_OK : EXIT_USAGE_ERROR;
    }
    const { exitCode, message } = describeFailure(error);
    process.stderr.write(`hunt-eda: ${message}\n`);
    return exitCode;
  }
}
