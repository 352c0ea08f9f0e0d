import datemath from '@elastic/datemath';
import ipaddr from 'ipaddr.js';

import type { FieldMappingPresetId } from '../common/model/field_mapping';
import { UsageError } from './cli_errors';

/** `--from`/`--to`: ISO-8601 (a date alone means UTC midnight) or date math such as `now-7d`. Epoch ms. */
export function parseTime(value: string, option: string): number {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  if (/^\d{4}-\d{2}-\d{2}T/.test(iso)) {
    const parsed = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(iso) ? iso : `${iso}Z`);
    if (!Number.isNaN(parsed)) return parsed;
  } else if (/^now/.test(value)) {
    const parsed = datemath.parse(value);
    if (parsed?.isValid()) return parsed.valueOf();
  }
  throw new UsageError(`${option}: "${value}" is not a time; expected ISO-8601 (2018-04-26T00:00:00Z, 2018-04-26) or date math (now-7d)`);
}

export function parsePositiveInt(value: string, option: string): number {
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < 1) throw new UsageError(`${option}: expected a positive whole number, got "${value}"`);
  return parsed;
}

export function parsePositiveNumber(value: string, option: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed <= 0) throw new UsageError(`${option}: expected a positive number, got "${value}"`);
  return parsed;
}

/** `--interval`: 15m, 1h, 1d, or minutes as a number. */
export function parseIntervalMinutes(value: string): number {
  const match = /^(\d+)\s*(m|min|h|d)?$/.exec(value.trim());
  const amount = match ? Number(match[1]) : Number.NaN;
  const minutes = match ? amount * ({ m: 1, min: 1, h: 60, d: 1440 }[match[2] ?? 'm'] ?? 1) : Number.NaN;
  if (!Number.isSafeInteger(minutes) || minutes < 1) throw new UsageError(`--interval: expected minutes, hours or days such as 15m, 1h, 1d; got "${value}"`);
  return minutes;
}

const PRESETS: Readonly<Record<string, FieldMappingPresetId>> = { ecs: 'ecs', suricata: 'suricata_eve', suricata_eve: 'suricata_eve', eve: 'suricata_eve', zeek: 'zeek' };

export function parsePreset(value: string): FieldMappingPresetId {
  const preset = PRESETS[value.toLowerCase()];
  if (!preset) throw new UsageError(`--preset: expected ecs, suricata or zeek, got "${value}"`);
  return preset;
}

export function parseCidr(value: string): string {
  if (!ipaddr.isValidCIDR(value) && !ipaddr.isValid(value)) throw new UsageError(`--home-net: "${value}" is not a CIDR (e.g. 10.0.0.0/8) or an IP address`);
  return value;
}

export type OutputFormat = 'json' | 'csv' | 'table';

export function parseFormat(value: string): OutputFormat {
  if (value !== 'json' && value !== 'csv' && value !== 'table') throw new UsageError(`--format: expected json, csv or table, got "${value}"`);
  return value;
}

/** `--methods POST,PUT` → ['POST', 'PUT'] (upper-cased, as HTTP methods are written in logs). */
export function parseMethods(value: string): string[] {
  const methods = value.split(',').map((method) => method.trim().toUpperCase()).filter((method) => method.length > 0);
  if (methods.length === 0) throw new UsageError(`--methods: expected a comma-separated list such as POST,PUT, got "${value}"`);
  return methods;
}
