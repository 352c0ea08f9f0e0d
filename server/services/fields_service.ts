import type { FieldDescription, FieldsRequest, FieldsResponse } from '../../common/api/fields';
import { getPresetFits } from './get_preset_fits';

/** A source that can describe an index's fields (Elasticsearch: field_caps). */
export interface FieldsSource {
  fetchFields(index: string, signal: AbortSignal): Promise<{ indices: string[]; fields: FieldDescription[] }>;
}

/** The fields of an index pattern, which are aggregatable, and which mapping presets fit which analyses. */
export async function getFields(source: FieldsSource, request: FieldsRequest, signal: AbortSignal): Promise<FieldsResponse> {
  const { indices, fields } = await source.fetchFields(request.index, signal);
  return { indices, fields, presets: getPresetFits(fields) };
}
