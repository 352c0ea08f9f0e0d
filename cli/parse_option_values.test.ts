import { UsageError } from './cli_errors';
import { parseCidr, parseFormat, parseIntervalMinutes, parseMethods, parsePositiveInt, parsePreset, parseTime } from './parse_option_values';

describe('CLI option values', () => {
  it('reads ISO times, bare dates as UTC midnight, and date math', () => {
    expect(parseTime('2018-04-26T00:00:00Z', '--from')).toBe(Date.UTC(2018, 3, 26));
    expect(parseTime('2018-04-26T02:00:00+02:00', '--from')).toBe(Date.UTC(2018, 3, 26));
    expect(parseTime('2018-04-26', '--from')).toBe(Date.UTC(2018, 3, 26));
    expect(parseTime('2018-04-26T06:30', '--to')).toBe(Date.UTC(2018, 3, 26, 6, 30));
    expect(Math.abs(parseTime('now-1d', '--from') - (Date.now() - 86_400_000))).toBeLessThan(5_000);
    expect(() => parseTime('yesterday', '--from')).toThrow(/--from: "yesterday" is not a time/);
  });

  it('reads intervals in minutes, hours and days', () => {
    expect(parseIntervalMinutes('15m')).toBe(15);
    expect(parseIntervalMinutes('15')).toBe(15);
    expect(parseIntervalMinutes('2h')).toBe(120);
    expect(parseIntervalMinutes('1d')).toBe(1440);
    expect(() => parseIntervalMinutes('0m')).toThrow(UsageError);
    expect(() => parseIntervalMinutes('15s')).toThrow(/--interval/);
  });

  it('maps preset names, formats, methods, CIDRs and counts, naming the option on error', () => {
    expect(parsePreset('suricata')).toBe('suricata_eve');
    expect(parsePreset('ZEEK')).toBe('zeek');
    expect(() => parsePreset('splunk')).toThrow(/--preset: expected ecs, suricata or zeek/);
    expect(parseFormat('csv')).toBe('csv');
    expect(() => parseFormat('xml')).toThrow(/--format/);
    expect(parseMethods('post, put')).toEqual(['POST', 'PUT']);
    expect(() => parseMethods(',')).toThrow(/--methods/);
    expect(parseCidr('10.0.0.0/8')).toBe('10.0.0.0/8');
    expect(() => parseCidr('10.0.0.0/33')).toThrow(/--home-net/);
    expect(parsePositiveInt('96', '--period')).toBe(96);
    expect(() => parsePositiveInt('9.5', '--period')).toThrow(/--period: expected a positive whole number/);
  });
});
