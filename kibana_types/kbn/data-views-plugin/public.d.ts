/**
 * `@kbn/data-views-plugin/public` (type-only). Declared from src/platform/plugins/shared/data_views/common/
 * {data_views/data_view.ts,types.ts,data_views/data_views.ts}: the subset Hunt EDA reads.
 */
export interface DataViewField {
  name: string;
  type: string;
  esTypes?: string[];
  aggregatable: boolean;
}
export interface DataView {
  id?: string;
  title: string;
  timeFieldName?: string;
  getName(): string;
  getIndexPattern(): string;
  fields: { getByName(name: string): DataViewField | undefined };
  isPersisted(): boolean;
}
export interface DataViewSpec {
  id?: string;
  title?: string;
  name?: string;
  timeFieldName?: string;
}
export interface DataViewsPublicPluginStart {
  get(id: string): Promise<DataView>;
  getDefault(): Promise<DataView | null>;
  getIdsWithTitle(): Promise<Array<{ id: string; title: string; name?: string }>>;
  create(spec: DataViewSpec): Promise<DataView>;
}
export type DataViewsPublicPluginSetup = object;
