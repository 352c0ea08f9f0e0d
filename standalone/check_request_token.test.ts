import { readRequestToken, tokensMatch, TOKEN_COOKIE } from './check_request_token';

describe('readRequestToken', () => {
  it('prefers the bearer header, then the cookie, then the query', () => {
    expect(readRequestToken({ authorization: 'Bearer abc', cookie: `${TOKEN_COOKIE}=def`, queryToken: 'ghi' })).toBe('abc');
    expect(readRequestToken({ cookie: `other=1; ${TOKEN_COOKIE}=de%3Df`, queryToken: 'ghi' })).toBe('de=f');
    expect(readRequestToken({ queryToken: 'ghi' })).toBe('ghi');
    expect(readRequestToken({ authorization: 'Basic xyz' })).toBeUndefined();
  });
});

describe('tokensMatch', () => {
  it('matches only the same token', () => {
    expect(tokensMatch('secret-token-123', 'secret-token-123')).toBe(true);
    expect(tokensMatch('secret-token-124', 'secret-token-123')).toBe(false);
    expect(tokensMatch('secret', 'secret-token-123')).toBe(false);
    expect(tokensMatch(undefined, 'secret-token-123')).toBe(false);
  });
});
