import { bytesToMegabytes } from './bytes_to_megabytes';

describe('bytesToMegabytes', () => {
  it('divides by 1024 · 1024, as the pandas article does', () => {
    expect(bytesToMegabytes(1_048_576)).toBe(1);
    expect(bytesToMegabytes(1_000_000)).toBeCloseTo(0.95367431640625, 15);
    expect(bytesToMegabytes(0)).toBe(0);
  });

  it('rejects non-finite input', () => {
    expect(() => bytesToMegabytes(Number.NaN)).toThrow('bytesToMegabytes requires a finite number, got NaN');
  });
});
