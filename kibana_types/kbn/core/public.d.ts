/**
 * `@kbn/core/public`: the subset of Kibana's browser plugin API Hunt EDA uses, declared from Kibana's source
 * (src/core/packages/{plugins,application,http,notifications,chrome,theme,i18n}/browser). Type-only: core's
 * browser code lives in Kibana's own `entry/core/public` bundle, so never import values from here.
 */
import type { Observable } from 'rxjs';

// ---- plugin lifecycle [src/core/packages/plugins/browser/src/plugin_initializer.ts] ----
export interface PluginInitializerContext<ConfigSchema extends object = object> {
  readonly opaqueId: symbol;
  readonly env: {
    mode: { name: 'development' | 'production'; dev: boolean; prod: boolean };
    packageInfo: { version: string; branch: string; buildNum: number; buildSha: string; dist: boolean };
  };
  readonly config: { get<T extends object = ConfigSchema>(): T };
}
export interface Plugin<TSetup = void, TStart = void, TPluginsSetup extends object = object, TPluginsStart extends object = object> {
  setup(core: CoreSetup<TPluginsStart, TStart>, plugins: TPluginsSetup): TSetup;
  start(core: CoreStart, plugins: TPluginsStart): TStart;
  stop?(): void;
}
export type PluginInitializer<TSetup = void, TStart = void, TPluginsSetup extends object = object, TPluginsStart extends object = object> = (
  core: PluginInitializerContext,
) => Plugin<TSetup, TStart, TPluginsSetup, TPluginsStart>;

// ---- application [src/core/packages/application/browser/src/{application_service,app_mount}.ts] ----
/** The parts of history v4's API that ScopedHistory implements and react-router v5 needs. */
export interface Location {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
  key?: string;
}
export type UnregisterCallback = () => void;
export interface ScopedHistory {
  readonly length: number;
  readonly action: 'PUSH' | 'POP' | 'REPLACE';
  readonly location: Location;
  push(path: string, state?: unknown): void;
  replace(path: string, state?: unknown): void;
  go(n: number): void;
  goBack(): void;
  goForward(): void;
  block(prompt?: boolean | string): UnregisterCallback;
  listen(listener: (location: Location, action: 'PUSH' | 'POP' | 'REPLACE') => void): UnregisterCallback;
  createHref(location: Partial<Location>): string;
  createSubHistory(basePath: string): ScopedHistory;
}
export interface CoreTheme {
  readonly darkMode: boolean;
  readonly name?: string;
}
export type AppUnmount = () => void;
export interface AppMountParameters {
  element: HTMLElement;
  history: ScopedHistory;
  /** @deprecated use `history` */
  appBasePath: string;
  onAppLeave: (handler: (actions: { default(): unknown; confirm(text: string, title?: string): unknown }) => unknown) => void;
  /** @deprecated on main; still present in 8.19 and 9.x */
  setHeaderActionMenu: (menuMount: ((element: HTMLElement) => () => void) | undefined) => void;
  theme$: Observable<CoreTheme>;
}
export type AppMount = (params: AppMountParameters) => AppUnmount | Promise<AppUnmount>;
export interface AppCategory {
  readonly id: string;
  readonly label: string;
  readonly ariaLabel?: string;
  readonly order?: number;
  readonly euiIconType?: string;
}
export type AppDeepLinkLocations = 'globalSearch' | 'sideNav' | 'kibanaOverview' | 'home' | 'projectNav';
export interface App {
  id: string;
  title: string;
  appRoute?: string;
  category?: AppCategory;
  euiIconType?: string;
  order?: number;
  visibleIn?: AppDeepLinkLocations[];
  mount: AppMount;
}
export interface ApplicationSetup {
  register(app: App): void;
}
export interface ApplicationStart {
  navigateToApp(appId: string, options?: { path?: string; state?: unknown }): Promise<void>;
  getUrlForApp(appId: string, options?: { path?: string; absolute?: boolean }): string;
  readonly capabilities: Readonly<Record<string, Readonly<Record<string, boolean | Record<string, boolean>>>>>;
}

// ---- http [src/core/packages/http/browser/src/types.ts] ----
export interface HttpFetchOptions {
  query?: Record<string, string | number | boolean | undefined | Array<string | number | boolean>>;
  body?: string | null;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Sets the `elastic-api-version` header of versioned routes. */
  version?: string;
  asSystemRequest?: boolean;
}
export interface HttpFetchOptionsWithPath extends HttpFetchOptions {
  path: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
}
export interface HttpHandler {
  <TResponseBody = unknown>(path: string, options?: HttpFetchOptions): Promise<TResponseBody>;
  <TResponseBody = unknown>(options: HttpFetchOptionsWithPath): Promise<TResponseBody>;
}
export interface IBasePath {
  get(): string;
  prepend(url: string): string;
  remove(url: string): string;
  readonly serverBasePath: string;
}
export interface HttpSetup {
  basePath: IBasePath;
  fetch: HttpHandler;
  get: HttpHandler;
  post: HttpHandler;
  put: HttpHandler;
  delete: HttpHandler;
}
export type HttpStart = HttpSetup;

// ---- notifications [src/core/packages/notifications/browser] ----
export type ToastInput = string | { title?: string; text?: string; toastLifeTimeMs?: number };
export interface IToasts {
  addSuccess(toast: ToastInput): unknown;
  addWarning(toast: ToastInput): unknown;
  addDanger(toast: ToastInput): unknown;
  addInfo(toast: ToastInput): unknown;
  addError(error: Error, options: { title: string; toastMessage?: string }): unknown;
}
export interface NotificationsStart {
  toasts: IToasts;
}

// ---- chrome, theme, ui settings [src/core/packages/{chrome,theme,ui-settings}/browser] ----
export interface ChromeBreadcrumb {
  text: string;
  href?: string;
  onClick?: (event: MouseEvent) => void;
}
export interface ChromeStart {
  setBreadcrumbs(breadcrumbs: ChromeBreadcrumb[]): void;
  docTitle: { change(newTitle: string | string[]): void; reset(): void };
}
export interface ThemeServiceStart {
  theme$: Observable<CoreTheme>;
  getTheme(): CoreTheme;
}
export interface IUiSettingsClient {
  get<T = unknown>(key: string, defaultOverride?: T): T;
  get$<T = unknown>(key: string, defaultOverride?: T): Observable<T>;
}
/** Opaque services that KibanaRenderContextProvider reads; we only pass them through. */
export interface I18nStart {
  Context: (props: { children: unknown }) => unknown;
}
export type AnalyticsServiceStart = object;
export type ExecutionContextStart = object;
export type UserProfileService = object;

// ---- core contracts [src/core/packages/lifecycle/browser] ----
export interface CoreSetup<TPluginsStart extends object = object, TStart = unknown> {
  application: ApplicationSetup;
  http: HttpSetup;
  notifications: { toasts: IToasts };
  getStartServices(): Promise<[CoreStart, TPluginsStart, TStart]>;
}
export interface CoreStart {
  application: ApplicationStart;
  http: HttpStart;
  notifications: NotificationsStart;
  chrome: ChromeStart;
  uiSettings: IUiSettingsClient;
  theme: ThemeServiceStart;
  i18n: I18nStart;
  analytics: AnalyticsServiceStart;
  executionContext: ExecutionContextStart;
  /** Present from 8.16. */
  userProfile?: UserProfileService;
  /** `addContext` appeared on main in 2025 (PR #212163); feature-detect before use. */
  rendering?: { addContext?(element: unknown): unknown };
}
