import { z } from 'zod';
import { INTERNAL_API_BASE } from '../constants';
import type { AnalysisKind, FieldMapping, FieldMappingPresetId } from '../model/field_mapping';
import { indexPatternSchema } from './request_schemas';

export const FIELDS_API_PATH = `${INTERNAL_API_BASE}/fields`;

export const fieldsRequestSchema = z.object({ index: indexPatternSchema }).strict();

export type FieldsRequestBody = z.input<typeof fieldsRequestSchema>;
export type FieldsRequest = z.output<typeof fieldsRequestSchema>;

export interface FieldDescription {
  readonly name: string;
  /** Mapping types across the matched indices (more than one when indices disagree). */
  readonly types: readonly string[];
  readonly aggregatable: boolean;
  readonly searchable: boolean;
}

export interface PresetFit {
  readonly id: FieldMappingPresetId;
  readonly label: string;
  readonly mapping: FieldMapping;
  /** Per analysis: does every field it needs exist and aggregate, and which are missing or not aggregatable. */
  readonly analyses: Readonly<
    Record<AnalysisKind, { readonly fits: boolean; readonly missing: readonly string[]; readonly not_aggregatable: readonly string[] }>
  >;
}

export interface FieldsResponse {
  readonly indices: readonly string[];
  readonly fields: readonly FieldDescription[];
  /** Presets that fit at least one analysis come first. */
  readonly presets: readonly PresetFit[];
}
