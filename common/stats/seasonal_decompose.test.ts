import fc from 'fast-check';
import {
  type FixtureArray,
  fromFixture,
  maxAbsDifference,
  readStatsmodelsFixture,
} from '../../test/fixtures/statsmodels/read_statsmodels_fixture';
import { seasonalDecompose, type ExtrapolateTrend, type SeasonalDecomposeOptions } from './seasonal_decompose';

interface DecomposeCase {
  name: string;
  series: string;
  params: {
    model: 'additive' | 'multiplicative';
    period: number;
    two_sided: boolean;
    extrapolate_trend: ExtrapolateTrend;
    filt?: number[];
  };
  trend: FixtureArray;
  seasonal: FixtureArray;
  resid: FixtureArray;
}

// Expected values: statsmodels 0.15 seasonal_decompose, from
// test/fixtures/statsmodels/generate_decomposition_fixtures.py.
const fixture = readStatsmodelsFixture<{ series: Record<string, FixtureArray>; cases: DecomposeCase[] }>(
  'seasonal_decompose.json',
);

function optionsOf(c: DecomposeCase): SeasonalDecomposeOptions {
  return {
    period: c.params.period,
    model: c.params.model,
    twoSided: c.params.two_sided,
    extrapolateTrend: c.params.extrapolate_trend,
    filt: c.params.filt,
  };
}

describe('seasonalDecompose against statsmodels', () => {
  it('has the fixture cases the issue asks for', () => {
    const names = fixture.cases.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'p96_7d_model=additive_period=96_two_sided=True_extrapolate_trend=0',
        'p96_7d_model=additive_period=96_two_sided=True_extrapolate_trend=freq',
        'p96_7d_model=additive_period=96_two_sided=True_extrapolate_trend=5',
        'p96_30d_model=additive_period=96_two_sided=True_extrapolate_trend=0',
        'p96_7d_model=additive_period=96_two_sided=False_extrapolate_trend=0',
        'p25_4c_model=additive_period=25_two_sided=True_extrapolate_trend=0',
      ]),
    );
  });

  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s matches within 1e-9', (_name, c) => {
    const values = Object.freeze(fromFixture(fixture.series[c.series]));
    const result = seasonalDecompose(values, optionsOf(c));
    expect(maxAbsDifference(result.trend, c.trend)).toBeLessThanOrEqual(1e-9);
    expect(maxAbsDifference(result.seasonal, c.seasonal)).toBeLessThanOrEqual(1e-9);
    expect(maxAbsDifference(result.residual, c.resid)).toBeLessThanOrEqual(1e-9);
    expect(result.observed).toEqual(values);
  });

  it('leaves 48 NaN buckets at each end for period 96 and none with extrapolation', () => {
    const values = fromFixture(fixture.series.p96_7d);
    const plain = seasonalDecompose(values, { period: 96 });
    const nanIndexes = plain.residual.flatMap((v, i) => (Number.isNaN(v) ? [i] : []));
    const n = values.length;
    expect(nanIndexes).toEqual([
      ...Array.from({ length: 48 }, (_, i) => i),
      ...Array.from({ length: 48 }, (_, i) => n - 48 + i),
    ]);
    const extrapolated = seasonalDecompose(values, { period: 96, extrapolateTrend: 'freq' });
    expect(extrapolated.trend.some(Number.isNaN)).toBe(false);
    expect(extrapolated.residual.some(Number.isNaN)).toBe(false);
  });

  it('has NaN only at the head with a one-sided filter', () => {
    const values = fromFixture(fixture.series.p96_7d);
    const { trend } = seasonalDecompose(values, { period: 96, twoSided: false });
    expect(trend.slice(0, 96).every(Number.isNaN)).toBe(true);
    expect(trend.slice(96).some(Number.isNaN)).toBe(false);
  });
});

describe('seasonalDecompose input errors', () => {
  it('rejects an empty series', () => {
    expect(() => seasonalDecompose([], { period: 4 })).toThrow('seasonalDecompose requires a non-empty series');
  });
  it('rejects fewer than two full periods', () => {
    expect(() => seasonalDecompose([1, 2, 3, 4, 5, 6, 7], { period: 4 })).toThrow(
      'seasonalDecompose requires at least two full periods (8 values for period 4), got 7',
    );
  });
  it('rejects missing values like statsmodels', () => {
    expect(() => seasonalDecompose([1, 2, NaN, 4, 5, 6, 7, 8], { period: 4 })).toThrow(
      'seasonalDecompose requires finite values (no missing values): values[2] is NaN',
    );
  });
  it('rejects non-positive values for the multiplicative model', () => {
    expect(() => seasonalDecompose([1, 2, 3, 0, 5, 6, 7, 8], { period: 4, model: 'multiplicative' })).toThrow(
      'seasonalDecompose requires positive values for the multiplicative model: values[3] is 0',
    );
  });
  it('rejects bad options', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(() => seasonalDecompose(values, { period: 2.5 })).toThrow('seasonalDecompose requires period to be an integer >= 1');
    expect(() => seasonalDecompose(values, { period: 4, extrapolateTrend: -1 })).toThrow(
      "seasonalDecompose requires extrapolateTrend to be 'freq', 'period' or an integer >= 0, got -1",
    );
    expect(() => seasonalDecompose(values, { period: 4, filt: [] })).toThrow('seasonalDecompose requires filt');
  });
});

const seriesWithPeriod = fc.integer({ min: 2, max: 12 }).chain((period) =>
  fc.tuple(
    fc.constant(period),
    fc.array(fc.double({ min: 0.5, max: 1000, noNaN: true }), { minLength: 2 * period, maxLength: 6 * period }),
  ),
);

describe('seasonalDecompose properties', () => {
  it('trend + seasonal + residual = observed (additive), trend · seasonal · residual = observed (multiplicative)', () => {
    fc.assert(
      fc.property(seriesWithPeriod, fc.boolean(), fc.constantFrom<ExtrapolateTrend>(0, 'freq', 2), ([period, values], twoSided, extrapolateTrend) => {
        const add = seasonalDecompose(values, { period, twoSided, extrapolateTrend });
        const mul = seasonalDecompose(values, { period, twoSided, extrapolateTrend, model: 'multiplicative' });
        values.forEach((v, i) => {
          if (!Number.isNaN(add.trend[i])) {
            expect(Math.abs(add.trend[i] + add.seasonal[i] + add.residual[i] - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
            expect(Math.abs(mul.trend[i] * mul.seasonal[i] * mul.residual[i] - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
          }
        });
      }),
    );
  });

  it('the additive seasonal sums to ~0 over a period and the multiplicative one averages 1', () => {
    fc.assert(
      fc.property(seriesWithPeriod, ([period, values]) => {
        const add = seasonalDecompose(values, { period });
        const mul = seasonalDecompose(values, { period, model: 'multiplicative' });
        const scale = Math.max(1, ...values.map(Math.abs));
        const addSum = add.seasonal.slice(0, period).reduce((a, b) => a + b, 0);
        const mulSum = mul.seasonal.slice(0, period).reduce((a, b) => a + b, 0);
        expect(Math.abs(addSum)).toBeLessThanOrEqual(1e-9 * scale * period);
        expect(Math.abs(mulSum / period - 1)).toBeLessThanOrEqual(1e-9);
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(seriesWithPeriod, ([period, values]) => {
        const copy = [...values];
        const frozen = Object.freeze(values);
        seasonalDecompose(frozen, { period, extrapolateTrend: 'freq' });
        expect(frozen).toEqual(copy);
      }),
    );
  });
});
