import React, { useEffect, useMemo, useState } from 'react';
import { EuiCallOut, EuiLoadingChart } from '@elastic/eui';
import type { Observable } from 'rxjs';
import type { Filter, Query } from '@kbn/es-query';
import type { DataView } from '@kbn/data-views-plugin/public';
import type { HuntEdaApiClient } from '../services/api_client';
import { buildQueryContext } from '../kibana_services/build_query_context';
import type { HuntEdaSelection } from '../locator/hunt_eda_selection';
import type { HuntEdaLocatorParams } from '../locator/hunt_eda_url_state';
import { buildPanelDrillDownParams } from './build_panel_drill_down_params';
import type { PanelRuntime } from './create_panel_factory';
import type { PanelDefinition } from './panel_definition';

/** What every panel needs from Kibana, as plain functions (public/plugin.ts builds them from the contracts). */
export interface PanelServices {
  readonly client: HuntEdaApiClient;
  readonly getDataView: (id: string) => Promise<DataView>;
  readonly resolveTime: (range: { from: string; to: string }) => { from: string; to: string };
  readonly getHomeNetworks: () => readonly string[];
  /** Opens Hunt EDA (its locator); absent, clicks do nothing. */
  readonly openHuntEda?: (params: HuntEdaLocatorParams) => void;
}

function useLatest<T>(source: Observable<T> | undefined, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    if (!source) return undefined;
    const subscription = source.subscribe(setValue);
    return () => subscription.unsubscribe();
  }, [source]);
  return value;
}

/**
 * A panel's component: the dashboard's time range, query and filters (or the panel's own time range), the
 * panel's data view and field mapping → a QueryContext → the definition's chart. Loading and errors are
 * published to the panel API (`dataLoading$`, `blockingError$`) as Kibana's panel chrome expects.
 */
export function createPanelComponent(definition: PanelDefinition, services: PanelServices) {
  return (runtime: PanelRuntime) =>
    function HuntEdaPanel() {
      const settings = useLatest(runtime.settings$, runtime.settings$.value);
      const parentTime = useLatest(runtime.parentApi?.timeRange$, undefined);
      const query = useLatest(runtime.parentApi?.query$, undefined) as Query | undefined;
      const filters = useLatest(runtime.parentApi?.filters$, undefined) as Filter[] | undefined;
      const [dataView, setDataView] = useState<DataView | Error | undefined>(undefined);

      useEffect(() => {
        let cancelled = false;
        if (!settings.dataViewId) {
          setDataView(new Error('This panel has no data view: edit it and pick one, or re-add it from the Add panel menu.'));
          return undefined;
        }
        services.getDataView(settings.dataViewId).then(
          (view) => !cancelled && setDataView(view),
          (error: unknown) => !cancelled && setDataView(new Error(`Data view ${settings.dataViewId} could not be loaded: ${error instanceof Error ? error.message : String(error)}`)),
        );
        return () => {
          cancelled = true;
        };
      }, [settings.dataViewId]);

      const timeRange = settings.timeRange ?? parentTime;
      const context = useMemo(() => {
        if (!dataView || dataView instanceof Error) return dataView;
        if (!timeRange) return new Error('The dashboard has no time range.');
        try {
          return buildQueryContext({
            dataView,
            timeRange,
            query,
            filters: filters ?? [],
            fieldMappingPreset: settings.fieldMappingPreset,
            homeNetworks: services.getHomeNetworks(),
            resolveTime: services.resolveTime,
          });
        } catch (error) {
          return error instanceof Error ? error : new Error(String(error));
        }
      }, [dataView, timeRange, query, filters, settings.fieldMappingPreset]);

      useEffect(() => {
        runtime.blockingError$.next(context instanceof Error ? context : undefined);
        runtime.dataLoading$.next(context === undefined);
      }, [context]);

      if (context === undefined) return <EuiLoadingChart size="l" />;
      if (context instanceof Error) {
        return (
          <EuiCallOut title={definition.displayName} color="warning" iconType="warning" size="s">
            <p>{context.message}</p>
          </EuiCallOut>
        );
      }
      const { openHuntEda } = services;
      const onSelect = openHuntEda
        ? (selection: HuntEdaSelection) =>
            openHuntEda(buildPanelDrillDownParams({ settings, analysis: definition.analysis, context, query, filters, selection }))
        : undefined;
      return (
        <div data-test-subj={`huntEdaPanel-${definition.type}`} style={{ height: '100%', overflow: 'auto' }}>
          {definition.render({ client: services.client, context, settings, ...(onSelect ? { onSelect } : {}) })}
        </div>
      );
    };
}
