import type { Action } from '@kbn/ui-actions-plugin/public';
import type { DataPublicPluginStart } from '@kbn/data-plugin/public';
import type { DataViewSpec, DataViewsPublicPluginStart } from '@kbn/data-views-plugin/public';
import type { LocatorPublic } from '@kbn/share-plugin/public';
import { PLUGIN_NAME } from '../../common/constants';
import type { HuntEdaLocatorParams } from '../locator/hunt_eda_url_state';
import { chooseFieldRole } from './choose_field_role';

/** Discover's field trigger ("Visualize" on a field). */
export const VISUALIZE_FIELD_TRIGGER = 'VISUALIZE_FIELD_TRIGGER';
export const OPEN_IN_HUNT_EDA_ACTION_ID = 'HUNT_EDA_OPEN_FIELD';

/**
 * The trigger's context. 8.19 sends `indexPatternId`; 9.x sends `dataViewSpec` (with an `id` for a
 * persisted data view, only a `title` for an ad-hoc or ES|QL one). Both are read here and nowhere else.
 */
export interface VisualizeFieldContext {
  fieldName: string;
  indexPatternId?: string;
  dataViewSpec?: DataViewSpec;
  originatingApp?: string;
}

/** Which data view the trigger means: a persisted id, else an ad-hoc index pattern. */
export function resolveTriggerDataView(context: VisualizeFieldContext): { dataViewId: string } | { index: string } | undefined {
  const id = context.indexPatternId ?? context.dataViewSpec?.id;
  if (id) return { dataViewId: id };
  if (context.dataViewSpec?.title) return { index: context.dataViewSpec.title };
  return undefined;
}

export interface OpenInHuntEdaDeps {
  readonly data: DataPublicPluginStart;
  readonly dataViews: DataViewsPublicPluginStart;
  readonly locator: LocatorPublic<HuntEdaLocatorParams>;
}

/**
 * Opens Hunt EDA on the field's data view with Discover's current query, filters and time range,
 * pre-selecting the field when it is a signature, an IP or an HTTP method. ES|QL queries are not carried
 * over (the analyses run on DSL); the data view still is.
 */
export function createOpenInHuntEdaAction({ data, dataViews, locator }: OpenInHuntEdaDeps): Action<VisualizeFieldContext> {
  const fieldType = async (context: VisualizeFieldContext): Promise<string | undefined> => {
    const target = resolveTriggerDataView(context);
    if (!target || !('dataViewId' in target)) return undefined;
    try {
      return (await dataViews.get(target.dataViewId)).fields.getByName(context.fieldName)?.type;
    } catch {
      return undefined;
    }
  };
  return {
    id: OPEN_IN_HUNT_EDA_ACTION_ID,
    type: OPEN_IN_HUNT_EDA_ACTION_ID,
    order: 10,
    getDisplayName: () => `Explore in ${PLUGIN_NAME}`,
    getIconType: () => 'securityAnalyticsApp',
    isCompatible: async (context) => typeof context.fieldName === 'string' && resolveTriggerDataView(context) !== undefined,
    execute: async (context) => {
      const target = resolveTriggerDataView(context);
      if (!target) throw new Error(`${PLUGIN_NAME}: the field ${context.fieldName} comes without a data view`);
      const choice = chooseFieldRole(context.fieldName, await fieldType(context));
      const query = data.query.queryString.getQuery();
      await locator.navigate({
        ...target,
        timeRange: data.query.timefilter.timefilter.getTime(),
        ...(typeof query.query === 'string' ? { query } : {}),
        filters: data.query.filterManager.getFilters(),
        ...(choice ? { analysis: choice.analysis, field: context.fieldName, fieldRole: choice.role } : {}),
      });
    },
  };
}
