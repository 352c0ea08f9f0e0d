/**
 * `@kbn/i18n`: a Kibana shared browser dependency (`__kbnSharedDeps__.KbnI18n`). Declared from
 * src/platform/packages/shared/kbn-i18n/src/core/i18n.tsx. `translate` needs no translation files.
 */
export interface TranslateArguments {
  defaultMessage: string;
  values?: Record<string, string | number | boolean | Date | null | undefined>;
  description?: string;
  ignoreTag?: boolean;
}
export declare const i18n: {
  translate(id: string, options: TranslateArguments): string;
  getLocale(): string;
};
