import ipaddr from 'ipaddr.js';

/**
 * The networks called internal when the user configures none: RFC 1918, carrier-grade NAT (RFC 6598),
 * IPv4 link-local and loopback, IPv6 unique-local, link-local and loopback.
 */
export const DEFAULT_HOME_NETWORKS: readonly string[] = Object.freeze([
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '169.254.0.0/16',
  '127.0.0.0/8',
  'fc00::/7',
  'fe80::/10',
  '::1',
]);

/** One entry of a home-network list that could not be used, with its position in the list. */
export interface HomeNetworkProblem {
  readonly index: number;
  readonly value: unknown;
  readonly reason: string;
}

/** Thrown by parseHomeNetworks; lists every bad entry, not only the first. */
export class HomeNetworksError extends Error {
  readonly problems: readonly HomeNetworkProblem[];

  constructor(problems: readonly HomeNetworkProblem[]) {
    super(
      `parseHomeNetworks found ${problems.length} invalid home network${problems.length === 1 ? '' : 's'}: ` +
        problems.map((p) => `[${p.index}] ${JSON.stringify(p.value)}: ${p.reason}`).join('; '),
    );
    this.name = 'HomeNetworksError';
    this.problems = problems;
  }
}

interface Ipv4Range {
  readonly network: number;
  readonly mask: number;
}

/** Past this many distinct addresses the membership memo starts over (bounded memory on scans). */
const MEMO_LIMIT = 100_000;

/**
 * A parsed, immutable list of home networks with a fast membership test. Build it once with
 * parseHomeNetworks and reuse it: membership answers are memoised per address string.
 *
 * IPv4 and IPv4-mapped IPv6 are one address space: `10.1.2.3` and `::ffff:10.1.2.3` are the same address,
 * and `10.0.0.0/8` is the same network as `::ffff:10.0.0.0/104`. Other IPv6 embeddings of IPv4 (6to4,
 * NAT64 `64:ff9b::/96`, the deprecated IPv4-compatible `::a.b.c.d`) are treated as plain IPv6. Zone ids
 * (`fe80::1%eth0`) are ignored for membership.
 */
export class HomeNetworks {
  /** The entries as given (trimmed), in order. */
  readonly cidrs: readonly string[];
  readonly #ipv4: readonly Ipv4Range[];
  readonly #ipv6: readonly (readonly [ipaddr.IPv6, number])[];
  /** True when an IPv6 network shorter than /96 covers the whole IPv4-mapped block (e.g. `::/0`). */
  readonly #allIpv4: boolean;
  readonly #memo = new Map<string, boolean | null>();

  /** Use parseHomeNetworks; this constructor trusts already-validated ranges. */
  private constructor(
    cidrs: readonly string[],
    ipv4: readonly Ipv4Range[],
    ipv6: readonly (readonly [ipaddr.IPv6, number])[],
    allIpv4: boolean,
  ) {
    this.cidrs = Object.freeze([...cidrs]);
    this.#ipv4 = ipv4;
    this.#ipv6 = ipv6;
    this.#allIpv4 = allIpv4;
  }

  /** @internal Called by parseHomeNetworks only. */
  static fromValidated(
    cidrs: readonly string[],
    ipv4: readonly Ipv4Range[],
    ipv6: readonly (readonly [ipaddr.IPv6, number])[],
    allIpv4: boolean,
  ): HomeNetworks {
    return new HomeNetworks(cidrs, ipv4, ipv6, allIpv4);
  }

  /**
   * Whether `address` lies in a home network: true or false, or null when it is not a valid IP address
   * (see describeInvalidAddress for why). Cost: one Map lookup for an address seen before; otherwise one
   * parse plus a scan of the networks.
   */
  contains(address: string): boolean | null {
    const memoised = this.#memo.get(address);
    if (memoised !== undefined) return memoised;
    const parsed = parseAddress(address);
    const answer = parsed === null ? null : this.#containsParsed(parsed);
    if (this.#memo.size >= MEMO_LIMIT) this.#memo.clear();
    this.#memo.set(address, answer);
    return answer;
  }

  #containsParsed(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
    if (address.kind() === 'ipv6') {
      const v6 = address as ipaddr.IPv6;
      if (!v6.isIPv4MappedAddress()) return this.#ipv6.some((range) => v6.match(range[0], range[1]));
      return this.#containsIpv4(ipv4ToUint32(v6.toIPv4Address()));
    }
    return this.#containsIpv4(ipv4ToUint32(address as ipaddr.IPv4));
  }

  #containsIpv4(value: number): boolean {
    if (this.#allIpv4) return true;
    for (const range of this.#ipv4) {
      if ((value & range.mask) >>> 0 === range.network) return true;
    }
    return false;
  }
}

function ipv4ToUint32(address: ipaddr.IPv4): number {
  const [a, b, c, d] = address.octets;
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/**
 * Strict parse: IPv4 only in four-part decimal without leading zeros (`10.0.0.1`, not `10.1` or `010.0.0.1`,
 * which ipaddr.js and inet_aton would read in surprising ways), IPv6 in any RFC 4291 text form.
 */
function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  if (!text.includes(':')) return ipaddr.IPv4.isValidFourPartDecimal(text) ? ipaddr.IPv4.parse(text) : null;
  const compatible = IPV4_COMPATIBLE.exec(text);
  if (compatible !== null) {
    // ipaddr.js reads the deprecated IPv4-compatible `::a.b.c.d` as IPv4-mapped `::ffff:a.b.c.d`; RFC 4291
    // (and Python's ipaddress) make it `::a.b.c.d` = `::xxxx:xxxx`, a different address.
    if (!ipaddr.IPv4.isValidFourPartDecimal(compatible[1])) return null;
    const [a, b, c, d] = ipaddr.IPv4.parse(compatible[1]).octets;
    const address = new ipaddr.IPv6([0, 0, 0, 0, 0, 0, (a << 8) | b, (c << 8) | d]);
    if (compatible[2] !== undefined) address.zoneId = compatible[2];
    return address;
  }
  return ipaddr.IPv6.isValid(text) ? ipaddr.IPv6.parse(text) : null;
}

const IPV4_COMPATIBLE = /^::(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?:%([0-9a-z_.~-]+))?$/i;

/** Why `address` is not a valid IP address, or null when it is one. For problem reports (slow path). */
export function describeInvalidAddress(address: unknown): string | null {
  if (typeof address !== 'string') return `expected an IP address string, got ${address === null ? 'null' : typeof address}`;
  if (address.length === 0) return 'empty address';
  if (address.trim() !== address) return 'address has surrounding whitespace';
  if (address.includes('/')) return 'expected an address, got a CIDR';
  if (parseAddress(address) !== null) return null;
  if (address.includes(':')) return 'not a valid IPv6 address';
  if (ipaddr.IPv4.isValid(address)) return 'IPv4 must be four decimal parts without leading zeros (e.g. 10.0.0.1)';
  return 'not a valid IPv4 or IPv6 address';
}

const MAPPED_PREFIX_PARTS = [0, 0, 0, 0, 0, 0xffff];

/**
 * Parses a list of home networks once, for classifyDirection and computeConversations to reuse.
 *
 * Each entry is a CIDR (`10.0.0.0/8`, `fc00::/7`) or a bare address meaning a single host (`::1` = `::1/128`).
 * Surrounding whitespace is trimmed. Reported, never guessed: non-strings, malformed addresses, prefixes
 * out of range or with signs or leading zeros, and networks with host bits set (`10.0.0.1/8` is rejected
 * with the network it probably meant, as Python's `ip_network` does in strict mode). An empty list is valid:
 * every address is then external.
 *
 * @throws HomeNetworksError listing every bad entry with its index and value.
 * Cost: O(n) in the number of entries.
 */
export function parseHomeNetworks(cidrs: readonly string[]): HomeNetworks {
  if (!Array.isArray(cidrs)) {
    throw new HomeNetworksError([{ index: -1, value: cidrs, reason: 'expected an array of CIDR strings' }]);
  }
  const problems: HomeNetworkProblem[] = [];
  const trimmed: string[] = [];
  const ipv4: Ipv4Range[] = [];
  const ipv6: [ipaddr.IPv6, number][] = [];
  let allIpv4 = false;

  cidrs.forEach((entry: unknown, index) => {
    if (typeof entry !== 'string') {
      problems.push({ index, value: entry, reason: 'expected a CIDR string' });
      return;
    }
    const text = entry.trim();
    const slash = text.indexOf('/');
    const addressText = slash === -1 ? text : text.slice(0, slash);
    const prefixText = slash === -1 ? null : text.slice(slash + 1);
    const address = parseAddress(addressText);
    if (address === null) {
      problems.push({ index, value: entry, reason: describeInvalidAddress(addressText) ?? 'not a valid address' });
      return;
    }
    if (addressText.includes('%')) {
      problems.push({ index, value: entry, reason: 'a home network cannot carry an IPv6 zone id' });
      return;
    }
    const bits = address.kind() === 'ipv4' ? 32 : 128;
    let prefix = bits;
    if (prefixText !== null) {
      if (!/^(0|[1-9]\d{0,2})$/.test(prefixText) || Number(prefixText) > bits) {
        problems.push({ index, value: entry, reason: `prefix length must be an integer from 0 to ${bits}` });
        return;
      }
      prefix = Number(prefixText);
    }
    const network = networkAddress(address, prefix);
    if (network.toNormalizedString() !== address.toNormalizedString()) {
      const shown = address.kind() === 'ipv6' ? (network as ipaddr.IPv6).toRFC5952String() : network.toString();
      problems.push({ index, value: entry, reason: `host bits set; did you mean ${shown}/${prefix}?` });
      return;
    }
    trimmed.push(text);
    if (address.kind() === 'ipv4') {
      ipv4.push({ network: ipv4ToUint32(address as ipaddr.IPv4), mask: maskOf(prefix) });
      return;
    }
    const v6 = address as ipaddr.IPv6;
    const inMappedBlock = MAPPED_PREFIX_PARTS.every((part, i) => v6.parts[i] === part);
    if (prefix >= 96 && inMappedBlock) {
      // An IPv4 network written in mapped form: compare it in the IPv4 space.
      ipv4.push({ network: ipv4ToUint32(v6.toIPv4Address()), mask: maskOf(prefix - 96) });
    } else {
      if (prefix < 96 && ipaddr.IPv6.parse('::ffff:0.0.0.0').match(v6, prefix)) allIpv4 = true;
      ipv6.push([v6, prefix]);
    }
  });

  if (problems.length > 0) throw new HomeNetworksError(problems);
  return HomeNetworks.fromValidated(trimmed, ipv4, ipv6, allIpv4);
}

function networkAddress(address: ipaddr.IPv4 | ipaddr.IPv6, prefix: number): ipaddr.IPv4 | ipaddr.IPv6 {
  const bytes = address.toByteArray();
  const masked = bytes.map((byte, i) => {
    const keep = Math.max(0, Math.min(8, prefix - 8 * i));
    return keep === 0 ? 0 : byte & ((0xff << (8 - keep)) & 0xff);
  });
  return ipaddr.fromByteArray(masked);
}

interface CachedParse {
  /** The entries as they were when parsed, to notice a list mutated since. */
  readonly entries: readonly string[];
  readonly parsed: HomeNetworks;
}

const parsedByList = new WeakMap<readonly string[], CachedParse>();
const parsedByText = new Map<string, HomeNetworks>();
const PARSED_BY_TEXT_LIMIT = 64;

/**
 * The HomeNetworks for `input`, parsing a list only the first time it is seen (by identity, then by content),
 * so callers that pass the same list on every call do not pay for parsing or lose the membership memo. A
 * list mutated after use is noticed (its entries are compared, O(k) for k entries) and parsed again.
 *
 * @throws HomeNetworksError when a list has bad entries.
 */
export function resolveHomeNetworks(input: HomeNetworks | readonly string[]): HomeNetworks {
  if (input instanceof HomeNetworks) return input;
  const cached = parsedByList.get(input);
  if (cached !== undefined && sameEntries(cached.entries, input)) return cached.parsed;
  const key = Array.isArray(input) ? JSON.stringify(input) : '';
  let parsed = parsedByText.get(key);
  if (parsed === undefined) {
    parsed = parseHomeNetworks(input);
    if (parsedByText.size >= PARSED_BY_TEXT_LIMIT) parsedByText.clear();
    parsedByText.set(key, parsed);
  }
  parsedByList.set(input, { entries: [...input], parsed });
  return parsed;
}

function sameEntries(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
