import { isDirection } from './direction';

describe('isDirection', () => {
  it('accepts the four directions and rejects anything else', () => {
    expect(isDirection('internal_to_external')).toBe(true);
    expect(isDirection('inbound')).toBe(false);
    expect(isDirection(undefined)).toBe(false);
  });
});
