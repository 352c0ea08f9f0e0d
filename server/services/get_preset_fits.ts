import type { FieldDescription, PresetFit } from '../../common/api/fields';
import { FIELD_MAPPING_PRESET_IDS, FIELD_MAPPING_PRESETS, FIELDS_NEEDED_BY_ANALYSIS } from '../../common/model/field_mapping';
import type { AnalysisKind, FieldMapping } from '../../common/model/field_mapping';

type AnalysisFit = PresetFit['analyses'][AnalysisKind];

/**
 * Which presets fit an index's fields, per analysis. A field a preset names that exists only as `text`
 * with an aggregatable `.keyword` sub-field (what dynamic mapping makes of JSON strings) is taken as its
 * `.keyword` sub-field, and the returned mapping says so. Presets fitting more analyses come first, then
 * in preset order. Cost: O(presets × fields needed).
 */
export function getPresetFits(fields: readonly FieldDescription[]): PresetFit[] {
  const byName = new Map(fields.map((field) => [field.name, field]));
  const resolve = (name: string | undefined): string | undefined => {
    if (name === undefined || byName.get(name)?.aggregatable === true) return name;
    return byName.get(`${name}.keyword`)?.aggregatable === true ? `${name}.keyword` : name;
  };
  const fits = FIELD_MAPPING_PRESET_IDS.map((id): PresetFit => {
    const preset = FIELD_MAPPING_PRESETS[id].mapping;
    const mapping: FieldMapping = {
      timestamp: preset.timestamp,
      signature_id: resolve(preset.signature_id) ?? preset.signature_id,
      signature_name: resolve(preset.signature_name) ?? preset.signature_name,
      source: resolve(preset.source) ?? preset.source,
      destination: resolve(preset.destination) ?? preset.destination,
      direction: resolve(preset.direction),
      http_method: resolve(preset.http_method),
      bytes_out: preset.bytes_out,
      domain: resolve(preset.domain),
    };
    const fitFor = (analysis: AnalysisKind): AnalysisFit => {
      const missing: string[] = [];
      const notAggregatable: string[] = [];
      for (const key of FIELDS_NEEDED_BY_ANALYSIS[analysis]) {
        const name = mapping[key];
        const field = name === undefined ? undefined : byName.get(name);
        if (name === undefined || field === undefined) missing.push(name ?? key);
        else if (!field.aggregatable) notAggregatable.push(name);
      }
      return { fits: missing.length === 0 && notAggregatable.length === 0, missing, not_aggregatable: notAggregatable };
    };
    return {
      id,
      label: FIELD_MAPPING_PRESETS[id].label,
      mapping,
      analyses: { conversations: fitFor('conversations'), http_timeline: fitFor('http_timeline') },
    };
  });
  const score = (fit: PresetFit): number => Object.values(fit.analyses).filter((analysis) => analysis.fits).length;
  return fits
    .map((fit, order) => ({ fit, order }))
    .sort((a, b) => score(b.fit) - score(a.fit) || a.order - b.order)
    .map(({ fit }) => fit);
}
