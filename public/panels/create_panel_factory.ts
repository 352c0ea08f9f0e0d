import { BehaviorSubject, combineLatest, map, of, type Observable } from 'rxjs';
import { isEqual } from 'lodash';
import type { FC } from 'react';
import { deserializePanelSettings, serializePanelSettings, type PanelSettings, type SerializedPanelState } from './panel_settings';

/**
 * THE one file that knows both React-embeddable factory shapes (kibana-plugin-contract §6):
 * - 8.19 / 9.0: `deserializeState(serialized)` → runtime state, then
 *   `buildEmbeddable(runtimeState, buildApi, uuid, parentApi)`; `buildApi(api, comparators)` adds the unsaved-
 *   changes logic from per-key comparators `[subject, setter, isEqual]`.
 * - 9.1+ ("serialized state only"): `buildEmbeddable({ initialState, finalizeApi, uuid, parentApi })` with the
 *   serialized state; the panel publishes `hasUnsavedChanges$`/`resetUnsavedChanges` itself.
 * The shape is detected from the call (an object with `finalizeApi` is 9.1+), so one bundle serves both;
 * everything else (settings, rendering) is shared. Presentation helpers (`initializeUnsavedChanges`,
 * `useBatchedPublishingSubjects`…) are not shared with third-party bundles, so the duck-typed API is built
 * here by hand: both versions' publishing-subject names are set (`dataLoading`/`dataLoading$`,
 * `blockingError`/`blockingError$`, `defaultPanelTitle`/`defaultTitle$`).
 */

/** What a parent (a dashboard) may publish; every member optional, read by duck typing. */
export interface PanelParentApi {
  timeRange$?: Observable<{ from: string; to: string } | undefined>;
  query$?: Observable<{ query: string | Record<string, unknown>; language: string } | undefined>;
  filters$?: Observable<Array<{ meta: Record<string, unknown>; query?: Record<string, unknown> }> | undefined>;
  lastSavedStateForChild$?: (uuid: string) => Observable<SerializedPanelState | undefined>;
}

export interface PanelRuntime {
  readonly settings$: BehaviorSubject<PanelSettings>;
  readonly parentApi: PanelParentApi | undefined;
  readonly dataLoading$: BehaviorSubject<boolean | undefined>;
  readonly blockingError$: BehaviorSubject<Error | undefined>;
}

export interface PanelFactoryOptions {
  readonly type: string;
  readonly displayName: string;
  /** The panel's React component for a runtime (hooks into the subjects). */
  readonly createComponent: (runtime: PanelRuntime) => FC;
}

type Comparator<T> = [BehaviorSubject<T>, (value: T) => void, (a: T, b: T) => boolean];
type LegacyBuildApi = (api: object, comparators: Record<string, Comparator<unknown>>) => object;
interface ModernBuildProps {
  initialState: SerializedPanelState | undefined;
  finalizeApi: (api: object) => object;
  uuid: string;
  parentApi: unknown;
}

const isModernBuildProps = (value: unknown): value is ModernBuildProps => typeof value === 'object' && value !== null && typeof (value as { finalizeApi?: unknown }).finalizeApi === 'function';

const asParentApi = (value: unknown): PanelParentApi | undefined => (typeof value === 'object' && value !== null ? (value as PanelParentApi) : undefined);

function createRuntime(settings: PanelSettings, parentApi: unknown): PanelRuntime {
  return {
    settings$: new BehaviorSubject(settings),
    parentApi: asParentApi(parentApi),
    dataLoading$: new BehaviorSubject<boolean | undefined>(undefined),
    blockingError$: new BehaviorSubject<Error | undefined>(undefined),
  };
}

function publishingApi(runtime: PanelRuntime, displayName: string) {
  const defaultTitle$ = new BehaviorSubject<string | undefined>(runtime.settings$.value.title ?? displayName);
  return {
    serializeState: () => serializePanelSettings(runtime.settings$.value),
    dataLoading: runtime.dataLoading$,
    dataLoading$: runtime.dataLoading$,
    blockingError: runtime.blockingError$,
    blockingError$: runtime.blockingError$,
    defaultPanelTitle: defaultTitle$,
    defaultTitle$,
  };
}

/** A factory object valid for both shapes; register it with `registerReactEmbeddableFactory`. */
export function createPanelFactory({ type, displayName, createComponent }: PanelFactoryOptions) {
  return {
    type,
    // 8.19/9.0 only; 9.1+ never calls it.
    deserializeState: (state: SerializedPanelState | undefined): PanelSettings => deserializePanelSettings(state),
    buildEmbeddable: async (...args: unknown[]): Promise<{ api: object; Component: FC }> => {
      if (isModernBuildProps(args[0])) {
        const { initialState, finalizeApi, uuid, parentApi } = args[0];
        const runtime = createRuntime(deserializePanelSettings(initialState), parentApi);
        const lastSaved$ = runtime.parentApi?.lastSavedStateForChild$?.(uuid);
        let lastSaved: SerializedPanelState | undefined = initialState;
        const api = finalizeApi({
          ...publishingApi(runtime, displayName),
          hasUnsavedChanges$: lastSaved$
            ? combineLatest([runtime.settings$, lastSaved$]).pipe(
                map(([settings, saved]) => {
                  lastSaved = saved;
                  return !isEqual(serializePanelSettings(settings).rawState, serializePanelSettings(deserializePanelSettings(saved)).rawState);
                }),
              )
            : of(false),
          resetUnsavedChanges: async () => runtime.settings$.next(deserializePanelSettings(lastSaved)),
        });
        return { api, Component: createComponent(runtime) };
      }
      const [settings, buildApi, , parentApi] = args as [PanelSettings, LegacyBuildApi, string, unknown];
      const runtime = createRuntime(settings, parentApi);
      // One comparator per runtime-state key: 8.19 snapshots the runtime state from these subjects.
      const comparators: Record<string, Comparator<unknown>> = {};
      for (const key of ['title', 'dataViewId', 'fieldMappingPreset', 'timeRange', 'threshold'] as const) {
        const subject = new BehaviorSubject<unknown>(settings[key]);
        runtime.settings$.subscribe((next) => subject.value !== next[key] && subject.next(next[key]));
        comparators[key] = [subject, (value) => runtime.settings$.next({ ...runtime.settings$.value, [key]: value }), isEqual];
      }
      const api = buildApi(publishingApi(runtime, displayName), comparators);
      return { api, Component: createComponent(runtime) };
    },
  };
}
