import { SourceError } from '../server/sources/source_errors';

/**
 * An option that cannot work as given (an --es that is not a URL, a --from after the end, no dataset fitting
 * the preset asked for): the caller fixes it, so the CLI exits with its usage code and a route answers 400.
 * A bad query to the routes, hence a SourceError; its own class, so nobody reads the message to tell.
 */
export class OptionError extends SourceError {
  constructor(message: string) {
    super('bad_query', message);
    this.name = 'OptionError';
  }
}
