import { DEFAULT_HOME_NETWORKS, HomeNetworksError, parseHomeNetworks, resolveHomeNetworks } from './home_networks';

function problemsOf(cidrs: readonly string[]): HomeNetworksError['problems'] {
  try {
    parseHomeNetworks(cidrs);
  } catch (error) {
    if (error instanceof HomeNetworksError) return error.problems;
    throw error;
  }
  throw new Error('expected parseHomeNetworks to throw');
}

describe('parseHomeNetworks', () => {
  const defaults = parseHomeNetworks(DEFAULT_HOME_NETWORKS);

  it.each([
    ['10.255.0.1', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.0', false],
    ['192.168.7.7', true],
    ['100.64.0.1', true],
    ['100.128.0.1', false],
    ['169.254.1.1', true],
    ['127.0.0.1', true],
    ['8.8.8.8', false],
    ['fd12:3456::1', true],
    ['fe80::1', true],
    ['fe80::1%eth0', true],
    ['febf:ffff::1', true],
    ['fec0::1', false],
    ['::1', true],
    ['::2', false],
    ['2001:db8::1', false],
    ['::ffff:10.1.2.3', true],
    ['::ffff:8.8.8.8', false],
    ['::ffff:a01:203', true],
  ])('default home networks: %s inside is %s', (address, expected) => {
    expect(defaults.contains(address)).toBe(expected);
  });

  it('answers null for strings that are not addresses, including IPv4 forms other than four-part decimal', () => {
    for (const bad of ['', 'host.example', '10.1', '010.0.0.1', '10.0.0.256', '1::2::3', '10.0.0.0/8', ' 10.0.0.1']) {
      expect(defaults.contains(bad)).toBeNull();
    }
  });

  it('treats a bare address as a single host and an empty list as all-external', () => {
    const single = parseHomeNetworks(['203.0.113.9', '2001:db8::7']);
    expect(single.contains('203.0.113.9')).toBe(true);
    expect(single.contains('203.0.113.10')).toBe(false);
    expect(single.contains('2001:db8::7')).toBe(true);
    expect(single.contains('2001:db8::8')).toBe(false);
    expect(parseHomeNetworks([]).contains('10.0.0.1')).toBe(false);
  });

  it('treats IPv4 and IPv4-mapped IPv6 as one space, in addresses and in networks', () => {
    const mappedNetwork = parseHomeNetworks(['::ffff:10.0.0.0/104']);
    expect(mappedNetwork.contains('10.9.9.9')).toBe(true);
    expect(mappedNetwork.contains('11.0.0.0')).toBe(false);
    expect(parseHomeNetworks(['::/0']).contains('8.8.8.8')).toBe(true);
    expect(parseHomeNetworks(['2001:db8::/32']).contains('8.8.8.8')).toBe(false);
    // IPv4-compatible (deprecated) and NAT64 forms stay IPv6.
    expect(defaults.contains('::10.1.2.3')).toBe(false);
    expect(defaults.contains('64:ff9b::10.1.2.3')).toBe(false);
  });

  it('reports every bad entry by index and value, and never guesses', () => {
    const problems = problemsOf(['10.0.0.0/8', '10.0.0.1/8', 'fc00::/129', 'nonsense', '10.0.0.0/-1', '192.168.0.0/016', 'fe80::%eth0/10']);
    expect(problems.map((p) => [p.index, p.value])).toEqual([
      [1, '10.0.0.1/8'],
      [2, 'fc00::/129'],
      [3, 'nonsense'],
      [4, '10.0.0.0/-1'],
      [5, '192.168.0.0/016'],
      [6, 'fe80::%eth0/10'],
    ]);
    expect(problems[0].reason).toBe('host bits set; did you mean 10.0.0.0/8?');
    expect(problems[1].reason).toBe('prefix length must be an integer from 0 to 128');
    expect(problems[2].reason).toBe('not a valid IPv4 or IPv6 address');
  });

  it('names the network an IPv6 entry with host bits probably meant', () => {
    expect(problemsOf(['2001:db8::1/32'])[0].reason).toBe('host bits set; did you mean 2001:db8::/32?');
  });

  it('reports non-string entries and a non-array list', () => {
    const problems = problemsOf([42 as unknown as string, '10.0.0.0/8']);
    expect(problems).toEqual([{ index: 0, value: 42, reason: 'expected a CIDR string' }]);
    expect(() => parseHomeNetworks('10.0.0.0/8' as unknown as string[])).toThrow('expected an array of CIDR strings');
  });

  it('does not mutate its input and keeps the trimmed entries', () => {
    const input = Object.freeze([' 10.0.0.0/8 ', 'fc00::/7']);
    expect(parseHomeNetworks(input).cidrs).toEqual(['10.0.0.0/8', 'fc00::/7']);
    expect(input).toEqual([' 10.0.0.0/8 ', 'fc00::/7']);
  });

  it('gives the same answer from the memo as on first sight', () => {
    const networks = parseHomeNetworks(['192.168.0.0/16']);
    const first = ['192.168.1.1', '1.1.1.1', 'bad'].map((a) => networks.contains(a));
    const second = ['192.168.1.1', '1.1.1.1', 'bad'].map((a) => networks.contains(a));
    expect(first).toEqual([true, false, null]);
    expect(second).toEqual(first);
  });
});

describe('resolveHomeNetworks', () => {
  it('parses a list once, by identity and by content', () => {
    const list = ['10.0.0.0/8'];
    const parsed = resolveHomeNetworks(list);
    expect(resolveHomeNetworks(list)).toBe(parsed);
    expect(resolveHomeNetworks(['10.0.0.0/8'])).toBe(parsed);
    expect(resolveHomeNetworks(parsed)).toBe(parsed);
  });

  it('notices a list changed after its first use', () => {
    const list = ['10.0.0.0/8'];
    expect(resolveHomeNetworks(list).contains('192.168.0.1')).toBe(false);
    list.push('192.168.0.0/16');
    expect(resolveHomeNetworks(list).contains('192.168.0.1')).toBe(true);
  });

  it('throws the typed error for a bad list', () => {
    expect(() => resolveHomeNetworks(['10.0.0.0/33'])).toThrow(HomeNetworksError);
  });
});
