import { API_PRIVILEGE, PLUGIN_ID, PLUGIN_NAME } from '../../common/constants';
import { DATA_VIEW_SAVED_OBJECT_TYPE, HUNT_EDA_VIEW_TYPE } from '../../common/saved_views/hunt_eda_view';

/** Granted by `all` only: changing saved views and installing sample data. */
export const WRITE_API_PRIVILEGE = `${PLUGIN_ID}Write`;

/**
 * Kibana's security category (DEFAULT_APP_CATEGORIES.security), copied as data: core's constants are not
 * importable from a third-party plugin's server at runtime.
 */
const SECURITY_CATEGORY = { id: 'securitySolution', label: 'Security', euiIconType: 'logoSecurity', order: 4000 };

/**
 * The Kibana feature (Stack Management → Roles → Kibana privileges → Hunt EDA). `read` may run every
 * analysis and open saved views; `all` may also save, change and delete them and install sample data.
 * Dashboards and data views keep their own features: a user needs those privileges to use the panels on a
 * dashboard or to pick a data view. `scope` is omitted on purpose: added in 8.16, removed from the schema in
 * September 2025, so any value fails on one of the versions we build for.
 */
export const HUNT_EDA_FEATURE = {
  id: PLUGIN_ID,
  name: PLUGIN_NAME,
  category: SECURITY_CATEGORY,
  app: ['kibana', PLUGIN_ID],
  catalogue: [PLUGIN_ID],
  privileges: {
    all: {
      app: ['kibana', PLUGIN_ID],
      catalogue: [PLUGIN_ID],
      api: [API_PRIVILEGE, WRITE_API_PRIVILEGE],
      savedObject: { all: [HUNT_EDA_VIEW_TYPE], read: [DATA_VIEW_SAVED_OBJECT_TYPE] },
      ui: ['show', 'save'],
    },
    read: {
      app: ['kibana', PLUGIN_ID],
      catalogue: [PLUGIN_ID],
      api: [API_PRIVILEGE],
      savedObject: { all: [], read: [HUNT_EDA_VIEW_TYPE, DATA_VIEW_SAVED_OBJECT_TYPE] },
      ui: ['show'],
    },
  },
};

/** The features plugin's setup contract, as far as Hunt EDA uses it. */
export interface FeaturesPluginSetup {
  registerKibanaFeature(feature: typeof HUNT_EDA_FEATURE): void;
}
