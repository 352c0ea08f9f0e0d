/**
 * `@kbn/ui-actions-plugin/public` (type-only). Declared from src/platform/plugins/shared/ui_actions/public/
 * {actions/action.ts,service/ui_actions_service.ts}. Trigger ids are plain strings on both 8.19 and 9.x.
 */
export interface PresentableGrouping {
  id: string;
  getDisplayName(context?: unknown): string;
  getIconType?(context?: unknown): string;
  order?: number;
}
export interface Action<Context extends object = object> {
  id: string;
  type?: string;
  order?: number;
  grouping?: PresentableGrouping[];
  getDisplayName(context: Context): string;
  getIconType?(context: Context): string | undefined;
  isCompatible(context: Context): Promise<boolean>;
  execute(context: Context): Promise<void>;
}
export interface UiActionsSetup {
  registerAction<Context extends object>(action: Action<Context>): void;
  attachAction(triggerId: string, actionId: string): void;
}
export interface UiActionsStart extends UiActionsSetup {
  hasTrigger?(triggerId: string): boolean;
}
