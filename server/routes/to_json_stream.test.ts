import fc from 'fast-check';
import { toJsonStream } from './to_json_stream';

async function text(value: unknown): Promise<{ text: string; pieces: number }> {
  let out = '';
  let pieces = 0;
  for await (const piece of toJsonStream(value)) {
    out += String(piece);
    pieces += 1;
  }
  return { text: out, pieces };
}

describe('toJsonStream', () => {
  it('writes small values exactly as JSON.stringify, in one piece', async () => {
    const value = { a: [1, 'x', null], b: { c: true, d: undefined }, e: 'é"\\', n: Number.NaN };
    await expect(text(value)).resolves.toEqual({ text: JSON.stringify(value), pieces: 1 });
  });

  it('writes a response with million-row columns as JSON.stringify does, a slice at a time', async () => {
    const rows = 40_000;
    const value = {
      columns: {
        id: Array.from({ length: rows }, (_, i) => `10.0.${i >> 8}.${i & 255}`),
        otr: Array.from({ length: rows }, (_, i) => (i % 7 === 0 ? i / 3 : i)),
        skipped: undefined,
      },
      total: rows,
      warnings: [{ code: 'dropped', message: 'a "quoted" name' }],
    };
    const { text: written, pieces } = await text(value);
    expect(written).toBe(JSON.stringify(value));
    expect(pieces).toBeGreaterThan(6);
  });

  it('writes a long array at the top level and an empty one', async () => {
    const long = Array.from({ length: 20_000 }, (_, i) => i);
    await expect(text(long).then((r) => r.text)).resolves.toBe(JSON.stringify(long));
    await expect(text({ a: [], b: long }).then((r) => r.text)).resolves.toBe(JSON.stringify({ a: [], b: long }));
  });

  it('writes typed arrays of any length as JSON arrays of their numbers', async () => {
    const codes = Uint32Array.from({ length: 40_000 }, (_, i) => i % 977);
    const times = Float64Array.from([1_524_700_800_000.5, Number.NaN, -0, Number.POSITIVE_INFINITY]);
    const value = { conversations: { strings: ['a', 'b'], codes, times, few: Int8Array.from([-1, 3]) }, total: 2 };
    const plain = { conversations: { strings: ['a', 'b'], codes: Array.from(codes), times: Array.from(times), few: [-1, 3] }, total: 2 };
    await expect(text(value).then((r) => r.text)).resolves.toBe(JSON.stringify(plain));
    await expect(text(new Uint8Array(0)).then((r) => r.text)).resolves.toBe('[]');
  });

  it('writes integer columns digit by digit exactly as JSON.stringify writes the numbers', async () => {
    const integer = fc.oneof(fc.maxSafeInteger(), fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(0, -0, 9, 10, 99, 100, 2 ** 53 - 1, -(2 ** 53 - 1), 1_524_700_800_000));
    await fc.assert(
      fc.asyncProperty(fc.array(integer, { maxLength: 40 }), fc.array(fc.nat({ max: 2 ** 32 - 1 }), { maxLength: 40 }), async (floats, codes) => {
        const value = { floats: Float64Array.from(floats), codes: Uint32Array.from(codes), small: Int8Array.from(codes.map((code) => (code % 256) - 128)) };
        const plain = { floats: Array.from(value.floats), codes: Array.from(value.codes), small: Array.from(value.small) };
        expect((await text(value)).text).toBe(JSON.stringify(plain));
      }),
      { numRuns: 300 },
    );
  });
});
