import fixture from '../../test/fixtures/pandas/conversations.json';
import { detectBanding } from './detect_banding';

describe('detectBanding', () => {
  it('finds the values pandas value_counts repeats at least minRepeats times, on both axes', () => {
    const otr = Object.freeze(fixture.conversations.map((c) => c.otrSeconds));
    const observations = Object.freeze(fixture.conversations.map((c) => c.observations));
    const otrBands = detectBanding(otr, { minRepeats: fixture.minRepeats });
    expect(otrBands.bands.map(({ value, count }) => ({ value, count }))).toEqual(fixture.banding.otrSeconds);
    expect(detectBanding(observations, { minRepeats: fixture.minRepeats }).bands.map(({ value, count }) => ({ value, count }))).toEqual(
      fixture.banding.observations,
    );
    // The planted five-minute and one-hour OTRs show up as bands.
    expect(otrBands.bands.map((b) => b.value)).toEqual(expect.arrayContaining([300, 3600]));
  });

  it('states counts and shares, bands by count then value', () => {
    expect(detectBanding([5, 1, 5, 1, 2, 5, -0, 0], { minRepeats: 2 })).toEqual({
      values: 8,
      distinctValues: 4,
      bands: [
        { value: 5, count: 3, share: 3 / 8 },
        { value: 0, count: 2, share: 2 / 8 },
        { value: 1, count: 2, share: 2 / 8 },
      ],
      valuesInBands: 7,
      shareInBands: 7 / 8,
    });
    expect(detectBanding([], { minRepeats: 2 })).toEqual({ values: 0, distinctValues: 0, bands: [], valuesInBands: 0, shareInBands: 0 });
  });

  it('gives the same bands on logged values as on raw values', () => {
    const otr = fixture.conversations.map((c) => c.otrSeconds).filter((v) => v > 0);
    const raw = detectBanding(otr, { minRepeats: 5 });
    const logged = detectBanding(otr.map(Math.log), { minRepeats: 5 });
    expect(logged.bands.map((b) => b.count)).toEqual(raw.bands.map((b) => b.count));
    expect(logged.bands.map((b) => Math.exp(b.value))).toEqual(raw.bands.map((b) => expect.closeTo(b.value, 6)));
  });

  it('rejects a bad minRepeats and non-finite values', () => {
    expect(() => detectBanding([1], { minRepeats: 1 })).toThrow('detectBanding requires minRepeats to be an integer ≥ 2, got 1');
    expect(() => detectBanding([1, Number.NEGATIVE_INFINITY], { minRepeats: 2 })).toThrow(
      'detectBanding requires finite numbers; value at index 1 is -Infinity',
    );
  });
});
