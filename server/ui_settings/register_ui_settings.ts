import ipaddr from 'ipaddr.js';
import type { UiSettingsParams, UiSettingsServiceSetup } from '@kbn/core/server';
import { DEFAULT_HOME_NETWORKS } from '../../common/network/home_networks';
import { HOME_NETWORKS_SETTING, THRESHOLD_SETTING } from '../../common/settings';
import type { ConfigSchemaBuilder } from './load_config_schema';

/** `null` when the entry is a CIDR or a single address, else why not (config-schema reports the string). */
export function validateHomeNetwork(value: string): string | undefined {
  return ipaddr.isValidCIDR(value) || ipaddr.isValid(value) ? undefined : `"${value}" is not a CIDR (e.g. 10.0.0.0/8) or an IP address`;
}

/**
 * Advanced settings (Stack Management → Advanced settings → Hunt EDA). Kibana validates each `value` against
 * its `schema` at start and every user change against it afterwards ("Validation schema is not provided
 * for [key]" without one).
 */
export function buildUiSettings(schema: ConfigSchemaBuilder): Record<string, UiSettingsParams> {
  return {
    [HOME_NETWORKS_SETTING]: {
      name: 'Hunt EDA: home networks',
      value: [...DEFAULT_HOME_NETWORKS],
      type: 'array',
      description: 'CIDRs (or single addresses) of your own networks: they decide the direction of a conversation and "external only" filters.',
      category: ['huntEda'],
      requiresPageReload: false,
      schema: schema.arrayOf(schema.string({ validate: validateHomeNetwork }), { maxSize: 1024 }),
    },
    [THRESHOLD_SETTING]: {
      name: 'Hunt EDA: default n·σ',
      value: 3,
      type: 'number',
      description: 'How many residual standard deviations from the seasonal baseline mark an HTTP bucket as an outlier, by default.',
      category: ['huntEda'],
      requiresPageReload: false,
      schema: schema.number({ min: 0.5, max: 10 }),
    },
  };
}

export function registerUiSettings(uiSettings: UiSettingsServiceSetup, schema: ConfigSchemaBuilder): void {
  uiSettings.register(buildUiSettings(schema));
}
