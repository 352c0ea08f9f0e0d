/**
 * Which document fields hold the values an analysis needs. Every analysis reads fields through a mapping,
 * so the same code serves ECS (Elastic Agent, Filebeat modules), raw Suricata eve.json and raw Zeek logs.
 * Keys are snake_case because a mapping travels unchanged in request bodies (common/api) and in saved
 * settings; values are field names as the index knows them (dotted paths).
 */
export interface FieldMapping {
  readonly timestamp: string;
  /** Alerts: the IDS rule's id (Suricata sid, ECS rule.id, Zeek notice type). */
  readonly signature_id: string;
  /** Alerts: the rule's message. */
  readonly signature_name: string;
  readonly source: string;
  readonly destination: string;
  /** A field already holding the direction (ECS network.direction); without it, home networks decide. */
  readonly direction?: string;
  /** HTTP: request method. */
  readonly http_method?: string;
  /** HTTP: bytes sent by the client (request body length). */
  readonly bytes_out?: string;
  /** HTTP: the requested host name. */
  readonly domain?: string;
}

export const FIELD_MAPPING_PRESET_IDS = ['ecs', 'suricata_eve', 'zeek'] as const;
export type FieldMappingPresetId = (typeof FIELD_MAPPING_PRESET_IDS)[number];

export function isFieldMappingPresetId(value: unknown): value is FieldMappingPresetId {
  return typeof value === 'string' && (FIELD_MAPPING_PRESET_IDS as readonly string[]).includes(value);
}

export interface FieldMappingPreset {
  readonly id: FieldMappingPresetId;
  readonly label: string;
  readonly mapping: FieldMapping;
}

/**
 * Presets for the three layouts hunters meet most.
 * - ECS 8.x: Suricata/Zeek through Elastic Agent or Filebeat modules (`rule.*`, `source.ip`, `http.*`).
 * - Suricata eve.json indexed as is (`alert.signature_id`, `src_ip`, `http.http_method`…).
 * - Zeek JSON logs indexed as is: notice.log for alerts (`note`, `msg`), http.log for HTTP
 *   (`method`, `host`, `request_body_len`), both with `ts` and `id.orig_h`/`id.resp_h`.
 */
export const FIELD_MAPPING_PRESETS: Readonly<Record<FieldMappingPresetId, FieldMappingPreset>> = {
  ecs: {
    id: 'ecs',
    label: 'Elastic Common Schema',
    mapping: {
      timestamp: '@timestamp',
      signature_id: 'rule.id',
      signature_name: 'rule.name',
      source: 'source.ip',
      destination: 'destination.ip',
      direction: 'network.direction',
      http_method: 'http.request.method',
      bytes_out: 'http.request.body.bytes',
      domain: 'url.domain',
    },
  },
  suricata_eve: {
    id: 'suricata_eve',
    label: 'Suricata eve.json',
    mapping: {
      timestamp: 'timestamp',
      signature_id: 'alert.signature_id',
      signature_name: 'alert.signature',
      source: 'src_ip',
      destination: 'dest_ip',
      http_method: 'http.http_method',
      bytes_out: 'flow.bytes_toserver',
      domain: 'http.hostname',
    },
  },
  zeek: {
    id: 'zeek',
    label: 'Zeek JSON logs',
    mapping: {
      timestamp: 'ts',
      signature_id: 'note',
      signature_name: 'msg',
      source: 'id.orig_h',
      destination: 'id.resp_h',
      http_method: 'method',
      bytes_out: 'request_body_len',
      domain: 'host',
    },
  },
};

/** The mapping keys each analysis needs; a preset fits an index for an analysis when all of them exist there. */
export const FIELDS_NEEDED_BY_ANALYSIS = {
  conversations: ['timestamp', 'signature_id', 'signature_name', 'source', 'destination'],
  http_timeline: ['timestamp', 'source', 'destination', 'http_method', 'bytes_out', 'domain'],
} as const satisfies Record<string, readonly (keyof FieldMapping)[]>;

export type AnalysisKind = keyof typeof FIELDS_NEEDED_BY_ANALYSIS;
