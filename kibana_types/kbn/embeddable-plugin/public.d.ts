/**
 * `@kbn/embeddable-plugin/public` (type-only). The registry takes a factory loader; the factory's own shape
 * differs by version (public/panels/create_panel_factory.ts adapts), so it is `object` here.
 */
export interface EmbeddableSetup {
  registerReactEmbeddableFactory(type: string, getFactory: () => Promise<object>): void;
}
export type EmbeddableStart = object;
