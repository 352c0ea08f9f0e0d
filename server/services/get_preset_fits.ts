import type { FieldDescription, PresetFit } from '../../common/api/fields';
import { FIELD_MAPPING_PRESET_IDS, FIELD_MAPPING_PRESETS, FIELDS_NEEDED_BY_ANALYSIS } from '../../common/model/field_mapping';
import type { AnalysisKind, FieldMapping } from '../../common/model/field_mapping';

type AnalysisFit = PresetFit['analyses'][AnalysisKind];

/**
 * Which presets fit an index's fields, per analysis. A field a preset names that exists only as `text`
 * with an aggregatable `.keyword` sub-field (what dynamic mapping makes of JSON strings) is taken as its
 * `.keyword` sub-field, and the returned mapping says so. The returned mapping keeps an optional field only
 * when the index has it (the direction field only when it aggregates too), so a mapping taken from a fit
 * never names a field the index lacks; what an analysis misses is listed by the preset's names. Presets
 * fitting more analyses come first, then in preset order. Cost: O(presets × fields needed).
 */
export function getPresetFits(fields: readonly FieldDescription[]): PresetFit[] {
  const byName = new Map(fields.map((field) => [field.name, field]));
  const resolve = (name: string): string => {
    if (byName.get(name)?.aggregatable === true) return name;
    return byName.get(`${name}.keyword`)?.aggregatable === true ? `${name}.keyword` : name;
  };
  const present = (name: string | undefined): string | undefined => (name !== undefined && byName.has(name) ? name : undefined);
  const fits = FIELD_MAPPING_PRESET_IDS.map((id): PresetFit => {
    const preset = FIELD_MAPPING_PRESETS[id].mapping;
    /** Every field as the preset names it, resolved to `.keyword` where that is the aggregatable one. */
    const wanted: FieldMapping = {
      timestamp: preset.timestamp,
      signature_id: resolve(preset.signature_id),
      signature_name: resolve(preset.signature_name),
      source: resolve(preset.source),
      destination: resolve(preset.destination),
      ...(preset.direction !== undefined ? { direction: resolve(preset.direction) } : {}),
      ...(preset.http_method !== undefined ? { http_method: resolve(preset.http_method) } : {}),
      ...(preset.bytes_out !== undefined ? { bytes_out: preset.bytes_out } : {}),
      ...(preset.domain !== undefined ? { domain: resolve(preset.domain) } : {}),
    };
    const direction = present(wanted.direction);
    const httpMethod = present(wanted.http_method);
    const bytesOut = present(wanted.bytes_out);
    const domain = present(wanted.domain);
    const mapping: FieldMapping = {
      timestamp: wanted.timestamp,
      signature_id: wanted.signature_id,
      signature_name: wanted.signature_name,
      source: wanted.source,
      destination: wanted.destination,
      // Only read by aggregations: a direction field that cannot aggregate would fail the conversations route.
      ...(direction !== undefined && byName.get(direction)?.aggregatable === true ? { direction } : {}),
      ...(httpMethod !== undefined ? { http_method: httpMethod } : {}),
      ...(bytesOut !== undefined ? { bytes_out: bytesOut } : {}),
      ...(domain !== undefined ? { domain } : {}),
    };
    const fitFor = (analysis: AnalysisKind): AnalysisFit => {
      const missing: string[] = [];
      const notAggregatable: string[] = [];
      for (const key of FIELDS_NEEDED_BY_ANALYSIS[analysis]) {
        const name = wanted[key];
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
