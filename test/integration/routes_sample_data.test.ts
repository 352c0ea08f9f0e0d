/**
 * The sample-data install route over real HTTP against the real Elasticsearch: POST starts the install
 * (202), GET reports progress until it is done; the outbreak and the HTTP month land in their indices in
 * full, and the saved objects it creates (two data views, a saved view, a dashboard of the four panels) are
 * usable: the saved view, read back as the app reads it, drives the conversations route to the outbreak's
 * published figures, and each dashboard panel resolves to a data view over an index that holds its data.
 *
 * Saved objects go through a stand-in of Kibana's client (saved_objects_stand_in.ts) that validates the
 * `hunt-eda-view` attributes against the registered type's model-version schema; Kibana's repository itself
 * does not run here. The install writes to per-run indices (the installer's `indices` option) because the
 * cluster may be shared; in Kibana it writes to the datasets' default `hunt-eda-sample-*` indices.
 */
import type { Client } from '@elastic/elasticsearch';
import type { SavedObject } from '@kbn/core/server';
import { CONVERSATIONS_API_PATH, decodeConversationsResponse } from '../../common/api/conversations';
import type { EncodedConversationsResponse } from '../../common/api/conversations';
import { SAMPLE_DATA_API_PATH, type SampleDataStatus } from '../../common/api/sample_data';
import { FIELD_MAPPING_PRESETS } from '../../common/model/field_mapping';
import { PANEL_TYPES } from '../../common/panels/panel_types';
import { DATA_VIEW_SAVED_OBJECT_TYPE, fromHuntEdaViewSavedObject, HUNT_EDA_VIEW_TYPE, type HuntEdaViewAttributes } from '../../common/saved_views/hunt_eda_view';
import { deserializePanelSettings } from '../../public/panels/panel_settings';
import { registerSampleDataRoute } from '../../server/routes/sample_data_route';
import { createSampleDocuments, OUTBREAK_FACTS } from '../../server/sample_data';
import { HTTP_MONTH_DAYS, HTTP_MONTH_START } from '../../server/sample_data/http/http_spec';
import { SampleDataInstaller } from '../../server/sample_data_install/sample_data_installer';
import { buildHuntEdaViewType } from '../../server/saved_objects/hunt_eda_view_type';
import { createTestEsClient } from '../helpers/create_test_es_client';
import { uniqueIndexName } from '../helpers/unique_index_name';
import { startRoutesServer, type RoutesServer } from './routes_server';
import { createSavedObjectsStandIn, loadConfigSchemaStandIn, type SavedObjectsStandIn } from './saved_objects_stand_in';

const indices = { outbreak: uniqueIndexName('hunt-eda-sample-alerts-install'), http: uniqueIndexName('hunt-eda-sample-http-install') };
const totals = { outbreak: createSampleDocuments('outbreak').total, http: createSampleDocuments('http').total };
const POLL_MS = 2000;

let client: Client;
let server: RoutesServer;
// Queries over the 2.7 M installed documents take seconds, more on a loaded CI machine.
jest.setTimeout(120_000);

let savedObjects: SavedObjectsStandIn;
/** Every status the GET route reported while the install ran, in order. */
const polled: SampleDataStatus[] = [];
let accepted: { status: number; body: unknown };
let whileRunning: { status: number; body: unknown };
let final: SampleDataStatus;

async function status(): Promise<SampleDataStatus> {
  const { status: code, body } = await server.request('GET', SAMPLE_DATA_API_PATH);
  if (code !== 200) throw new Error(`GET ${SAMPLE_DATA_API_PATH} answered ${code}: ${JSON.stringify(body)}`);
  return body as SampleDataStatus;
}

const savedObject = <T>(type: string, id: string): SavedObject<T> => {
  const found = savedObjects.objects.get(`${type}:${id}`);
  if (!found) throw new Error(`no ${type} ${id} among ${[...savedObjects.objects.keys()].join(', ')}`);
  return found as SavedObject<T>;
};

beforeAll(async () => {
  client = createTestEsClient();
  savedObjects = createSavedObjectsStandIn([buildHuntEdaViewType(loadConfigSchemaStandIn())]);
  server = await startRoutesServer(client, undefined, {
    savedObjects,
    registerMore: ({ router, logger }) => registerSampleDataRoute({ router, logger, createInstaller: async () => new SampleDataInstaller({ indices }) }),
  });
  expect((await status()).state).toBe('not_installed');

  const started = performance.now();
  accepted = await server.post(SAMPLE_DATA_API_PATH, {});
  whileRunning = await server.post(SAMPLE_DATA_API_PATH, { datasets: ['http'] });
  for (;;) {
    const current = await status();
    polled.push(current);
    if (current.state !== 'running') {
      final = current;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  console.log(`sample data install (${totals.outbreak + totals.http} documents) over the route: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 2_400_000);

afterAll(async () => {
  await server?.close();
  await client.indices.delete({ index: [indices.outbreak, indices.http], ignore_unavailable: true });
  await client.close();
});

describe('POST and GET /sample_data', () => {
  it('answers 202 with both datasets to load, and 409 to a second install while the first runs', () => {
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({
      state: 'running',
      datasets: [
        { dataset: 'outbreak', index: indices.outbreak, total: OUTBREAK_FACTS.observations, indexed: 0 },
        { dataset: 'http', index: indices.http, total: totals.http, indexed: 0 },
      ],
      saved_objects: [],
    });
    expect(whileRunning).toEqual({
      status: 409,
      body: { statusCode: 409, error: 'Conflict', message: 'a sample data install is already running', attributes: { code: 'conflict' } },
    });
  });

  it('reports progress that only grows, then installed with every document counted and the saved objects named', () => {
    expect(final.error).toBeUndefined();
    expect(final.state).toBe('installed');
    expect(final.datasets.map(({ dataset, indexed, total }) => ({ dataset, indexed, total }))).toEqual([
      { dataset: 'outbreak', indexed: OUTBREAK_FACTS.observations, total: OUTBREAK_FACTS.observations },
      { dataset: 'http', indexed: totals.http, total: totals.http },
    ]);
    const indexedOverTime = polled.map((current) => current.datasets.reduce((sum, dataset) => sum + dataset.indexed, 0));
    expect(indexedOverTime).toEqual([...indexedOverTime].sort((a, b) => a - b));
    expect(final.saved_objects.map(({ type }) => type)).toEqual([DATA_VIEW_SAVED_OBJECT_TYPE, DATA_VIEW_SAVED_OBJECT_TYPE, HUNT_EDA_VIEW_TYPE, 'dashboard']);
    expect(Date.parse(final.finished_at ?? '')).toBeGreaterThanOrEqual(Date.parse(final.started_at ?? ''));
    expect(server.loggedErrors).toEqual([]);
  });

  it('refuses an unknown dataset with 400 naming the field, and keeps the finished install’s status', async () => {
    const refused = await server.post(SAMPLE_DATA_API_PATH, { datasets: ['outbreak', 'netflow'] });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ message: '[request body]: body.datasets[1]: expected datasets from outbreak, http' });
    expect((await status()).state).toBe('installed');
  });
});

describe('what the install leaves in Elasticsearch', () => {
  it('holds every document of both datasets, mapped by the sample templates', async () => {
    await client.indices.refresh({ index: [indices.outbreak, indices.http] });
    expect((await client.count({ index: indices.outbreak })).count).toBe(OUTBREAK_FACTS.observations);
    expect((await client.count({ index: indices.http })).count).toBe(totals.http);
    const mapping = await client.indices.getFieldMapping({ index: indices.outbreak, fields: ['source.ip', 'rule.id', '@timestamp'] });
    const fields = mapping[indices.outbreak]?.mappings ?? {};
    expect(Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, Object.values(field.mapping)[0]?.type]))).toEqual({
      'source.ip': 'ip',
      'rule.id': 'keyword',
      '@timestamp': 'date',
    });
  });

  it('each data view names the index its dataset went into, with @timestamp as its time field', () => {
    const titles = [...savedObjects.objects.values()].filter((o) => o.type === DATA_VIEW_SAVED_OBJECT_TYPE).map((o) => o.attributes as { title: string; timeFieldName: string });
    expect(titles).toEqual([
      expect.objectContaining({ title: indices.outbreak, timeFieldName: '@timestamp' }),
      expect.objectContaining({ title: indices.http, timeFieldName: '@timestamp' }),
    ]);
  });

  it('the saved view, read back as the app reads it, gives the outbreak’s published figures through the conversations route', async () => {
    const stored = final.saved_objects.find((o) => o.type === HUNT_EDA_VIEW_TYPE);
    const view = fromHuntEdaViewSavedObject(savedObject<HuntEdaViewAttributes>(HUNT_EDA_VIEW_TYPE, stored?.id ?? ''));
    const dataView = savedObject<{ title: string }>(DATA_VIEW_SAVED_OBJECT_TYPE, view.data_view_id ?? '');
    expect(view).toMatchObject({ analysis: 'conversations', field_mapping_preset: 'ecs', query: { query: '' }, filters: [] });
    const { timestamp, signature_id, signature_name, source, destination } = FIELD_MAPPING_PRESETS[view.field_mapping_preset].mapping;
    const { status: code, body } = await server.post(CONVERSATIONS_API_PATH, {
      index: dataView.attributes.title,
      time_range: view.time_range,
      fields: { timestamp, signature_id, signature_name, source, destination },
    });
    expect(code).toBe(200);
    const { summary } = decodeConversationsResponse(body as EncodedConversationsResponse);
    expect(summary.conversations).toBe(OUTBREAK_FACTS.conversations);
    expect(summary.total_observations).toBe(OUTBREAK_FACTS.observations);
    expect(summary.directions.internal_to_external).toBe(OUTBREAK_FACTS.internalToExternalConversations);
  });

  it('the dashboard has one panel of each Hunt EDA type, each resolving through its reference to a data view over its data', async () => {
    const stored = final.saved_objects.find((o) => o.type === 'dashboard');
    const dashboard = savedObject<{ panelsJSON: string; timeRestore: boolean; timeFrom: string; timeTo: string }>('dashboard', stored?.id ?? '');
    const panels = JSON.parse(dashboard.attributes.panelsJSON) as { type: string; panelIndex: string; embeddableConfig: Record<string, unknown> }[];
    expect(panels.map((p) => p.type).sort()).toEqual(Object.values(PANEL_TYPES).sort());
    const expectedIndex: Record<string, string> = {
      [PANEL_TYPES.otrScatter]: indices.outbreak,
      [PANEL_TYPES.otrBoxPlots]: indices.outbreak,
      [PANEL_TYPES.signatureColumns]: indices.outbreak,
      [PANEL_TYPES.httpResidualTimeline]: indices.http,
    };
    for (const panel of panels) {
      // As a dashboard hands a panel its state: its own references, the `<panelIndex>:` prefix removed.
      const references = dashboard.references.filter((r) => r.name.startsWith(`${panel.panelIndex}:`)).map((r) => ({ ...r, name: r.name.slice(panel.panelIndex.length + 1) }));
      const settings = deserializePanelSettings({ rawState: panel.embeddableConfig, references });
      const dataView = savedObject<{ title: string }>(DATA_VIEW_SAVED_OBJECT_TYPE, settings.dataViewId ?? '');
      expect({ type: panel.type, index: dataView.attributes.title }).toEqual({ type: panel.type, index: expectedIndex[panel.type] });
      const range = settings.timeRange ?? { from: dashboard.attributes.timeFrom, to: dashboard.attributes.timeTo };
      const inRange = await client.count({ index: dataView.attributes.title, query: { range: { '@timestamp': { gte: range.from, lt: range.to } } } });
      expect({ type: panel.type, count: inRange.count }).toEqual({ type: panel.type, count: panel.type === PANEL_TYPES.httpResidualTimeline ? totals.http : OUTBREAK_FACTS.observations });
    }
    expect(dashboard.attributes.timeRestore).toBe(true);
    const http = panels.find((p) => p.type === PANEL_TYPES.httpResidualTimeline);
    expect(http?.embeddableConfig.timeRange).toEqual({ from: new Date(HTTP_MONTH_START).toISOString(), to: new Date(HTTP_MONTH_START + HTTP_MONTH_DAYS * 86_400_000).toISOString() });
  });

  it('installing again replaces the saved objects in place (fixed ids, overwrite) rather than failing on them', async () => {
    const before = [...savedObjects.objects.keys()];
    const again = await server.post(SAMPLE_DATA_API_PATH, { datasets: ['http'] });
    expect(again.status).toBe(202);
    let current = await status();
    while (current.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      current = await status();
    }
    expect(current.error).toBeUndefined();
    expect(current.state).toBe('installed');
    expect([...savedObjects.objects.keys()]).toEqual(before);
    expect((await client.count({ index: indices.http })).count).toBe(totals.http);
  }, 600_000);
});
