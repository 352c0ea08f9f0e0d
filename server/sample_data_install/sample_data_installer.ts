import type { ElasticsearchClient, Logger, SavedObjectsClientContract } from '@kbn/core/server';
import type { Client } from '@elastic/elasticsearch';
import type { SampleDataDataset, SampleDataDatasetStatus, SampleDataStatus } from '../../common/api/sample_data';
import { createSampleDocuments, loadDocuments, SAMPLE_DATASETS } from '../sample_data';
import { OUTBREAK_FACTS } from '../sample_data/outbreak/outbreak_spec';
import { HTTP_MONTH_DAYS, HTTP_MONTH_START } from '../sample_data/http/http_spec';
import { buildSampleSavedObjects } from './build_sample_saved_objects';

const DAY_MS = 86_400_000;

export interface SampleDataInstallDeps {
  /** Elasticsearch as the user who pressed the button: their index privileges apply. */
  readonly elasticsearch: ElasticsearchClient;
  /** Saved objects as that user, in their space. */
  readonly savedObjects: SavedObjectsClientContract;
  readonly logger: Logger;
}

export interface SampleDataInstallerOptions {
  /** Index per dataset; the datasets' default indices (`hunt-eda-sample-*`) unless given (tests use their own). */
  readonly indices?: Partial<Readonly<Record<SampleDataDataset, string>>>;
}

/**
 * One install at a time per Kibana instance, run in the background: the outbreak alone is 2.46 million
 * documents, longer than Kibana's idle socket timeout, so the route answers 202 and the button polls.
 * Order: index template → bulk load (per dataset) → saved objects (data views, saved view, dashboard), so
 * the dashboard never points at missing data.
 */
export class SampleDataInstaller {
  #status: SampleDataStatus = { state: 'not_installed', datasets: [], saved_objects: [] };
  readonly #indices: Readonly<Record<SampleDataDataset, string>>;

  constructor({ indices = {} }: SampleDataInstallerOptions = {}) {
    this.#indices = { outbreak: indices.outbreak ?? SAMPLE_DATASETS.outbreak.defaultIndex, http: indices.http ?? SAMPLE_DATASETS.http.defaultIndex };
  }

  getStatus(): SampleDataStatus {
    return this.#status;
  }

  /** Starts an install unless one is running; resolves when it has finished (the route does not wait). */
  start(datasets: readonly SampleDataDataset[], deps: SampleDataInstallDeps): { started: boolean; done: Promise<void> } {
    if (this.#status.state === 'running') return { started: false, done: Promise.resolve() };
    const progress: SampleDataDatasetStatus[] = datasets.map((dataset) => ({ dataset, index: this.#indices[dataset], total: createSampleDocuments(dataset).total, indexed: 0 }));
    this.#status = { state: 'running', datasets: progress, saved_objects: [], started_at: new Date().toISOString() };
    const done = this.#run(progress, deps).then(
      (savedObjects) => {
        this.#status = { ...this.#status, state: 'installed', saved_objects: savedObjects, finished_at: new Date().toISOString() };
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        deps.logger.error(`huntEda sample data install failed: ${message}`);
        this.#status = { ...this.#status, state: 'failed', error: message, finished_at: new Date().toISOString() };
      },
    );
    return { started: true, done };
  }

  async #run(progress: SampleDataDatasetStatus[], { elasticsearch, savedObjects }: SampleDataInstallDeps) {
    for (let i = 0; i < progress.length; i++) {
      const { dataset, index } = progress[i];
      const descriptor = SAMPLE_DATASETS[dataset];
      await loadDocuments({
        // Kibana's scoped client is an @elastic/elasticsearch Client child at runtime; its type only hides lifecycle methods.
        client: elasticsearch as unknown as Client,
        index,
        template: descriptor.template,
        documents: createSampleDocuments(dataset).documents,
        onProgress: (indexed) => {
          progress[i] = { ...progress[i], indexed };
          this.#status = { ...this.#status, datasets: [...progress] };
        },
      });
    }
    const objects = buildSampleSavedObjects({
      alertsIndex: this.#indices.outbreak,
      httpIndex: this.#indices.http,
      outbreakRange: { from: new Date(OUTBREAK_FACTS.firstAlert).toISOString(), to: new Date(OUTBREAK_FACTS.lastAlert + 1000).toISOString() },
      httpRange: { from: new Date(HTTP_MONTH_START).toISOString(), to: new Date(HTTP_MONTH_START + HTTP_MONTH_DAYS * DAY_MS).toISOString() },
    });
    const result = await savedObjects.bulkCreate(
      objects.map((o) => ({ type: o.type, id: o.id, attributes: o.attributes, references: [...o.references] })),
      { overwrite: true },
    );
    const failed = result.saved_objects.filter((o) => o.error);
    if (failed.length > 0) throw new Error(`could not create saved objects: ${failed.map((o) => `${o.type} ${o.id}: ${o.error?.message}`).join('; ')}`);
    return objects.map((o) => ({ type: o.type, id: o.id, title: String(o.attributes.title) }));
  }
}
