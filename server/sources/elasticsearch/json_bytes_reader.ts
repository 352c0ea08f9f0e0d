/**
 * Reads one JSON document straight from its UTF-8 bytes, a value at a time, for the one response that is
 * too large to parse into a tree: a composite page of tens of thousands of buckets. The caller walks the
 * structure it expects (objects by key, arrays by item), reads the scalars it wants and skips the rest,
 * so no object is made per bucket and the body never becomes one string. Small parts it wants whole are
 * handed to JSON.parse (readWhole). Malformed input throws a SyntaxError naming the byte offset.
 *
 * Scalars decode exactly as JSON.parse decodes them: strings without escapes are sliced from the bytes,
 * strings with escapes and numbers outside the exact fast paths go through JSON.parse / Number.
 */
export class JsonBytesReader {
  private at = 0;

  constructor(private readonly bytes: Buffer) {}

  /** Where the next unread byte is (for errors and tests). */
  get offset(): number {
    return this.at;
  }

  /** Fails unless only whitespace is left. */
  end(): void {
    this.skipWhitespace();
    if (this.at < this.bytes.length) this.fail('the end of the document');
  }

  /** Whether the next value is `null` (consumed if so). */
  readNull(): boolean {
    this.skipWhitespace();
    if (this.bytes[this.at] !== 0x6e) return false;
    this.expectLiteral('null');
    return true;
  }

  /**
   * Steps into an object and calls `onKey` for each of its keys, positioned at the key's value, which
   * `onKey` must read or skip. Keys are passed as their raw bytes' range, to compare with keyIs.
   */
  readObject(onKey: (key: KeyRange) => void): void {
    this.skipWhitespace();
    this.expect(0x7b);
    this.skipWhitespace();
    if (this.bytes[this.at] === 0x7d) {
      this.at += 1;
      return;
    }
    for (;;) {
      this.skipWhitespace();
      const key = this.readKeyRange();
      this.skipWhitespace();
      this.expect(0x3a);
      onKey(key);
      this.skipWhitespace();
      const next = this.bytes[this.at];
      this.at += 1;
      if (next === 0x7d) return;
      if (next !== 0x2c) this.fail('"," or "}"', this.at - 1);
    }
  }

  /** Steps into an array and calls `onItem` at each item, which `onItem` must read or skip. */
  readArray(onItem: (index: number) => void): number {
    this.skipWhitespace();
    this.expect(0x5b);
    this.skipWhitespace();
    if (this.bytes[this.at] === 0x5d) {
      this.at += 1;
      return 0;
    }
    for (let index = 0; ; index += 1) {
      onItem(index);
      this.skipWhitespace();
      const next = this.bytes[this.at];
      this.at += 1;
      if (next === 0x5d) return index + 1;
      if (next !== 0x2c) this.fail('"," or "]"', this.at - 1);
    }
  }

  /** Whether a key's bytes spell `name` (ASCII names only). */
  keyIs(key: KeyRange, name: string): boolean {
    if (key.escaped) return JSON.parse(this.bytes.toString('utf8', key.start - 1, key.end + 1)) === name;
    if (key.end - key.start !== name.length) return false;
    for (let i = 0; i < name.length; i += 1) if (this.bytes[key.start + i] !== name.charCodeAt(i)) return false;
    return true;
  }

  /** Whether a key (from readObject) begins with `prefix` (ASCII). */
  keyStartsWith(key: KeyRange, prefix: string): boolean {
    if (key.escaped) return (JSON.parse(this.bytes.toString('utf8', key.start - 1, key.end + 1)) as string).startsWith(prefix);
    if (key.end - key.start < prefix.length) return false;
    for (let i = 0; i < prefix.length; i += 1) if (this.bytes[key.start + i] !== prefix.charCodeAt(i)) return false;
    return true;
  }

  /** A string, number, boolean or null, as JSON.parse gives it; anything else is an error. */
  readScalar(repeated?: RepeatedString): string | number | boolean | null {
    this.skipWhitespace();
    const first = this.bytes[this.at];
    if (first === 0x22) return this.readString(repeated);
    if (first === 0x74 || first === 0x66 || first === 0x6e) {
      const literal = first === 0x74 ? 'true' : first === 0x66 ? 'false' : 'null';
      this.expectLiteral(literal);
      return literal === 'null' ? null : literal === 'true';
    }
    return this.readNumber();
  }

  /**
   * A string. Given `repeated`, a string spelled by the same bytes as the last one read into it is
   * answered with that same string, not a new one (composite keys repeat their leading values from one
   * bucket to the next).
   */
  readString(repeated?: RepeatedString): string {
    this.skipWhitespace();
    this.expect(0x22);
    const start = this.at;
    const { bytes } = this;
    let ascii = true;
    for (;;) {
      const byte = bytes[this.at];
      if (byte === 0x22) break;
      if (byte === 0x5c) return this.readEscapedString(start);
      if (byte === undefined) this.fail('the end of a string');
      if (byte < 0x20) this.fail('a string character (control characters must be escaped)');
      if (byte >= 0x80) ascii = false;
      this.at += 1;
    }
    const end = this.at;
    this.at += 1;
    if (repeated === undefined) return bytes.toString(ascii ? 'latin1' : 'utf8', start, end);
    if (repeated.bytes === bytes && sameBytes(bytes, repeated.start, repeated.end, start, end)) return repeated.value;
    repeated.bytes = bytes;
    repeated.start = start;
    repeated.end = end;
    repeated.value = bytes.toString(ascii ? 'latin1' : 'utf8', start, end);
    return repeated.value;
  }

  /**
   * A number. Up to 15 significant digits scaled by at most 10^±22 (as Elasticsearch writes epoch
   * milliseconds, 1.525397325657E12) are computed here, exactly as Number() would: both operands are exact
   * doubles, so the one correctly rounded multiplication or division gives the correctly rounded value
   * (Clinger's fast path). Anything else goes through Number().
   */
  readNumber(): number {
    this.skipWhitespace();
    const { bytes } = this;
    const start = this.at;
    let negative = false;
    if (bytes[this.at] === 0x2d) {
      negative = true;
      this.at += 1;
    }
    let mantissa = 0;
    let fractionDigits = 0;
    const intStart = this.at;
    while (isDigit(bytes[this.at])) {
      mantissa = mantissa * 10 + (bytes[this.at] - 0x30);
      this.at += 1;
    }
    const digits = this.at - intStart;
    if (digits === 0 || (digits > 1 && bytes[intStart] === 0x30)) this.fail('a number', start);
    if (bytes[this.at] === 0x2e) {
      this.at += 1;
      const fractionStart = this.at;
      while (isDigit(bytes[this.at])) {
        mantissa = mantissa * 10 + (bytes[this.at] - 0x30);
        this.at += 1;
      }
      fractionDigits = this.at - fractionStart;
      if (fractionDigits === 0) this.fail('a digit after "."');
    }
    let exponent = 0;
    if (bytes[this.at] === 0x65 || bytes[this.at] === 0x45) {
      this.at += 1;
      let exponentNegative = false;
      if (bytes[this.at] === 0x2b || bytes[this.at] === 0x2d) {
        exponentNegative = bytes[this.at] === 0x2d;
        this.at += 1;
      }
      const exponentStart = this.at;
      while (isDigit(bytes[this.at]) && this.at - exponentStart < 6) {
        exponent = exponent * 10 + (bytes[this.at] - 0x30);
        this.at += 1;
      }
      if (this.at === exponentStart || isDigit(bytes[this.at])) return this.slowNumber(start, exponentStart);
      if (exponentNegative) exponent = -exponent;
    }
    const scale = exponent - fractionDigits;
    if (digits + fractionDigits > 15 || scale < -22 || scale > 22) return Number(bytes.toString('latin1', start, this.at));
    const value = scale >= 0 ? mantissa * POWERS_OF_TEN[scale] : mantissa / POWERS_OF_TEN[-scale];
    return negative ? -value : value;
  }

  /** The next value, whatever it is, as JSON.parse gives it: for small parts read whole. */
  readWhole(): unknown {
    this.skipWhitespace();
    const start = this.at;
    this.skip();
    return JSON.parse(this.bytes.toString('utf8', start, this.at));
  }

  /** Steps over the next value, whatever it is. */
  skip(): void {
    this.skipWhitespace();
    const first = this.bytes[this.at];
    if (first === 0x7b) this.readObject(() => this.skip());
    else if (first === 0x5b) this.readArray(() => this.skip());
    else this.readScalar();
  }

  private slowNumber(start: number, from: number): number {
    this.at = from;
    while (isDigit(this.bytes[this.at])) this.at += 1;
    if (this.at === from) this.fail('a digit in the exponent');
    return Number(this.bytes.toString('latin1', start, this.at));
  }

  private readKeyRange(): KeyRange {
    this.expect(0x22);
    const start = this.at;
    let escaped = false;
    for (;;) {
      const byte = this.bytes[this.at];
      if (byte === 0x22) break;
      if (byte === undefined) this.fail('the end of a key');
      if (byte === 0x5c) {
        escaped = true;
        this.at += 1;
      }
      this.at += 1;
    }
    this.at += 1;
    return { start, end: this.at - 1, escaped };
  }

  private readEscapedString(start: number): string {
    for (;;) {
      const byte = this.bytes[this.at];
      if (byte === undefined) this.fail('the end of a string');
      if (byte === 0x5c) this.at += 2;
      else if (byte === 0x22) break;
      else this.at += 1;
    }
    this.at += 1;
    return JSON.parse(this.bytes.toString('utf8', start - 1, this.at)) as string;
  }

  private skipWhitespace(): void {
    const { bytes } = this;
    for (;;) {
      const byte = bytes[this.at];
      if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return;
      this.at += 1;
    }
  }

  private expect(byte: number): void {
    if (this.bytes[this.at] !== byte) this.fail(`"${String.fromCharCode(byte)}"`);
    this.at += 1;
  }

  private expectLiteral(literal: string): void {
    for (let i = 0; i < literal.length; i += 1) if (this.bytes[this.at + i] !== literal.charCodeAt(i)) this.fail(literal);
    this.at += literal.length;
  }

  private fail(expected: string, at = this.at): never {
    const found = at < this.bytes.length ? JSON.stringify(String.fromCharCode(this.bytes[at])) : 'the end';
    throw new SyntaxError(`invalid JSON at byte ${at}: expected ${expected}, found ${found}`);
  }
}

/** The last unescaped string readString read into it: its bytes' place and its value. */
export class RepeatedString {
  bytes: Buffer | null = null;
  start = 0;
  end = 0;
  value = '';
}

function sameBytes(bytes: Buffer, start: number, end: number, otherStart: number, otherEnd: number): boolean {
  if (end - start !== otherEnd - otherStart) return false;
  for (let i = 0; i < end - start; i += 1) if (bytes[start + i] !== bytes[otherStart + i]) return false;
  return true;
}

/** Where a key's bytes lie (between its quotes), and whether they hold an escape. */
export interface KeyRange {
  readonly start: number;
  readonly end: number;
  readonly escaped: boolean;
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}
