/**
 * Where the next partition of sources ends: from `start`, take sources while their documents add up to at
 * most `budget` (always at least one source, however many documents it has). A partition's conversations
 * are at most its documents, so a budget of one page guarantees one page per partition; a budget scaled by
 * the documents per conversation seen so far (partitionBudget) fills pages without knowing the count
 * beforehand. Returns the exclusive end index. O(sources taken).
 */
export function nextPartitionEnd(documents: ArrayLike<number>, start: number, budget: number): number {
  let end = start;
  let total = 0;
  while (end < documents.length && (end === start || total + documents[end] <= budget)) {
    total += documents[end];
    end += 1;
  }
  return end;
}

/** Share of a page a partition aims at, leaving room for a partition denser in conversations than the average. */
const FILL = 0.8;

/**
 * Documents per partition so that it holds about FILL of a page of conversations, from the documents and
 * conversations seen so far; one page of documents while nothing has been seen (never more conversations
 * than documents). A partition that still overflows is paged with after_key, so a poor estimate costs time,
 * never correctness.
 */
export function partitionBudget(pageSize: number, documentsSeen: number, conversationsSeen: number): number {
  if (conversationsSeen === 0 || documentsSeen === 0) return pageSize;
  return Math.max(pageSize, Math.floor(pageSize * FILL * (documentsSeen / conversationsSeen)));
}

/**
 * Where the sources [start, end) split into at most `parts` consecutive slices of about equal documents:
 * the start index of each slice, ascending, the first being `start`. Every slice holds at least one source,
 * so a partition of fewer sources than `parts` gives one slice per source. O(end − start).
 */
export function sliceStarts(documents: ArrayLike<number>, start: number, end: number, parts: number): number[] {
  let total = 0;
  for (let i = start; i < end; i += 1) total += documents[i];
  const starts = [start];
  let before = 0;
  for (let i = start; i < end - 1 && starts.length < parts; i += 1) {
    before += documents[i];
    // A slice ends once it reaches its share of the documents (the shares of the slices before it included).
    if (before >= (total * starts.length) / parts) starts.push(i + 1);
  }
  return starts;
}
