import type { SharePluginStart } from '@kbn/share-plugin/public';
import { createDiscoverDrillDown, DISCOVER_APP_LOCATOR } from './create_discover_drill_down';

function shareRecording(): { share: SharePluginStart; navigated: unknown[] } {
  const navigated: unknown[] = [];
  const locator = { navigate: async (params: unknown) => void navigated.push(params) };
  const share = { url: { locators: { get: (id: string) => (id === DISCOVER_APP_LOCATOR ? locator : undefined) } } } as unknown as SharePluginStart;
  return { share, navigated };
}

const link = {
  index: 'hunt-eda-sample-alerts',
  timeRange: { from: '2018-04-26T07:12:41.000Z', to: '2018-04-26T08:00:00.001Z' },
  filters: [{ kind: 'terms' as const, field: 'rule.id', values: ['2024216'] }],
};

describe('createDiscoverDrillDown', () => {
  it('opens Discover on the persisted data view when there is one', () => {
    const { share, navigated } = shareRecording();
    createDiscoverDrillDown(share, { dataViewId: 'dv-alerts', timeFieldName: '@timestamp', filters: [] })?.(link);
    expect(navigated).toEqual([expect.objectContaining({ dataViewId: 'dv-alerts', timeRange: link.timeRange })]);
    expect(navigated[0]).not.toHaveProperty('dataViewSpec');
  });

  it('opens Discover on an ad-hoc data view over the link\'s index when the app was opened on an index', () => {
    const { share, navigated } = shareRecording();
    createDiscoverDrillDown(share, { dataViewId: undefined, timeFieldName: '@timestamp', filters: [] })?.(link);
    expect(navigated).toEqual([
      expect.objectContaining({
        dataViewSpec: { title: 'hunt-eda-sample-alerts', timeFieldName: '@timestamp' },
        timeRange: link.timeRange,
        filters: [expect.objectContaining({ meta: expect.objectContaining({ key: 'rule.id', params: { query: '2024216' } }) })],
      }),
    ]);
    expect(navigated[0]).not.toHaveProperty('dataViewId');
  });

  it('offers no link when Discover is disabled', () => {
    const share = { url: { locators: { get: () => undefined } } } as unknown as SharePluginStart;
    expect(createDiscoverDrillDown(share, { dataViewId: undefined, filters: [] })).toBeUndefined();
  });
});
