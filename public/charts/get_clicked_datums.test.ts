import type { ElementClickListener } from '@elastic/charts';
import { getClickedDatums } from './get_clicked_datums';
import { isOtrScatterDatum } from './compute_otr_scatter_model';

type Elements = Parameters<ElementClickListener>[0];

describe('getClickedDatums', () => {
  it('returns the datums the guard accepts and skips the rest', () => {
    const point = { kind: 'otr_point', x: 1, y: 2, signature: 'ET A', direction: 'internal_to_internal', row: 7 };
    const seriesIdentifier = { specId: 's', key: 'k', seriesKeys: [], yAccessor: 'y', splitAccessors: new Map() };
    const elements = [
      [{ x: 1, y: 2, mark: null, accessor: 'y1', datum: point }, seriesIdentifier],
      [{ x: 0, y: 0, mark: null, accessor: 'y1', datum: { kind: 'other' } }, seriesIdentifier],
    ] as unknown as Elements;
    expect(getClickedDatums(elements, isOtrScatterDatum)).toEqual([point]);
  });
});
