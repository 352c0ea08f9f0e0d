import type { DslQuery } from '../../../common/api/request_schemas';

/** The query box's text as Elasticsearch DSL: empty means no query; anything else must be a JSON object. */
export function parseQueryDsl(text: string): DslQuery | undefined {
  if (text.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`query: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('query: expected a JSON object such as {"match_all":{}}');
  return parsed as DslQuery;
}
