import fixture from '../../test/fixtures/pandas/conversations.json';
import type { Conversation } from '../model/conversation';
import { computeLogView } from './compute_log_view';

const conversations = Object.freeze(fixture.conversations.map((c) => Object.freeze({ ...c }))) as readonly Conversation[];
const close = (actual: readonly number[], expected: readonly number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(Math.abs(value - expected[i])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected[i]))));
};

describe('computeLogView', () => {
  it('drops OTR = 0 with a count and logs OTR in hours, as numpy.log does', () => {
    const view = computeLogView(conversations, { otrUnit: 'hours', zeroOtr: 'drop' });
    const expected = fixture.logViews.hoursDrop;
    expect(view.dropped).toBe(expected.dropped);
    expect(view.points.map((p) => p.index)).toEqual(expected.indices);
    close(
      view.points.map((p) => p.lnOtr),
      expected.lnOtr,
    );
    close(
      view.points.map((p) => p.lnObservations),
      expected.lnObservations,
    );
  });

  it('keeps every conversation under ln(OTR + 1), as numpy.log1p does, in seconds', () => {
    const view = computeLogView(conversations, { otrUnit: 'seconds', zeroOtr: 'log1p' });
    expect(view.dropped).toBe(0);
    expect(view.points).toHaveLength(conversations.length);
    close(
      view.points.map((p) => p.lnOtr),
      fixture.logViews.secondsLog1p.lnOtr,
    );
    close(
      view.points.map((p) => p.lnObservations),
      fixture.logViews.secondsLog1p.lnObservations,
    );
  });

  it('rejects bad options and impossible conversations, naming them', () => {
    const [first] = conversations;
    expect(() => computeLogView(conversations, { zeroOtr: 'zero' as 'drop' })).toThrow("computeLogView requires zeroOtr 'drop' or 'log1p', got zero");
    expect(() => computeLogView([first], { otrUnit: 'days' as 'hours', zeroOtr: 'drop' })).toThrow(
      "computeLogView requires otrUnit 'seconds' or 'hours', got days",
    );
    expect(() => computeLogView([first, { ...first, otrSeconds: -1 }], { zeroOtr: 'drop' })).toThrow(
      'computeLogView requires OTR ≥ 0; conversation at index 1 has -1',
    );
    expect(() => computeLogView([{ ...first, observations: 0 }], { zeroOtr: 'log1p' })).toThrow(
      'computeLogView requires observations ≥ 1; conversation at index 0 has 0',
    );
  });
});
