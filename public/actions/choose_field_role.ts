import type { FieldRole } from '../locator/hunt_eda_url_state';

export interface FieldChoice {
  readonly analysis: 'conversations' | 'http';
  readonly role: FieldRole;
}

const SIGNATURE = /(^|\.)(signature_id|signature|sid|rule\.id|rule\.name|rule\.uuid|note)$/i;
const HTTP_METHOD = /(^|\.)(http_method|request\.method|method)$/i;
const SOURCE = /(^|[._])(source|src|orig_h|client)([._]|$)/i;
const DESTINATION = /(^|[._])(destination|dest|dst|resp_h|server)([._]|$)/i;

/**
 * What a Discover field means to Hunt EDA, from its name and type (the presets' field names and the
 * common variants): an IDS signature or an IP opens the alert conversations, an HTTP method the HTTP
 * outliers. Undefined when it fits no role: the app still opens on the data view, without a pre-selection.
 */
export function chooseFieldRole(fieldName: string, fieldType: string | undefined): FieldChoice | undefined {
  if (SIGNATURE.test(fieldName)) return { analysis: 'conversations', role: 'signature' };
  if (HTTP_METHOD.test(fieldName)) return { analysis: 'http', role: 'http_method' };
  if (fieldType === 'ip') {
    if (DESTINATION.test(fieldName)) return { analysis: 'conversations', role: 'destination' };
    if (SOURCE.test(fieldName)) return { analysis: 'conversations', role: 'source' };
    return { analysis: 'conversations', role: 'source' };
  }
  return undefined;
}
