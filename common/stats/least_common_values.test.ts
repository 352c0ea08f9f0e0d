import fixture from '../../test/fixtures/pandas/distributions.json';
import { leastCommonValues } from './least_common_values';

describe('leastCommonValues', () => {
  it('ranks as pandas value_counts sorted by count then value', () => {
    const values = Object.freeze([...fixture.leastCommon.values]);
    expect(leastCommonValues(values)).toEqual(fixture.leastCommon.ranked);
    expect(leastCommonValues(values, { limit: 3 })).toEqual(fixture.leastCommon.ranked.slice(0, 3));
    expect(values).toEqual(fixture.leastCommon.values);
  });

  it('breaks count ties by value in code-unit order', () => {
    expect(leastCommonValues(['b', 'a', 'B', 'a', 'c', 'c', 'c'])).toEqual([
      { value: 'B', count: 1 },
      { value: 'b', count: 1 },
      { value: 'a', count: 2 },
      { value: 'c', count: 3 },
    ]);
  });

  it('rejects a bad limit and non-string values', () => {
    expect(() => leastCommonValues(['a'], { limit: -1 })).toThrow('leastCommonValues requires limit to be a non-negative integer, got -1');
    expect(() => leastCommonValues(['a', null as unknown as string])).toThrow('leastCommonValues requires strings; value at index 1 is null');
  });
});
