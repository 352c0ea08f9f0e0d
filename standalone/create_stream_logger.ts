import type { Logger } from '@kbn/core/server';

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
type Level = (typeof LEVELS)[number];

function text(message: string | Error | (() => string)): string {
  if (typeof message === 'function') return message();
  return message instanceof Error ? message.message : message;
}

/** Kibana's Logger over a writable stream (stderr in the CLI): one line per entry, at `minLevel` and above. */
export function createStreamLogger(write: (line: string) => void, minLevel: Level = 'info', context: readonly string[] = ['huntEda']): Logger {
  const enabled = (level: string) => LEVELS.indexOf(level as Level) >= LEVELS.indexOf(minLevel);
  const log = (level: Level) => (message: string | Error | (() => string)) => {
    if (enabled(level)) write(`[${new Date().toISOString()}] [${level}] [${context.join('.')}] ${text(message)}\n`);
  };
  return {
    trace: log('trace'),
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    fatal: log('fatal'),
    isLevelEnabled: enabled,
    get: (...paths: string[]) => createStreamLogger(write, minLevel, [...context, ...paths]),
  };
}
