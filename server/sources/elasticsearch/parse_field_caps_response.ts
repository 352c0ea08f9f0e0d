import type { FieldDescription } from '../../../common/api/fields';

export interface NativeFieldCapability {
  readonly type: string;
  readonly searchable: boolean;
  readonly aggregatable: boolean;
  readonly metadata_field?: boolean;
}

export interface NativeFieldCapsResponse {
  readonly indices: string | readonly string[];
  readonly fields: Readonly<Record<string, Readonly<Record<string, NativeFieldCapability>>>>;
}

/** Types that are containers, not values: listed by field_caps but never analysed. */
const CONTAINER_TYPES = new Set(['object', 'nested', 'flattened']);

/**
 * Fields with their types and whether every matched index can aggregate and search them (a field mapped
 * `keyword` in one index and `text` in another is not aggregatable across the pattern). Metadata fields
 * (`_id`, `_index`…) and object containers are left out; fields come sorted by name.
 */
export function parseFieldCapsResponse(response: NativeFieldCapsResponse): { indices: string[]; fields: FieldDescription[] } {
  const fields: FieldDescription[] = [];
  for (const [name, byType] of Object.entries(response.fields)) {
    const capabilities = Object.values(byType);
    if (capabilities.some((capability) => capability.metadata_field === true) || name.startsWith('_')) continue;
    const types = capabilities.map((capability) => capability.type).filter((type) => !CONTAINER_TYPES.has(type));
    if (types.length === 0) continue;
    fields.push({
      name,
      types: [...types].sort(),
      aggregatable: capabilities.every((capability) => capability.aggregatable),
      searchable: capabilities.every((capability) => capability.searchable),
    });
  }
  fields.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const indices = typeof response.indices === 'string' ? [response.indices] : [...response.indices];
  return { indices, fields };
}
