import { TIMELINE_API_PATH } from '../../../common/api/timeline';
import { TIMELINE } from '../../../public/charts/test_fixtures';

/** Types of what lib/page/emulated_contracts.js puts on the page, as the tests drive it. */
export interface EmulatedAction {
  id: string;
  getDisplayName(context: unknown): string;
  isCompatible(context: unknown): Promise<boolean>;
  execute(context: unknown): Promise<void>;
}
export interface EmulatedKibanaPage {
  records: {
    apps: Array<{ id: string; title: string; category?: { id: string }; mount(params: unknown): Promise<() => void> }>;
    locators: string[];
    factories: Record<string, () => Promise<unknown>>;
    actions: Record<string, EmulatedAction>;
    attachments: string[];
    navigations: Array<{ locator: string; params: Record<string, unknown> }>;
    httpCalls: Array<{ path: string; body?: Record<string, unknown> }>;
  };
  coreSetup: unknown;
  coreStart: { theme: { theme$: unknown } };
  setupPlugins: unknown;
  plugins: unknown;
  buildPanel(type: string, serialized: unknown, parentApi: unknown): Promise<{ built: { api: Record<string, unknown>; Component: unknown }; runtimeState?: unknown; comparatorKeys?: string[] }>;
  triggerContext(fieldName: string): Record<string, unknown>;
}
export interface EmulatedWindow {
  __kbnBundles__: { get(k: string): { plugin: () => { setup(core: unknown, plugins: unknown): unknown; start(core: unknown, plugins: unknown): unknown } } };
  __kbnSharedDeps__: Record<string, Record<string, unknown>>;
  __emulateKibana(line: string, options: unknown): EmulatedKibanaPage;
  __kibana: EmulatedKibanaPage;
  __unmount?: () => void;
}

/** The contract line a tested version belongs to (scripts/build/kibana_target.ts). */
export const lineOf = (version: string): '8.19' | '9.x' => (version.startsWith('8.19.') ? '8.19' : '9.x');

/** Kibana state the emulation starts with, and canned route answers (the chart fixture of public/charts). */
export const emulationOptions = {
  time: { from: '1970-01-01T00:00:00.000Z', to: '1970-01-01T06:00:00.000Z' },
  query: { query: 'event.module:suricata', language: 'kuery' },
  filters: [{ meta: { key: 'src_ip', negate: true, index: 'dv-alerts', type: 'phrase' }, query: { match_phrase: { src_ip: '10.0.0.7' } } }],
  uiSettings: { 'huntEda:homeNetworks': ['10.0.0.0/8'], 'huntEda:defaultThreshold': 3 },
  responses: { [TIMELINE_API_PATH]: TIMELINE },
};
