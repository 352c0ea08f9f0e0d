/**
 * `@kbn/share-plugin/public` (type-only). Declared from src/platform/plugins/shared/share/common/url_service/
 * locators/types.ts: a locator turns params into an app location; `navigate`/`getUrl` do the rest.
 */
export interface KibanaLocation<S = object> {
  app: string;
  path: string;
  state: S;
}
export interface LocatorDefinition<P extends object> {
  id: string;
  getLocation(params: P): Promise<KibanaLocation>;
}
export interface LocatorPublic<P extends object> {
  id: string;
  getLocation(params: P): Promise<KibanaLocation>;
  getUrl(params: P, options?: { absolute?: boolean }): Promise<string>;
  navigate(params: P, options?: { replace?: boolean }): Promise<void>;
}
export interface SharePluginSetup {
  url: { locators: { create<P extends object>(definition: LocatorDefinition<P>): LocatorPublic<P> } };
}
export interface SharePluginStart {
  url: { locators: { get<P extends object>(id: string): LocatorPublic<P> | undefined } };
}
