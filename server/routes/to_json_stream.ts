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

/** "00" to "99" as bytes, two per number. */
const DIGIT_PAIRS = Buffer.from(Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0')).join(''), 'latin1');
/** The longest integer written here: 16 digits and a sign (safe integers are below 2^53 ≈ 9.007e15). */
const MAX_INTEGER_BYTES = 17;

/** Writes a safe integer's decimal digits (as String() writes them) at `at`; returns where they end. */
function writeInteger(out: Buffer, at: number, integer: number): number {
  let value = integer;
  let start = at;
  if (value < 0) {
    out[start] = 0x2d;
    start += 1;
    value = -value;
  }
  let digits = 1;
  for (let power = 10; power <= value; power *= 10) digits += 1;
  const end = start + digits;
  let position = end;
  while (value >= 100) {
    const quotient = Math.floor(value / 100);
    const pair = (value - quotient * 100) * 2;
    position -= 2;
    out[position] = DIGIT_PAIRS[pair];
    out[position + 1] = DIGIT_PAIRS[pair + 1];
    value = quotient;
  }
  if (value >= 10) {
    out[position - 2] = DIGIT_PAIRS[value * 2];
    out[position - 1] = DIGIT_PAIRS[value * 2 + 1];
  } else {
    out[position - 1] = 0x30 + value;
  }
  return end;
}

/**
 * The items of a typed array as JSON writes them in an array, without brackets. Integers (every value of
 * an integer array, and float arrays that hold only safe integers, as epoch milliseconds do) have their
 * digits written straight into bytes: on a million-row column that is several times faster than
 * converting each number to a string. Other slices are joined natively (number to text is the same
 * conversion as JSON's, -0 gives "0" in both) unless they hold NaN or ±Infinity, which go through
 * JSON.stringify (it writes them as null). BigInt64 arrays are refused as JSON.stringify refuses a BigInt.
 */
function numbersJson(slice: NumberArray): string | Buffer {
  if (slice instanceof BigInt64Array || slice instanceof BigUint64Array) throw new TypeError('toJsonStream: BigInt values cannot be written as JSON');
  let integers = true;
  if (slice instanceof Float64Array || slice instanceof Float32Array) {
    for (let i = 0; i < slice.length; i += 1) {
      if (!Number.isFinite(slice[i])) return JSON.stringify(Array.from(slice)).slice(1, -1);
      if (integers && !Number.isSafeInteger(slice[i])) integers = false;
    }
  }
  if (!integers) return slice.join(',');
  const out = Buffer.allocUnsafe(slice.length * (MAX_INTEGER_BYTES + 1));
  let at = 0;
  for (let i = 0; i < slice.length; i += 1) {
    if (i > 0) out[at++] = 0x2c;
    at = writeInteger(out, at, slice[i] as number);
  }
  return out.subarray(0, at);
}

function* jsonChunks(value: unknown): Generator<string | Buffer> {
  if (isNumberArray(value)) {
    yield '[';
    for (let start = 0; start < value.length; start += SLICE) {
      if (start > 0) yield ',';
      yield numbersJson(value.subarray(start, start + SLICE));
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
