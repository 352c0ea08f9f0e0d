/**
 * Composable index templates (`PUT _index_template/<name>`) with ECS-compatible mappings for the sample
 * datasets. `dynamic: strict`, so a document that strays from the layout is refused with a clear reason
 * instead of growing the mapping. One shard, no replicas: sample data on a demo or CI cluster.
 */

export interface SampleIndexTemplate {
  readonly name: string;
  readonly body: {
    readonly index_patterns: readonly string[];
    readonly priority: number;
    readonly template: {
      readonly settings: Readonly<Record<string, unknown>>;
      readonly mappings: Readonly<Record<string, unknown>>;
    };
    readonly _meta: Readonly<Record<string, unknown>>;
  };
}

const keyword = { type: 'keyword', ignore_above: 1024 } as const;
const long = { type: 'long' } as const;
const ip = { type: 'ip' } as const;
const date = { type: 'date' } as const;
const object = (properties: Record<string, unknown>) => ({ properties });

const SETTINGS = { number_of_shards: 1, number_of_replicas: 0 } as const;
const META = { managed_by: 'hunt-eda', description: 'Hunt EDA sample data' } as const;

const eventFields = object({
  kind: keyword,
  category: keyword,
  type: keyword,
  module: keyword,
  dataset: keyword,
  id: keyword,
  severity: long,
});

export const ALERTS_INDEX_TEMPLATE: SampleIndexTemplate = {
  name: 'hunt-eda-sample-alerts',
  body: {
    index_patterns: ['hunt-eda-sample-alerts*'],
    priority: 200,
    template: {
      settings: SETTINGS,
      mappings: {
        dynamic: 'strict',
        properties: {
          '@timestamp': date,
          event: eventFields,
          rule: object({ id: keyword, name: keyword, category: keyword }),
          source: object({ ip, port: long }),
          destination: object({ ip, port: long }),
          network: object({ transport: keyword, direction: keyword }),
          suricata: object({ eve: object({ flow_id: long, alert: object({ signature_id: long, rev: long }) }) }),
        },
      },
    },
    _meta: META,
  },
};

export const HTTP_INDEX_TEMPLATE: SampleIndexTemplate = {
  name: 'hunt-eda-sample-http',
  body: {
    index_patterns: ['hunt-eda-sample-http*'],
    priority: 200,
    template: {
      settings: SETTINGS,
      mappings: {
        dynamic: 'strict',
        properties: {
          '@timestamp': date,
          event: eventFields,
          http: object({
            version: keyword,
            request: object({ method: keyword, bytes: long, body: object({ bytes: long }) }),
            response: object({ status_code: long, bytes: long, body: object({ bytes: long }) }),
          }),
          source: object({ ip, port: long, bytes: long }),
          destination: object({ ip, port: long, bytes: long, domain: keyword }),
          url: object({ scheme: keyword, domain: keyword, port: long, path: keyword }),
          user_agent: object({ original: keyword }),
          network: object({ transport: keyword, protocol: keyword, direction: keyword }),
          zeek: object({ session_id: keyword }),
        },
      },
    },
    _meta: META,
  },
};
