import fc from 'fast-check';
import {
  type FixtureArray,
  fromFixture,
  maxAbsDifference,
  readStatsmodelsFixture,
} from '../../test/fixtures/statsmodels/read_statsmodels_fixture';
import { stl, type StlOptions } from './stl';

interface StlCase {
  name: string;
  series: string;
  params: {
    period: number;
    seasonal?: number;
    trend?: number;
    low_pass?: number;
    seasonal_deg?: 0 | 1;
    trend_deg?: 0 | 1;
    low_pass_deg?: 0 | 1;
    seasonal_jump?: number;
    trend_jump?: number;
    low_pass_jump?: number;
    robust?: boolean;
  };
  fit: { inner_iter?: number; outer_iter?: number };
  config: { trend: number; low_pass: number };
  trend: FixtureArray;
  seasonal: FixtureArray;
  resid: FixtureArray;
  weights: FixtureArray;
}

// Expected values: statsmodels 0.15 STL(...).fit(), from
// test/fixtures/statsmodels/generate_decomposition_fixtures.py.
const fixture = readStatsmodelsFixture<{ series: Record<string, FixtureArray>; cases: StlCase[] }>('stl.json');

function optionsOf(c: StlCase): StlOptions {
  const p = c.params;
  return {
    period: p.period,
    seasonal: p.seasonal,
    trend: p.trend,
    lowPass: p.low_pass,
    seasonalDeg: p.seasonal_deg,
    trendDeg: p.trend_deg,
    lowPassDeg: p.low_pass_deg,
    seasonalJump: p.seasonal_jump,
    trendJump: p.trend_jump,
    lowPassJump: p.low_pass_jump,
    robust: p.robust,
    innerIter: c.fit.inner_iter,
    outerIter: c.fit.outer_iter,
  };
}

describe('stl against statsmodels', () => {
  it('uses statsmodels default windows for period 96 (trend 185, low-pass 97)', () => {
    const defaults = fixture.cases.find((c) => c.name === 'p96_7d_period=96');
    expect(defaults?.config).toMatchObject({ trend: 185, low_pass: 97 });
  });

  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s matches within 1e-6', (_name, c) => {
    const values = Object.freeze(fromFixture(fixture.series[c.series]));
    const result = stl(values, optionsOf(c));
    expect(maxAbsDifference(result.trend, c.trend)).toBeLessThanOrEqual(1e-6);
    expect(maxAbsDifference(result.seasonal, c.seasonal)).toBeLessThanOrEqual(1e-6);
    expect(maxAbsDifference(result.residual, c.resid)).toBeLessThanOrEqual(1e-6);
    expect(maxAbsDifference(result.weights, c.weights)).toBeLessThanOrEqual(1e-6);
  });

  it('down-weights the injected spikes and dips when robust', () => {
    const values = fromFixture(fixture.series.p96_7d);
    const { weights } = stl(values, { period: 96, robust: true });
    expect(weights.filter((w) => w === 0).length).toBeGreaterThanOrEqual(7);
    expect(stl(values, { period: 96 }).weights.every((w) => w === 1)).toBe(true);
  });
});

describe('stl input errors', () => {
  const values = Array.from({ length: 40 }, (_, i) => 10 + Math.sin(i));
  it.each<[string, Partial<StlOptions>, string]>([
    ['even seasonal', { seasonal: 8 }, 'stl requires an odd seasonal >= 3, got 8'],
    ['tiny seasonal', { seasonal: 1 }, 'stl requires an odd seasonal >= 3, got 1'],
    ['trend not above period', { trend: 7 }, 'stl requires an odd trend >= 3 and > period (7), got 7'],
    ['even low-pass', { lowPass: 10 }, 'stl requires an odd lowPass >= 3 and > period (7), got 10'],
    ['degree 2', { trendDeg: 2 as 1 }, 'stl requires trendDeg to be 0 or 1, got 2'],
    ['zero jump', { seasonalJump: 0 }, 'stl requires seasonalJump to be a positive integer, got 0'],
    ['zero inner iterations', { innerIter: 0 }, 'stl requires innerIter to be an integer >= 1, got 0'],
    ['negative outer iterations', { outerIter: -1 }, 'stl requires outerIter to be an integer >= 0, got -1'],
    ['period 1', { period: 1 }, 'stl requires period to be an integer >= 2, got 1'],
  ])('rejects %s', (_label, override, message) => {
    expect(() => stl(values, { period: 7, ...override })).toThrow(message);
  });

  it('rejects an empty series, missing values and fewer than two full periods', () => {
    expect(() => stl([], { period: 7 })).toThrow('stl requires a non-empty series');
    expect(() => stl([...values.slice(0, 20), NaN, ...values.slice(21)], { period: 7 })).toThrow(
      'stl requires finite values (no missing values): values[20] is NaN',
    );
    expect(() => stl(values.slice(0, 13), { period: 7 })).toThrow(
      'stl requires at least two full periods (14 values for period 7), got 13',
    );
  });
});

describe('stl properties', () => {
  const seriesWithPeriod = fc.integer({ min: 2, max: 12 }).chain((period) =>
    fc.tuple(
      fc.constant(period),
      fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 2 * period, maxLength: 6 * period }),
    ),
  );

  it('trend + seasonal + residual = observed, weights in [0, 1], input untouched', () => {
    fc.assert(
      fc.property(seriesWithPeriod, fc.boolean(), ([period, values], robust) => {
        const copy = [...values];
        const frozen = Object.freeze(values);
        const result = stl(frozen, { period, robust });
        frozen.forEach((v, i) => {
          const sum = result.trend[i] + result.seasonal[i] + result.residual[i];
          expect(Math.abs(sum - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
          expect(result.weights[i]).toBeGreaterThanOrEqual(0);
          expect(result.weights[i]).toBeLessThanOrEqual(1);
        });
        expect(frozen).toEqual(copy);
      }),
      { numRuns: 60 },
    );
  });

  it('reproduces a pure periodic signal as seasonal with a flat trend', () => {
    const pattern = [3, -1, 4, -1, -5, 9, -2, -7];
    const values = Array.from({ length: 8 * 12 }, (_, i) => 100 + pattern[i % 8]);
    const { trend, seasonal } = stl(values, { period: 8 });
    trend.forEach((t) => expect(t).toBeCloseTo(100, 6));
    seasonal.forEach((s, i) => expect(s).toBeCloseTo(pattern[i % 8], 6));
  });
});
