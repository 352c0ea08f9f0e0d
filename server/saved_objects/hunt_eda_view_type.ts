import type { SavedObject, SavedObjectsType } from '@kbn/core/server';
import { PLUGIN_ID } from '../../common/constants';
import { FIELD_MAPPING_PRESET_IDS } from '../../common/model/field_mapping';
import { HUNT_EDA_VIEW_TYPE, type HuntEdaViewAttributes } from '../../common/saved_views/hunt_eda_view';
import type { ConfigSchemaBuilder } from '../ui_settings/load_config_schema';

/**
 * The attributes model version 1 knows, as config-schema objects: `create` validates what the client
 * creates (strictly), `forwardCompatibility` strips fields a newer version may have added when an older
 * Kibana reads the object (so a rollback keeps working).
 */
function buildAttributeSchemas(schema: ConfigSchemaBuilder) {
  const props = {
    title: schema.string({ minLength: 1, maxLength: 200 }),
    description: schema.maybe(schema.string({ maxLength: 2000 })),
    analysis: schema.oneOf([schema.literal('conversations'), schema.literal('http')]),
    fieldMappingPreset: schema.string({
      validate: (value) => ((FIELD_MAPPING_PRESET_IDS as readonly string[]).includes(value) ? undefined : `expected one of ${FIELD_MAPPING_PRESET_IDS.join(', ')}`),
    }),
    fieldMappingJSON: schema.maybe(schema.string()),
    query: schema.object({ query: schema.string(), language: schema.oneOf([schema.literal('kuery'), schema.literal('lucene')]) }),
    filtersJSON: schema.string(),
    timeRange: schema.maybe(schema.object({ from: schema.string(), to: schema.string() })),
    optionsJSON: schema.string(),
    // A view reads a data view (its id in `references`) or an index pattern; the route contract checks one is set.
    dataViewRefName: schema.maybe(schema.string()),
    index: schema.maybe(schema.string({ minLength: 1, maxLength: 4096 })),
  };
  return { create: schema.object(props), forwardCompatibility: schema.object(props, { unknowns: 'ignore' }) };
}

/**
 * The `hunt-eda-view` saved-object type. Space-aware (`multiple-isolated`: one space per object, shareable
 * by copying). Only `title` and `description` are mapped (searched by the saved-objects finder); the rest
 * is stored unindexed (`dynamic: false`). Model versions, not legacy migrations (Kibana ≥ 8.10). The data
 * view id lives in `references`, so Saved Objects management exports it as a relationship and remaps it on
 * import.
 */
export function buildHuntEdaViewType(schema: ConfigSchemaBuilder): SavedObjectsType {
  return {
    name: HUNT_EDA_VIEW_TYPE,
    hidden: false,
    namespaceType: 'multiple-isolated',
    mappings: {
      dynamic: false,
      properties: {
        title: { type: 'text' },
        description: { type: 'text' },
      },
    },
    modelVersions: {
      1: { changes: [], schemas: buildAttributeSchemas(schema) },
    },
    management: {
      importableAndExportable: true,
      icon: 'securityAnalyticsApp',
      defaultSearchField: 'title',
      displayName: 'Hunt EDA view',
      getTitle: (savedObject: SavedObject<unknown>) => (savedObject as SavedObject<HuntEdaViewAttributes>).attributes.title,
      getInAppUrl: (savedObject: SavedObject<unknown>) => ({ path: `/app/${PLUGIN_ID}?view=${encodeURIComponent(savedObject.id)}`, uiCapabilitiesPath: `${PLUGIN_ID}.show` }),
    },
  };
}
