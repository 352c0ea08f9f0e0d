import fc from 'fast-check';
import { classifyDirection, isInvalidAddressProblem } from './classify_direction';
import { DEFAULT_HOME_NETWORKS, parseHomeNetworks } from './home_networks';

describe('classifyDirection', () => {
  const home = parseHomeNetworks(DEFAULT_HOME_NETWORKS);

  it.each([
    ['10.0.0.1', '192.168.1.1', 'internal_to_internal'],
    ['10.0.0.1', '8.8.8.8', 'internal_to_external'],
    ['8.8.8.8', '10.0.0.1', 'external_to_internal'],
    ['8.8.8.8', '1.1.1.1', 'external_to_external'],
    ['fd00::1', '2001:db8::1', 'internal_to_external'],
    ['2001:db8::1', '::ffff:192.168.0.1', 'external_to_internal'],
    ['fe80::1%eth0', '::1', 'internal_to_internal'],
  ])('%s → %s is %s', (source, destination, expected) => {
    expect(classifyDirection(source, destination, home)).toBe(expected);
  });

  it('reports each invalid side instead of guessing', () => {
    const result = classifyDirection('10.0.0', 'not-an-ip', home);
    expect(isInvalidAddressProblem(result)).toBe(true);
    expect(result).toEqual({
      kind: 'invalid_address',
      addresses: [
        { field: 'sourceIp', value: '10.0.0', reason: 'IPv4 must be four decimal parts without leading zeros (e.g. 10.0.0.1)' },
        { field: 'destinationIp', value: 'not-an-ip', reason: 'not a valid IPv4 or IPv6 address' },
      ],
    });
    expect(classifyDirection('10.0.0.1', '', home)).toEqual({
      kind: 'invalid_address',
      addresses: [{ field: 'destinationIp', value: '', reason: 'empty address' }],
    });
  });

  it('accepts a plain list of CIDRs', () => {
    expect(classifyDirection('203.0.113.5', '10.0.0.1', ['203.0.113.0/24'])).toBe('internal_to_external');
  });
});

// Brute-force oracle: every address and network in one 128-bit space (IPv4 as ::ffff:a.b.c.d), membership as
// an integer range check. Addresses and networks are generated as integers and only then written as text,
// so the oracle never parses.
const MAPPED = 0xffff_0000_0000n;
const ALL128 = (1n << 128n) - 1n;

interface Network {
  readonly text: string;
  readonly low: bigint;
  readonly high: bigint;
}

function v4Text(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

function v6Text(value: bigint, compress: boolean): string {
  const parts = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => ((value >> shift) & 0xffffn).toString(16));
  if (!compress) return parts.join(':');
  // Collapse the first longest run of two or more zero groups.
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8; ) {
    if (parts[i] !== '0') {
      i += 1;
      continue;
    }
    let j = i;
    while (j < 8 && parts[j] === '0') j += 1;
    if (j - i > best.length && j - i >= 2) best = { start: i, length: j - i };
    i = j;
  }
  if (best.start === -1) return parts.join(':');
  return `${parts.slice(0, best.start).join(':')}::${parts.slice(best.start + best.length).join(':')}`;
}

const v4Network = fc.record({ value: fc.bigInt({ min: 0n, max: 0xffff_ffffn }), prefix: fc.integer({ min: 0, max: 32 }) }).map(
  ({ value, prefix }): Network => {
    const hostBits = BigInt(32 - prefix);
    const network = (value >> hostBits) << hostBits;
    const low = MAPPED | network;
    return { text: `${v4Text(network)}/${prefix}`, low, high: low | ((1n << hostBits) - 1n) };
  },
);

const v6Network = fc
  .record({ value: fc.bigInt({ min: 0n, max: ALL128 }), prefix: fc.integer({ min: 0, max: 128 }), compress: fc.boolean() })
  .map(({ value, prefix, compress }): Network => {
    const hostBits = BigInt(128 - prefix);
    const network = (value >> hostBits) << hostBits;
    return { text: `${v6Text(network, compress)}/${prefix}`, low: network, high: network | ((1n << hostBits) - 1n) };
  });

const networks = fc.array(fc.oneof(v4Network, v6Network), { maxLength: 6 });

/** An address as an integer in the 128-bit space plus one of its spellings. */
function addressIn(list: readonly Network[]): fc.Arbitrary<{ value: bigint; text: string }> {
  const anyV4 = fc.bigInt({ min: 0n, max: 0xffff_ffffn }).map((v) => MAPPED | v);
  const anyV6 = fc.bigInt({ min: 0n, max: ALL128 });
  const nearNetwork =
    list.length === 0
      ? anyV6
      : fc
          .record({ index: fc.nat({ max: list.length - 1 }), offset: fc.bigInt({ min: 0n, max: ALL128 }) })
          .map(({ index, offset }) => {
            const { low, high } = list[index];
            return low + (offset % (high - low + 1n));
          });
  return fc
    .record({ value: fc.oneof(anyV4, anyV6, nearNetwork), spelling: fc.constantFrom('plain', 'compressed', 'mapped') })
    .map(({ value, spelling }) => {
      const isV4 = value >> 32n === 0xffffn;
      if (isV4 && spelling === 'plain') return { value, text: v4Text(value & 0xffff_ffffn) };
      if (isV4 && spelling === 'mapped') return { value, text: `::ffff:${v4Text(value & 0xffff_ffffn)}` };
      return { value, text: v6Text(value, spelling !== 'plain') };
    });
}

function insideOracle(value: bigint, list: readonly Network[]): boolean {
  return list.some((n) => value >= n.low && value <= n.high);
}

describe('classifyDirection against a brute-force integer range check', () => {
  it('agrees for IPv4, IPv6 and IPv4-mapped addresses over random networks', () => {
    fc.assert(
      fc.property(
        networks.chain((list) => fc.tuple(fc.constant(list), addressIn(list), addressIn(list))),
        ([list, source, destination]) => {
          const cidrs = Object.freeze(list.map((n) => n.text));
          const expected = `${insideOracle(source.value, list) ? 'internal' : 'external'}_to_${
            insideOracle(destination.value, list) ? 'internal' : 'external'
          }`;
          expect(classifyDirection(source.text, destination.text, parseHomeNetworks(cidrs))).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
