import fc from 'fast-check';

import { nextPartitionEnd, partitionBudget, sliceStarts } from './plan_source_partitions';

describe('nextPartitionEnd', () => {
  const documents = Object.freeze([5, 5, 30, 1, 1, 1]);

  it('takes sources while their documents fit the budget', () => {
    expect(nextPartitionEnd(documents, 0, 10)).toBe(2);
    expect(nextPartitionEnd(documents, 3, 10)).toBe(6);
  });

  it('takes one source alone when it exceeds the budget by itself', () => {
    expect(nextPartitionEnd(documents, 2, 10)).toBe(3);
  });

  it('ends at the last source', () => {
    expect(nextPartitionEnd(documents, 0, 1000)).toBe(6);
    expect(nextPartitionEnd(documents, 6, 10)).toBe(6);
  });
});

describe('partitionBudget', () => {
  it('is one page of documents before any conversation is seen', () => {
    expect(partitionBudget(25_000, 0, 0)).toBe(25_000);
  });

  it('scales with the documents per conversation seen, aiming at 80 % of a page', () => {
    expect(partitionBudget(25_000, 1_000_000, 100_000)).toBe(200_000);
  });

  it('never goes below one page of documents (a page of documents is at most a page of conversations)', () => {
    expect(partitionBudget(25_000, 1000, 1000)).toBe(25_000);
  });
});

describe('sliceStarts', () => {
  it('cuts where each slice reaches its share of the documents', () => {
    expect(sliceStarts([10, 10, 10, 10], 0, 4, 4)).toEqual([0, 1, 2, 3]);
    expect(sliceStarts([10, 10, 10, 10], 0, 4, 2)).toEqual([0, 2]);
    expect(sliceStarts([5, 5, 30, 1, 1, 1], 0, 6, 2)).toEqual([0, 3]);
  });

  it('works within the partition only', () => {
    expect(sliceStarts([100, 10, 10, 10, 10, 100], 1, 5, 2)).toEqual([1, 3]);
  });

  it('gives one source per slice when there are fewer sources than parts, and never an empty slice', () => {
    expect(sliceStarts([7, 3], 0, 2, 4)).toEqual([0, 1]);
    expect(sliceStarts([7], 0, 1, 4)).toEqual([0]);
    expect(sliceStarts([1, 1, 1, 100], 0, 4, 4)).toEqual([0]);
  });

  it('returns ascending starts inside the partition, at most `parts` of them, the first being the start', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 9 }), (documents, parts) => {
        const starts = sliceStarts(documents, 0, documents.length, parts);
        expect(starts[0]).toBe(0);
        expect(starts.length).toBeLessThanOrEqual(Math.min(parts, documents.length));
        for (let i = 1; i < starts.length; i += 1) {
          expect(starts[i]).toBeGreaterThan(starts[i - 1]);
          expect(starts[i]).toBeLessThan(documents.length);
        }
      }),
    );
  });
});
