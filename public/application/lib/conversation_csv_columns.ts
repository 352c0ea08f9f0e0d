import type { Conversation } from '../../../common/model/conversation';
import type { CsvColumn } from './build_csv';

const iso = (ms: number): string => new Date(ms).toISOString();

/** The conversation table's CSV export: raw values (seconds, ISO times, direction ids) for tools to read. */
export const CONVERSATION_CSV_COLUMNS: readonly CsvColumn<Conversation>[] = [
  { header: 'signature_id', value: (c) => c.signatureId },
  { header: 'signature', value: (c) => c.signature },
  { header: 'source_ip', value: (c) => c.sourceIp },
  { header: 'destination_ip', value: (c) => c.destinationIp },
  { header: 'direction', value: (c) => c.direction },
  { header: 'first_seen', value: (c) => iso(c.firstSeen) },
  { header: 'last_seen', value: (c) => iso(c.lastSeen) },
  { header: 'otr_seconds', value: (c) => c.otrSeconds },
  { header: 'observations', value: (c) => c.observations },
];
