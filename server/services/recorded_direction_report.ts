import type { RecordedDirectionCheckBody } from '../../common/api/conversations';
import type { ResponseWarning } from '../../common/api/request_schemas';
import type { RecordedDirectionCheck } from '../../common/model/recorded_direction_check';

/** What an example needs to name its conversation: the keys of the conversation at a row. */
export type ConversationKeysAt = (row: number) => { readonly signatureId: string; readonly sourceIp: string; readonly destinationIp: string };

const MAX_KINDS_IN_MESSAGE = 3;

/**
 * A RecordedDirectionCheck as the response carries it: the body (snake_case, examples naming their
 * conversation) and its warnings. Disagreements are a `direction_disagreement` warning with the counts,
 * the commonest kinds and one example, so they are never silent; a mapped field holding no value we can
 * compare (e.g. Suricata's flow-level `to_server`) is a `not_scorable` warning naming what it holds.
 */
export function toRecordedDirectionReport(
  check: RecordedDirectionCheck,
  keysAt: ConversationKeysAt,
): { body: RecordedDirectionCheckBody; warnings: ResponseWarning[] } {
  const examples = check.examples.map((example) => {
    const keys = keysAt(example.row);
    return {
      row: example.row,
      signature_id: keys.signatureId,
      source_ip: keys.sourceIp,
      destination_ip: keys.destinationIp,
      recorded_value: example.recordedValue,
      recorded: example.recorded,
      computed: example.computed,
    };
  });
  const body: RecordedDirectionCheckBody = {
    field: check.field,
    compared: check.compared,
    agreeing: check.agreeing,
    disagreeing: check.disagreeing,
    mixed: check.mixed,
    not_recorded: check.notRecorded,
    disagreements_by_kind: check.disagreementsByKind,
    examples,
    unrecognized: check.unrecognized,
  };
  const warnings: ResponseWarning[] = [];
  if (check.disagreeing > 0) {
    const kinds = check.disagreementsByKind
      .slice(0, MAX_KINDS_IN_MESSAGE)
      .map((kind) => `${kind.conversations} recorded ${kind.recorded} where the home networks give ${kind.computed}`);
    const more = check.disagreementsByKind.length > MAX_KINDS_IN_MESSAGE ? `, and ${check.disagreementsByKind.length - MAX_KINDS_IN_MESSAGE} more kinds` : '';
    const [first] = examples;
    const example = first === undefined ? '' : `; e.g. signature ${first.signature_id} ${first.source_ip} → ${first.destination_ip} records "${first.recorded_value}"`;
    warnings.push({
      code: 'direction_disagreement',
      message:
        `${check.field} disagrees with the home networks for ${check.disagreeing} of ${check.compared} conversations it records a direction for ` +
        `(${kinds.join('; ')}${more})${example}. The home networks' direction is used: check the home networks or the sensor's internal networks`,
    });
  }
  if (check.compared === 0 && check.unrecognized.length > 0) {
    const values = check.unrecognized
      .slice(0, MAX_KINDS_IN_MESSAGE)
      .map((value) => `"${value.value}" (${value.conversations})`)
      .join(', ');
    warnings.push({
      code: 'not_scorable',
      message: `${check.field} holds no direction relative to the home networks (values: ${values}), so it was not compared`,
    });
  }
  return { body, warnings };
}
