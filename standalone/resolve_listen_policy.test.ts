import { isLoopbackHost, ListenPolicyError, resolveListenPolicy } from './resolve_listen_policy';

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1', '127.8.9.10', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1'])('%s is loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });
  it.each(['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.org', 'localhost.evil.com'])('%s is not', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});

describe('resolveListenPolicy', () => {
  it('listens on loopback without a token by default', () => {
    expect(resolveListenPolicy({ host: '127.0.0.1', allowRemote: false })).toEqual({ host: '127.0.0.1', loopback: true, token: null, generatedToken: false });
  });

  it('enforces a token given for loopback', () => {
    expect(resolveListenPolicy({ host: '127.0.0.1', allowRemote: false, token: 'a-long-enough-token' }).token).toBe('a-long-enough-token');
  });

  it('refuses another address without --allow-remote, naming the flag', () => {
    expect(() => resolveListenPolicy({ host: '0.0.0.0', allowRemote: false })).toThrow(ListenPolicyError);
    expect(() => resolveListenPolicy({ host: '0.0.0.0', allowRemote: false })).toThrow(/--allow-remote/);
  });

  it('generates a fresh 256-bit token for remote listening', () => {
    const first = resolveListenPolicy({ host: '0.0.0.0', allowRemote: true });
    const second = resolveListenPolicy({ host: '0.0.0.0', allowRemote: true });
    expect(first.loopback).toBe(false);
    expect(first.generatedToken).toBe(true);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.token).not.toBe(second.token);
  });

  it('keeps a chosen token and rejects a short one', () => {
    expect(resolveListenPolicy({ host: '10.1.2.3', allowRemote: true, token: 'x'.repeat(20) })).toMatchObject({ token: 'x'.repeat(20), generatedToken: false });
    expect(() => resolveListenPolicy({ host: '10.1.2.3', allowRemote: true, token: 'short' })).toThrow(/at least 16/);
  });
});
