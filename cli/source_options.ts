import type { Command } from 'commander';

import { getDefaultCacheDir } from '../standalone/default_cache_dir';
import type { SourceSpec } from '../standalone/open_analysis_source';
import { UsageError } from './cli_errors';

/** The options every command that reads events shares. */
export interface SourceCliOptions {
  readonly es?: string;
  readonly index?: string;
  readonly apiKey?: string;
  readonly username?: string;
  readonly password?: string;
  readonly ca?: string;
  readonly skipBadLines?: boolean;
  readonly cacheDir?: string;
  /** False with --no-cache. */
  readonly cache?: boolean;
}

export function addSourceOptions(command: Command): Command {
  return command
    .option('--es <url>', 'Elasticsearch URL (credentials may sit in it: https://user:pass@host:9200)')
    .option('--index <pattern>', 'index pattern (Elasticsearch) or dataset name (files: suricata, ecs, zeek_http…)')
    .option('--api-key <key>', 'Elasticsearch API key (default: $ES_API_KEY)')
    .option('--username <name>', 'Elasticsearch user (default: $ES_USERNAME)')
    .option('--password <password>', 'Elasticsearch password (default: $ES_PASSWORD)')
    .option('--ca <file>', "PEM file of the cluster's CA (e.g. config/certs/http_ca.crt)")
    .option('--skip-bad-lines', 'files: analyse the readable lines and report the bad ones instead of stopping at the first')
    .option('--cache-dir <dir>', 'files: keep them loaded here between runs (default: $XDG_CACHE_HOME/hunt-eda/tables or ~/.cache/hunt-eda/tables)')
    .option('--no-cache', 'files: load them into memory for this run only');
}

/**
 * Elasticsearch (`--es` with `--index`) or files, never both. Credentials fall back to ES_API_KEY,
 * ES_USERNAME and ES_PASSWORD, so they need not appear in shell history.
 */
export function toSourceSpec(files: readonly string[], options: SourceCliOptions, env: NodeJS.ProcessEnv = process.env, requireIndex = true): SourceSpec {
  if (options.es !== undefined) {
    if (files.length > 0) throw new UsageError(`give either --es or files, not both (got --es and ${files.join(', ')})`);
    if (requireIndex && options.index === undefined) throw new UsageError('--es needs --index PATTERN (e.g. --index "logs-suricata-*")');
    const apiKey = options.apiKey ?? env.ES_API_KEY;
    const username = options.username ?? env.ES_USERNAME;
    const password = options.password ?? env.ES_PASSWORD;
    return {
      kind: 'elasticsearch',
      url: options.es,
      ...(options.index !== undefined ? { index: options.index } : {}),
      ...(apiKey ? { apiKey } : {}),
      ...(username && !apiKey ? { username } : {}),
      ...(password && !apiKey ? { password } : {}),
      ...(options.ca !== undefined ? { caFile: options.ca } : {}),
    };
  }
  for (const flag of ['apiKey', 'username', 'password', 'ca'] as const) {
    if (options[flag] !== undefined) throw new UsageError(`--${flag === 'apiKey' ? 'api-key' : flag} only applies with --es`);
  }
  if (options.cacheDir !== undefined && options.cache === false) throw new UsageError('give either --cache-dir or --no-cache, not both');
  if (files.length === 0) throw new UsageError('nothing to analyse: give files (eve.json, Zeek logs, ECS NDJSON, CSV; directories and .gz too) or --es URL --index PATTERN');
  const cacheDir = options.cache === false ? undefined : (options.cacheDir ?? getDefaultCacheDir(env));
  return { kind: 'files', paths: files, skipBadLines: options.skipBadLines ?? false, ...(cacheDir !== undefined ? { cacheDir } : {}) };
}
