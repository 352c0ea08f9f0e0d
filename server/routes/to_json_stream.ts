import { Readable } from 'node:stream';

/** Arrays longer than this are written a slice at a time. */
const SLICE = 16_384;

type NumberArray = Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array;

function isNumberArray(value: unknown): value is NumberArray {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

/** Written in pieces: long arrays, typed arrays of any length (JSON.stringify would write them as objects). */
function needsPieces(value: unknown): boolean {
  if (isNumberArray(value)) return true;
  if (Array.isArray(value)) return value.length > SLICE;
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(needsPieces);
}

/**
 * The items of a typed array as JSON writes them in an array, without brackets. A slice of finite numbers
 * is joined natively (number to text is the same conversion in both, and -0 becomes "0" in both); one
 * holding NaN or ±Infinity goes through JSON.stringify, which writes them as null; BigInt64 arrays are
 * refused as JSON.stringify refuses a BigInt.
 */
function numbersJson(slice: NumberArray): string {
  if (slice instanceof BigInt64Array || slice instanceof BigUint64Array) throw new TypeError('toJsonStream: BigInt values cannot be written as JSON');
  if (slice instanceof Float64Array || slice instanceof Float32Array) {
    for (let i = 0; i < slice.length; i += 1) if (!Number.isFinite(slice[i])) return JSON.stringify(Array.from(slice)).slice(1, -1);
  }
  return slice.join(',');
}

function* jsonChunks(value: unknown): Generator<string> {
  if (isNumberArray(value)) {
    yield '[';
    for (let start = 0; start < value.length; start += SLICE) {
      yield `${start > 0 ? ',' : ''}${numbersJson(value.subarray(start, start + SLICE))}`;
    }
    yield ']';
    return;
  }
  if (Array.isArray(value) && value.length > SLICE) {
    yield '[';
    for (let start = 0; start < value.length; start += SLICE) {
      // JSON.stringify of a slice writes its items exactly as it writes them in the whole array.
      yield `${start > 0 ? ',' : ''}${JSON.stringify(value.slice(start, start + SLICE)).slice(1, -1)}`;
    }
    yield ']';
    return;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && needsPieces(value)) {
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
 * everything else with JSON.stringify. Typed arrays (the columns of a coded table) are written as JSON
 * arrays of their numbers. The bytes are those of JSON.stringify(value) for plain data (objects without
 * toJSON methods, arrays, strings, numbers, booleans, null), and of JSON.stringify with each typed array
 * replaced by Array.from of it. The stream pulls the next piece only when the client has taken the
 * previous ones.
 */
export function toJsonStream(value: unknown): Readable {
  return Readable.from(jsonChunks(value), { objectMode: false });
}
