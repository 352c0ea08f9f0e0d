import { SourceError } from '../server/sources/source_errors';
import { OptionError } from '../standalone/option_error';
import { describeFailure, EXIT_ANALYSIS_ERROR, EXIT_USAGE_ERROR, UsageError } from './cli_errors';

describe('describeFailure', () => {
  it('gives the usage code to errors the command line fixes, by their class', () => {
    expect(describeFailure(new UsageError('--format: expected json'))).toEqual({ exitCode: EXIT_USAGE_ERROR, message: '--format: expected json' });
    expect(describeFailure(new OptionError('--es: "x" is not a URL'))).toEqual({ exitCode: EXIT_USAGE_ERROR, message: '--es: "x" is not a URL' });
  });

  it('does not read messages: a source error that mentions an option is still an analysis error', () => {
    const unreachable = new SourceError('unavailable', 'cannot reach Elasticsearch at http://x:9 (refused); check --es and that the cluster is running');
    expect(describeFailure(unreachable).exitCode).toBe(EXIT_ANALYSIS_ERROR);
    expect(describeFailure(new SourceError('bad_query', 'Field "x" holds text values; pass --preset zeek')).exitCode).toBe(EXIT_ANALYSIS_ERROR);
    expect(describeFailure(new Error('boom'))).toEqual({ exitCode: EXIT_ANALYSIS_ERROR, message: 'boom' });
  });
});
