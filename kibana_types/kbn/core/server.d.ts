/**
 * `@kbn/core/server`: the subset of Kibana's server plugin API Hunt EDA uses, declared from Kibana's source
 * (src/core/packages/{plugins,http,saved-objects,ui-settings,logging,elasticsearch}/server). Type-only:
 * import with `import type`.
 */
import type { Client } from '@elastic/elasticsearch';
import type { Observable } from 'rxjs';
import type { ObjectType, Type } from '@kbn/config-schema';

// ---- logging [src/core/packages/logging/.../logger.ts] ----
export interface LogMeta {
  [key: string]: unknown;
}
export interface Logger {
  trace(message: string | (() => string), meta?: LogMeta): void;
  debug(message: string | (() => string), meta?: LogMeta): void;
  info(message: string | (() => string), meta?: LogMeta): void;
  warn(errorOrMessage: string | Error | (() => string), meta?: LogMeta): void;
  error(errorOrMessage: string | Error | (() => string), meta?: LogMeta): void;
  fatal(errorOrMessage: string | Error | (() => string), meta?: LogMeta): void;
  isLevelEnabled(level: string): boolean;
  get(...childContextPaths: string[]): Logger;
}
export interface LoggerFactory {
  get(...contextParts: string[]): Logger;
}

// ---- plugin lifecycle [src/core/packages/plugins/server/src/types.ts] ----
export interface PackageInfo {
  version: string;
  branch: string;
  buildNum: number;
  buildSha: string;
  dist: boolean;
}
export interface EnvironmentMode {
  name: 'development' | 'production';
  dev: boolean;
  prod: boolean;
}
export interface PluginInitializerContext<ConfigSchema = unknown> {
  opaqueId: symbol;
  env: { mode: EnvironmentMode; packageInfo: Readonly<PackageInfo>; instanceUuid: string };
  logger: LoggerFactory;
  config: {
    create<T = ConfigSchema>(): Observable<T>;
    get<T = ConfigSchema>(): T;
  };
}
export interface Plugin<TSetup = void, TStart = void, TPluginsSetup extends object = object, TPluginsStart extends object = object> {
  setup(core: CoreSetup<TPluginsStart, TStart>, plugins: TPluginsSetup): TSetup;
  start(core: CoreStart, plugins: TPluginsStart): TStart;
  stop?(): void | Promise<void>;
}
/** What `server/index.ts` exports as `plugin`; Kibana awaits it, so it may be async. */
export type PluginInitializer<TSetup = void, TStart = void, TPluginsSetup extends object = object, TPluginsStart extends object = object> = (
  core: PluginInitializerContext,
) => Plugin<TSetup, TStart, TPluginsSetup, TPluginsStart> | Promise<Plugin<TSetup, TStart, TPluginsSetup, TPluginsStart>>;

// ---- http: routes [src/core/packages/http/server/src/router/route.ts] ----
export type DestructiveRouteMethod = 'post' | 'put' | 'delete' | 'patch';
export type SafeRouteMethod = 'get' | 'options';
export type RouteMethod = SafeRouteMethod | DestructiveRouteMethod;
export type RouteAccess = 'public' | 'internal';
export type Privilege = string;
export interface PrivilegeSet {
  anyRequired?: Array<Privilege | { allOf: Privilege[] }>;
  allRequired?: Array<Privilege | { anyOf: Privilege[] }>;
}
export interface AuthzEnabled {
  requiredPrivileges: Array<Privilege | PrivilegeSet>;
}
export interface AuthzDisabled {
  enabled: false;
  reason: string;
}
export type RouteAuthc = { enabled: true } | { enabled: 'optional'; reason: string } | { enabled: false; reason: string };
/** Optional in 8.19's types, required in 9.1+'s types (PR #215180); not enforced at runtime. */
export interface RouteSecurity {
  authz: AuthzEnabled | AuthzDisabled;
  authc?: RouteAuthc;
}
export interface RouteConfigOptionsBody {
  accepts?: string | string[];
  maxBytes?: number;
  output?: 'data' | 'stream';
  parse?: boolean | 'gunzip';
}
export interface RouteConfigOptions<Method extends RouteMethod> {
  /** Defaults to 'internal'; since 9.0 internal routes need the `x-elastic-internal-origin` header. */
  access?: RouteAccess;
  xsrfRequired?: Method extends 'get' ? never : boolean;
  tags?: readonly string[];
  body?: Method extends 'get' | 'options' ? undefined : RouteConfigOptionsBody;
  timeout?: { payload?: Method extends 'get' | 'options' ? undefined : number; idleSocket?: number };
  summary?: string;
  description?: string;
}

// ---- http: validation [src/core/packages/http/server/src/router/route_validator.ts] ----
/** At runtime a subclass of config-schema's SchemaTypeError; only ever obtained from `badRequest`. */
export interface RouteValidationError extends Error {
  readonly path: string[];
}
export interface RouteValidationResultFactory {
  ok: <T>(value: T) => { value: T };
  badRequest: (error: Error | string, path?: string[]) => { error: RouteValidationError };
}
/** Kibana types `data` as `any`; we take `unknown` so validators must narrow it. */
export type RouteValidationFunction<T> = (
  data: unknown,
  validationResult: RouteValidationResultFactory,
) => { value: T; error?: never } | { value?: never; error: RouteValidationError };
export type RouteValidationSpec<T> = ObjectType | Type<T> | RouteValidationFunction<T>;
export interface RouteValidatorConfig<P, Q, B> {
  params?: RouteValidationSpec<P>;
  query?: RouteValidationSpec<Q>;
  body?: RouteValidationSpec<B>;
}
export type RouteValidator<P, Q, B> = RouteValidatorConfig<P, Q, B>;
export interface RouteConfig<P, Q, B, Method extends RouteMethod> {
  path: string;
  validate: RouteValidator<P, Q, B> | (() => RouteValidator<P, Q, B>) | false;
  security?: RouteSecurity;
  options?: RouteConfigOptions<Method>;
}

// ---- http: request [src/core/packages/http/server/src/router/request.ts] ----
export type Headers = Record<string, string | string[] | undefined>;
export interface KibanaRequestEvents {
  /** Emits once when the client aborts the request (connection closed before the response). */
  aborted$: Observable<void>;
  completed$: Observable<void>;
}
export interface KibanaRequest<P = unknown, Q = unknown, B = unknown, Method extends RouteMethod = RouteMethod> {
  readonly id: string;
  readonly uuid: string;
  readonly url: URL;
  readonly route: { path: string; method: Method; options: RouteConfigOptions<Method> };
  readonly headers: Headers;
  readonly isSystemRequest: boolean;
  readonly events: KibanaRequestEvents;
  readonly auth: { isAuthenticated: boolean };
  readonly params: P;
  readonly query: Q;
  readonly body: B;
}

// ---- http: responses [src/core/packages/http/server/src/router/response.ts, response_factory.ts] ----
export type ResponseHeaders = Record<string, string | string[]>;
export type HttpResponsePayload = undefined | string | object | Buffer | NodeJS.ReadableStream;
export type ResponseError = string | Error | { message: string | Error; attributes?: Record<string, unknown> };
export interface HttpResponseOptions<T = HttpResponsePayload | ResponseError> {
  body?: T;
  headers?: ResponseHeaders;
}
export interface ErrorHttpResponseOptions {
  body?: ResponseError;
  headers?: ResponseHeaders;
}
export interface CustomHttpResponseOptions<T> {
  body?: T;
  headers?: ResponseHeaders;
  statusCode: number;
  bypassErrorFormat?: boolean;
}
export interface IKibanaResponse<T = HttpResponsePayload | ResponseError> {
  readonly status: number;
  readonly payload?: T;
  readonly options: HttpResponseOptions<T>;
}
export interface KibanaResponseFactory {
  ok<T extends HttpResponsePayload | ResponseError>(options?: HttpResponseOptions<T>): IKibanaResponse<T>;
  accepted<T extends HttpResponsePayload | ResponseError>(options?: HttpResponseOptions<T>): IKibanaResponse<T>;
  noContent(options?: HttpResponseOptions): IKibanaResponse;
  badRequest(options?: ErrorHttpResponseOptions): IKibanaResponse;
  unauthorized(options?: ErrorHttpResponseOptions): IKibanaResponse;
  forbidden(options?: ErrorHttpResponseOptions): IKibanaResponse;
  notFound(options?: ErrorHttpResponseOptions): IKibanaResponse;
  conflict(options?: ErrorHttpResponseOptions): IKibanaResponse;
  customError(options: CustomHttpResponseOptions<ResponseError>): IKibanaResponse;
  custom<T extends HttpResponsePayload | ResponseError>(options: CustomHttpResponseOptions<T>): IKibanaResponse;
}

// ---- request context [src/core/packages/http/request-handler-context-server, elasticsearch/server] ----
/** Kibana's ElasticsearchClient: the official client without its lifecycle methods. */
export type ElasticsearchClient = Omit<Client, 'connectionPool' | 'serializer' | 'extend' | 'close' | 'diagnostic'>;
export interface IScopedClusterClient {
  readonly asInternalUser: ElasticsearchClient;
  readonly asCurrentUser: ElasticsearchClient;
}
export interface CoreRequestHandlerContext {
  elasticsearch: { client: IScopedClusterClient };
  savedObjects: {
    client: SavedObjectsClientContract;
    getClient(options?: { includedHiddenTypes?: string[]; excludedExtensions?: string[] }): SavedObjectsClientContract;
  };
  uiSettings: { client: IUiSettingsClient };
}
export interface RequestHandlerContext {
  core: Promise<CoreRequestHandlerContext>;
}
export type RequestHandler<P = unknown, Q = unknown, B = unknown, Context extends RequestHandlerContext = RequestHandlerContext, Method extends RouteMethod = RouteMethod> = (
  context: Context,
  request: KibanaRequest<P, Q, B, Method>,
  response: KibanaResponseFactory,
) => IKibanaResponse | Promise<IKibanaResponse>;
export type RouteRegistrar<Method extends RouteMethod, Context extends RequestHandlerContext = RequestHandlerContext> = <P, Q, B>(
  route: RouteConfig<P, Q, B, Method>,
  handler: RequestHandler<P, Q, B, Context, Method>,
) => void;
/** [src/core/packages/http/server/src/router/router.ts] `versioned` is not declared: we use plain routes. */
export interface IRouter<Context extends RequestHandlerContext = RequestHandlerContext> {
  readonly routerPath: string;
  get: RouteRegistrar<'get', Context>;
  post: RouteRegistrar<'post', Context>;
  put: RouteRegistrar<'put', Context>;
  patch: RouteRegistrar<'patch', Context>;
  delete: RouteRegistrar<'delete', Context>;
}

// ---- saved objects [src/core/packages/saved-objects/{server,api-server}] ----
export type SavedObjectsNamespaceType = 'single' | 'multiple' | 'multiple-isolated' | 'agnostic';
export interface SavedObjectsFieldMapping {
  type: string;
  index?: boolean;
  dynamic?: false | 'strict';
  properties?: Record<string, SavedObjectsFieldMapping>;
  fields?: Record<string, SavedObjectsFieldMapping>;
  ignore_above?: number;
}
export interface SavedObjectsTypeMappingDefinition {
  dynamic?: false | 'strict';
  properties: Record<string, SavedObjectsFieldMapping>;
}
export interface SavedObjectsModelVersion {
  changes: Array<{ type: 'mappings_addition'; addedMappings: Record<string, SavedObjectsFieldMapping> } | { type: 'data_backfill'; backfillFn: (doc: unknown) => unknown }>;
  schemas?: {
    /** A config-schema ObjectType or a plain function returning the attributes this version knows. */
    forwardCompatibility?: ObjectType | ((attributes: unknown) => unknown);
    create?: ObjectType;
  };
}
export interface SavedObjectsTypeManagementDefinition {
  importableAndExportable?: boolean;
  icon?: string;
  defaultSearchField?: string;
  displayName?: string;
  getTitle?: (savedObject: SavedObject<unknown>) => string;
  /** Where "Inspect"/title links in Saved Objects management go; path includes `/app/<id>`. */
  getInAppUrl?: (savedObject: SavedObject<unknown>) => { path: string; uiCapabilitiesPath: string } | undefined;
}
/** Do not set `switchToModelVersionAt` (removed in 2025); `migrations`/`schemas` are deprecated. */
export interface SavedObjectsType {
  name: string;
  hidden: boolean;
  hiddenFromHttpApis?: boolean;
  namespaceType: SavedObjectsNamespaceType;
  mappings: SavedObjectsTypeMappingDefinition;
  modelVersions?: Record<string, SavedObjectsModelVersion>;
  management?: SavedObjectsTypeManagementDefinition;
}
export interface SavedObjectReference {
  name: string;
  type: string;
  id: string;
}
export interface SavedObject<T> {
  id: string;
  type: string;
  attributes: T;
  references: SavedObjectReference[];
  version?: string;
  created_at?: string;
  updated_at?: string;
  namespaces?: string[];
  error?: { error: string; message: string; statusCode: number };
}
export interface SavedObjectsFindResult<T> extends SavedObject<T> {
  score: number;
}
export interface SavedObjectsFindResponse<T> {
  saved_objects: Array<SavedObjectsFindResult<T>>;
  total: number;
  per_page: number;
  page: number;
}
export interface SavedObjectsFindOptions {
  type: string | string[];
  page?: number;
  perPage?: number;
  sortField?: string;
  sortOrder?: 'asc' | 'desc';
  search?: string;
  searchFields?: string[];
  /** How `search`'s terms combine (Kibana's default: OR). */
  defaultSearchOperator?: 'AND' | 'OR';
  fields?: string[];
}
export interface SavedObjectsClientContract {
  create<T>(type: string, attributes: T, options?: { id?: string; overwrite?: boolean; references?: SavedObjectReference[]; version?: string }): Promise<SavedObject<T>>;
  get<T>(type: string, id: string): Promise<SavedObject<T>>;
  find<T>(options: SavedObjectsFindOptions): Promise<SavedObjectsFindResponse<T>>;
  update<T>(type: string, id: string, attributes: Partial<T>, options?: { version?: string; references?: SavedObjectReference[] }): Promise<Partial<SavedObject<T>>>;
  delete(type: string, id: string, options?: { force?: boolean }): Promise<unknown>;
  bulkCreate<T = unknown>(
    objects: Array<{ type: string; id?: string; attributes: T; references?: SavedObjectReference[] }>,
    options?: { overwrite?: boolean },
  ): Promise<{ saved_objects: Array<SavedObject<T>> }>;
}

// ---- ui settings [src/core/packages/ui-settings/{common,server}] ----
export type UiSettingsType = 'undefined' | 'json' | 'markdown' | 'number' | 'select' | 'boolean' | 'string' | 'array' | 'image' | 'color';
/** `schema` is mandatory: Kibana validates `value` against it at start. */
export interface UiSettingsParams<T = unknown> {
  name?: string;
  value?: T;
  description?: string;
  category?: string[];
  options?: string[];
  requiresPageReload?: boolean;
  readonly?: boolean;
  sensitive?: boolean;
  type?: UiSettingsType;
  schema: Type<T>;
}
export interface IUiSettingsClient {
  get<T = unknown>(key: string): Promise<T>;
  getAll<T = unknown>(): Promise<Record<string, T>>;
  set(key: string, value: unknown): Promise<void>;
  setMany(changes: Record<string, unknown>): Promise<void>;
}

// ---- core contracts [src/core/packages/lifecycle/server] ----
export interface HttpServiceSetup {
  createRouter<Context extends RequestHandlerContext = RequestHandlerContext>(): IRouter<Context>;
  basePath: { get(request: KibanaRequest): string; serverBasePath: string };
}
export interface SavedObjectsServiceSetup {
  registerType(type: SavedObjectsType): void;
}
export interface UiSettingsServiceSetup {
  register(settings: Record<string, UiSettingsParams>): void;
}
export interface CoreSetup<TPluginsStart extends object = object, TStart = unknown> {
  http: HttpServiceSetup;
  savedObjects: SavedObjectsServiceSetup;
  uiSettings: UiSettingsServiceSetup;
  getStartServices(): Promise<[CoreStart, TPluginsStart, TStart]>;
}
export interface CoreStart {
  elasticsearch: { client: { asInternalUser: ElasticsearchClient; asScoped(request: KibanaRequest): IScopedClusterClient } };
  savedObjects: { getScopedClient(request: KibanaRequest, options?: { includedHiddenTypes?: string[] }): SavedObjectsClientContract };
  uiSettings: { asScopedToClient(savedObjectsClient: SavedObjectsClientContract): IUiSettingsClient };
}
