import { ValueCountSelection } from './select_value_counts';

describe('ValueCountSelection', () => {
  it('keeps the least common values across pages, ties by value, and counts every distinct value', () => {
    const selection = new ValueCountSelection('ascending', 3);
    selection.add(Object.freeze([{ value: 'GET', count: 18286 }, { value: 'HEAD', count: 222 }]));
    selection.add([{ value: 'POST', count: 172 }, { value: 'CONNECT', count: 25 }, { value: 'TRACE', count: 25 }]);
    expect(selection.result()).toEqual([
      { value: 'CONNECT', count: 25 },
      { value: 'TRACE', count: 25 },
      { value: 'POST', count: 172 },
    ]);
    expect(selection.distinctValues).toBe(5);
  });

  it('keeps the most common values in descending order and stays bounded over many pages', () => {
    const selection = new ValueCountSelection('descending', 2);
    for (let page = 0; page < 20; page += 1) {
      selection.add(Array.from({ length: 1000 }, (_, i) => ({ value: `v${page}-${i}`, count: (page * 1000 + i) % 7919 })));
    }
    expect(selection.result()).toEqual([
      // Ties by value in string order: 'v15…' sorts before 'v7…'.
      { value: 'v15-837', count: 7918 },
      { value: 'v7-918', count: 7918 },
    ]);
    expect(selection.distinctValues).toBe(20_000);
  });
});
