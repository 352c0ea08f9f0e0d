import { Readable } from 'node:stream';

/** Arrays longer than this are written a slice at a time. */
const SLICE = 16_384;

function holdsLargeArray(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > SLICE;
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(holdsLargeArray);
}

function* jsonChunks(value: unknown): Generator<string> {
  if (Array.isArray(value) && value.length > SLICE) {
    yield '[';
    for (let start = 0; start < value.length; start += SLICE) {
      // JSON.stringify of a slice writes its items exactly as it writes them in the whole array.
      yield `${start > 0 ? ',' : ''}${JSON.stringify(value.slice(start, start + SLICE)).slice(1, -1)}`;
    }
    yield ']';
    return;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && holdsLargeArray(value)) {
    yield '{';
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      yield* jsonChunks(item);
      first = false;
    }
    yield '}';
    return;
  }
  yield JSON.stringify(value) ?? 'null';
}

/**
 * The JSON text of `value` as a stream of pieces, so a response with a million-row column is never one
 * string of a hundred and more megabytes: arrays longer than 16,384 items are written a slice at a time,
 * everything else with JSON.stringify. The bytes are those of JSON.stringify(value) for plain data (objects
 * without toJSON methods, arrays, strings, numbers, booleans, null). The stream pulls the next piece only
 * when the client has taken the previous ones.
 */
export function toJsonStream(value: unknown): Readable {
  return Readable.from(jsonChunks(value), { objectMode: false });
}
