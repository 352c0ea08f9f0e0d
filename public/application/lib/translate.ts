import { i18n } from '@kbn/i18n';

/**
 * All user-facing strings go through Kibana's `i18n.translate` (a shared dependency inside Kibana; the
 * standalone page and tests get the English stand-in). Ids are `huntEda.<area>.<name>`.
 */
export function translate(id: string, defaultMessage: string, values?: Record<string, string | number>): string {
  return i18n.translate(id, values ? { defaultMessage, values } : { defaultMessage });
}
