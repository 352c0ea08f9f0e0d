import type { SampleAlertEvent } from '../outbreak/generate_outbreak_events';

/** ECS `network.direction` for our directions (ECS 8 vocabulary: internal, outbound, inbound, external). */
const ECS_DIRECTION = {
  internal_to_internal: 'internal',
  internal_to_external: 'outbound',
  external_to_internal: 'inbound',
  external_to_external: 'external',
} as const;

/** ECS 8.x document for one alert, laid out as Filebeat's Suricata module writes them (`rule.*`, `event.kind: alert`). */
export function toEcsAlert(event: SampleAlertEvent): Record<string, unknown> {
  return {
    '@timestamp': new Date(event.timestamp).toISOString(),
    event: {
      kind: 'alert',
      category: ['network', 'intrusion_detection'],
      type: ['info'],
      module: 'suricata',
      dataset: 'suricata.eve',
      id: event.id,
      severity: event.signature.severity,
    },
    rule: { id: event.signature.id, name: event.signature.name, category: event.signature.category },
    source: { ip: event.sourceIp, port: event.sourcePort },
    destination: { ip: event.destinationIp, port: event.destinationPort },
    network: { transport: 'tcp', direction: ECS_DIRECTION[event.direction] },
    suricata: { eve: { flow_id: event.flowId, alert: { signature_id: Number(event.signature.id), rev: event.signature.rev } } },
  };
}

/** Suricata's eve.json timestamp: microseconds and a numeric offset, e.g. `2018-04-26T07:12:41.000000+0000`. */
export function formatSuricataTimestamp(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 23)}000+0000`;
}

/** One eve.json alert record, fields in the order Suricata 4.1 writes them (as in the real WRCCDC samples). */
export function toEveAlert(event: SampleAlertEvent): Record<string, unknown> {
  return {
    timestamp: formatSuricataTimestamp(event.timestamp),
    flow_id: event.flowId,
    event_type: 'alert',
    src_ip: event.sourceIp,
    src_port: event.sourcePort,
    dest_ip: event.destinationIp,
    dest_port: event.destinationPort,
    proto: 'TCP',
    alert: {
      action: 'allowed',
      gid: 1,
      signature_id: Number(event.signature.id),
      rev: event.signature.rev,
      signature: event.signature.name,
      category: event.signature.category,
      severity: event.signature.severity,
    },
  };
}

/**
 * The same records as `toEcsAlert`/`toEveAlert`, serialised straight to a JSON line. Several times faster than
 * building the object and calling JSON.stringify, which matters at 10 million alerts; the per-signature parts
 * are serialised once. Tests pin that both paths give identical bytes.
 */
export function createAlertLineSerializer(format: 'ecs' | 'eve'): (event: SampleAlertEvent) => string {
  const fragments = new Map<string, string>();
  const fragmentOf = (event: SampleAlertEvent): string => {
    const signature = event.signature;
    let fragment = fragments.get(signature.id);
    if (fragment === undefined) {
      fragment =
        format === 'eve'
          ? JSON.stringify(toEveAlert(event).alert)
          : JSON.stringify({ id: signature.id, name: signature.name, category: signature.category });
      fragments.set(signature.id, fragment);
    }
    return fragment;
  };
  if (format === 'eve') {
    return (e) =>
      `{"timestamp":"${formatSuricataTimestamp(e.timestamp)}","flow_id":${e.flowId},"event_type":"alert","src_ip":"${e.sourceIp}","src_port":${e.sourcePort},"dest_ip":"${e.destinationIp}","dest_port":${e.destinationPort},"proto":"TCP","alert":${fragmentOf(e)}}`;
  }
  return (e) =>
    `{"@timestamp":"${new Date(e.timestamp).toISOString()}","event":{"kind":"alert","category":["network","intrusion_detection"],"type":["info"],"module":"suricata","dataset":"suricata.eve","id":"${e.id}","severity":${e.signature.severity}},"rule":${fragmentOf(e)},"source":{"ip":"${e.sourceIp}","port":${e.sourcePort}},"destination":{"ip":"${e.destinationIp}","port":${e.destinationPort}},"network":{"transport":"tcp","direction":"${ECS_DIRECTION[e.direction]}"},"suricata":{"eve":{"flow_id":${e.flowId},"alert":{"signature_id":${Number(e.signature.id)},"rev":${e.signature.rev}}}}}`;
}
