/** Hunt EDA's browser plugin exposes nothing to other plugins. */
export type HuntEdaPublicSetup = Record<string, never>;
export type HuntEdaPublicStart = Record<string, never>;
