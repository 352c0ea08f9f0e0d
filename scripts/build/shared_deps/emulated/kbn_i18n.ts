/**
 * Stand-in for Kibana's `@kbn/i18n` (shared as `__kbnSharedDeps__.KbnI18n`) on pages without Kibana: the
 * conformance test page and the standalone server. English only: returns `defaultMessage` with `{name}`
 * placeholders filled from `values`; ICU plural/select syntax is not interpreted.
 */
import type { TranslateArguments } from '@kbn/i18n';

function translate(_id: string, { defaultMessage, values }: TranslateArguments): string {
  if (!values) return defaultMessage;
  return defaultMessage.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined || value === null ? placeholder : String(value);
  });
}

export const i18n = { translate, getLocale: (): string => 'en' };
