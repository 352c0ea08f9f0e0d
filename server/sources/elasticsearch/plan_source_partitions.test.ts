import { nextPartitionEnd, partitionBudget } from './plan_source_partitions';

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
