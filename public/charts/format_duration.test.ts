import { formatDuration } from './format_duration';

describe('formatDuration', () => {
  it('picks the largest unit that keeps the number at least 1', () => {
    expect([0, 0.25, 42, 90, 9000, 200_000].map(formatDuration)).toEqual(['0 s', '250 ms', '42 s', '1.5 min', '2.5 h', '2.31 d']);
  });
});
